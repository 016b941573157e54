import ArchiveReport
import LintEngine
import PostmortemModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#else
import Darwin
#endif

/// `pmlint report [PATH|GLOB]...`: a folder of postmortems at a glance, as one HTML file
/// or as JSON.
struct ReportCommand: Command {
    static let name = "report"
    static let summary = "Write an HTML (or JSON) report over a folder of postmortems: incidents, response times, follow-ups, quality, recurrence."
    static let synopsis = "report [PATH|GLOB]... [--output FILE] [--format html|json] [options]"
    static let details = """
        Documents are found, configured and linted as `pmlint lint` does. The HTML file is
        self-contained (no network, fonts or third-party scripts) and reads without
        JavaScript. Its figures are those of `pmlint metrics` and `pmlint actions`. The
        generation time is SOURCE_DATE_EPOCH when set, so the same inputs give the same bytes.

        Exit status: 0 when every document was read, 2 when one could not be.
        """
    static let options: [OptionSpec] = [
        OptionSpec("--format", value: "FORMAT", "html or json (default html)."),
        OptionSpec("--output", value: "FILE", "Write the report to FILE instead of standard output."),
        OptionSpec("--profile", value: "NAME", "Lint every document with this profile, whatever it asks for."),
    ] + DocumentReports.options

    static func run(_ arguments: ParsedArguments, console: Console) throws(CommandError) -> ExitCode {
        let format = try arguments.choice("--format", from: ["html", "json"], default: "html", command: name)
        let generated = try generationTime(console.environment)
        let reports = try DocumentReports(arguments, console: console, command: name, linting: true)
        let documents = reports.files.map { file in
            let document = file.document!
            let configuration = file.configuration!
            return ReportDocument(path: file.path, document: document,
                                  profile: Linter(configuration: configuration, rules: []).resolveProfile(for: document).name,
                                  today: configuration.today, diagnostics: file.diagnostics, facts: file.archiveFacts!)
        }
        let report = ArchiveReport(documents: documents, today: reports.today)
        let outputPath = arguments.value("--output")
        let output: String
        if format == "json" {
            output = ReportJSON.render(report, generated: generated)
        } else {
            let folder = outputPath.map { PathName.parent(of: PathName.absolute($0, in: console.currentDirectory)) }
            let absolute = Dictionary(reports.files.map { ($0.path, $0.absolutePath) }) { first, _ in first }
            let hrefs = report.documents.map { DocumentLinks.href(document: absolute[$0.path] ?? nil, shown: $0.path, from: folder) }
            output = ReportHTML.render(report, generated: generated, hrefs: hrefs)
        }
        guard let path = outputPath else { return reports.finish(output, console: console) }
        try write(output, to: path, currentDirectory: console.currentDirectory)
        return reports.finish("", console: console)
    }

    /// SOURCE_DATE_EPOCH when set (reproducible builds' convention), else now.
    static func generationTime(_ environment: [String: String]) throws(CommandError) -> Instant {
        guard let text = environment["SOURCE_DATE_EPOCH"], !text.isEmpty else { return Instant(secondsSinceEpoch: Int(time(nil))) }
        guard let seconds = Int(text), seconds >= 0 else {
            throw CommandError("pmlint: SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, not '\(text)'")
        }
        return Instant(secondsSinceEpoch: seconds)
    }

    private static func write(_ output: String, to path: String, currentDirectory: String) throws(CommandError) {
        let absolute = PathName.absolute(path, in: currentDirectory)
        let bytes = Array((output + "\n").utf8)
        do throws(CommandError) {
            if FileSystem.kind(of: absolute) == .missing {
                try SafeFileWriter.create(absolute, with: bytes)
            } else {
                try SafeFileWriter.replace(absolute, readAs: try FileSystem.readFile(absolute), with: bytes)
            }
        } catch {
            throw CommandError("\(path): \(error.description)")
        }
    }
}
