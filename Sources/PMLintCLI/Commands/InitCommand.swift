import LintEngine

/// `pmlint init [internal|external]`: a complete template to start a postmortem from.
struct InitCommand: Command {
    static let name = "init"
    static let summary = "Print a postmortem template, or write it to a new file."
    static var synopsis: String { "init [\(PostmortemTemplate.all.map(\.profile).joined(separator: "|"))] [--output FILE]" }
    static let details = "The profile defaults to internal. Missing folders are created; an existing file is never overwritten."
    static let options: [OptionSpec] = [OptionSpec("--output", value: "FILE", "Write the template to FILE instead of printing it.")]

    static func run(_ arguments: ParsedArguments, console: Console) throws(CommandError) -> ExitCode {
        guard arguments.positionals.count <= 1 else { throw .usage("init takes at most one profile", command: name) }
        let profile = arguments.positionals.first ?? "internal"
        guard let template = PostmortemTemplate.named(profile) else {
            throw .usage("unknown profile '\(profile)' (allowed: \(PostmortemTemplate.all.map(\.profile).joined(separator: ", ")))", command: name)
        }
        guard let output = arguments.value("--output") else {
            console.writeOutput(template.markdown)
            return .clean
        }
        let path = PathName.absolute(output, in: console.currentDirectory)
        do throws(CommandError) {
            try FileSystem.createFolders(PathName.parent(of: path))
            try SafeFileWriter.create(path, with: Array(template.markdown.utf8))
        } catch {
            throw CommandError("\(output): \(error.description)")
        }
        console.print("Wrote the \(profile) template to \(output).")
        return .clean
    }
}
