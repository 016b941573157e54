import LintEngine

/// `pmlint help [COMMAND]`.
struct HelpCommand: Command {
    static let name = "help"
    static let summary = "Show the help of pmlint or of one command."
    static let synopsis = "help [COMMAND]"
    static let options: [OptionSpec] = []

    static func run(_ arguments: ParsedArguments, console: Console) throws(CommandError) -> ExitCode {
        guard let name = arguments.positionals.first else {
            console.print(overview)
            return .clean
        }
        guard let command = Commands.named(name) else {
            throw .usage("unknown command '\(name)' (allowed: \(Commands.all.map { $0.name }.joined(separator: ", ")))")
        }
        console.print(command.help)
        return .clean
    }

    /// `pmlint --help`: what pmlint is, then one line per command.
    static var overview: String {
        let width = Commands.all.map { $0.name.count }.max() ?? 0
        var lines = [
            "pmlint \(PMLintVersion.current): lint incident postmortems written in Markdown.",
            "",
            "Usage: pmlint [lint] [PATH|GLOB|-]... [options]",
            "       pmlint COMMAND [arguments]",
            "",
            "Commands:",
        ]
        for command in Commands.all {
            lines.append("  " + command.name + String(repeating: " ", count: width - command.name.count + 2) + command.summary)
        }
        lines += ["", "Global options:", "  --help, -h     Show help (also after any command).", "  --version, -V  Show the version.",
                  "", "Run `pmlint help COMMAND` for a command's options."]
        return lines.joined(separator: "\n")
    }
}
