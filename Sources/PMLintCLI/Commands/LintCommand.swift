import Dispatch
import LintEngine
import PostmortemModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#else
import Darwin
#endif

/// `pmlint [lint] [PATH|GLOB|-]...`: the default command.
struct LintCommand: Command {
    static let name = "lint"
    static let summary = "Lint postmortem documents (the default command)."
    static let synopsis = "[lint] [PATH|GLOB|-]... [options]"
    static let details = """
        Folders are searched for *.md and *.markdown files, skipping hidden folders and what
        .pmlintignore files list (gitignore syntax). A pattern such as 'docs/**/*.md' is
        expanded by pmlint when the shell left it alone. '-' reads standard input. With no
        path, standard input is read when --stdin-filename is given, otherwise the current
        folder is searched.

        Exit status: 0 clean, 1 findings that fail the run, 2 usage, configuration or file error.
        """
    static let options: [OptionSpec] = [
        OptionSpec("--format", value: "FORMAT", "Report format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")) (default text)."),
        OptionSpec("--profile", value: "NAME", "Lint every document with this profile, whatever it asks for."),
        OptionSpec("--config", value: "FILE", "Use this configuration instead of looking for .pmlint.json."),
        OptionSpec("--fix", "Apply safe fixes to the files, then report what remains."),
        OptionSpec("--unsafe-fixes", "With --fix, also apply fixes to review (such as inserting a missing section)."),
        OptionSpec("--max-warnings", value: "N", "Fail when there are more than N warnings."),
        OptionSpec("--strict", "Fail on any warning."),
        OptionSpec("--quiet", "Report errors only, without the summary line."),
        OptionSpec("--no-color", "Never colour the output (NO_COLOR also works)."),
        OptionSpec("--stdin-filename", value: "PATH", "Name standard input, for output and for finding its configuration."),
        OptionSpec("--baseline", value: "FILE", "Report only findings not recorded in this baseline."),
        OptionSpec("--write-baseline", value: "FILE", "Record today's findings in FILE (then exit 0) for later --baseline runs."),
        OptionSpec("--allow-empty", "Exit 0 when there is no Markdown file to lint (otherwise exit 2)."),
        OptionSpec("--force-exclude", "Apply .pmlintignore to files named on the command line too (pre-commit, CI)."),
    ]

    static func run(_ arguments: ParsedArguments, console: Console) throws(CommandError) -> ExitCode {
        let format = OutputFormat(rawValue: try arguments.choice("--format", from: OutputFormat.allCases.map(\.rawValue), default: "text", command: name))!
        var maximumWarnings: Int?
        if let text = arguments.value("--max-warnings") {
            guard let number = Int(text), number >= 0 else { throw .usage("--max-warnings needs a whole number of 0 or more, not '\(text)'", command: name) }
            maximumWarnings = number
        }
        let stdinName = arguments.value("--stdin-filename")
        var paths = arguments.positionals
        if paths.isEmpty { paths = [stdinName == nil ? "." : "-"] }
        if arguments.has("--fix") && paths.contains("-") { throw .usage("--fix cannot rewrite standard input; name the file instead", command: name) }
        if arguments.has("--unsafe-fixes") && !arguments.has("--fix") { throw .usage("--unsafe-fixes needs --fix", command: name) }

        // The phrase lists compile while the files are found.
        DispatchQueue.global().async { Linter.compileBuiltInLists() }
        var collector = InputCollector(currentDirectory: console.currentDirectory, stdinName: stdinName,
                                       forceExclude: arguments.has("--force-exclude"))
        for path in paths { collector.add(path) }
        for warning in collector.warnings { console.printError("pmlint: warning: \(warning)") }
        if collector.inputs.isEmpty && collector.failures.isEmpty {
            return try emptyRun(paths: paths, collector: collector, allowed: arguments.has("--allow-empty"), format: format, console: console)
        }

        let resolver = ConfigurationResolver(explicitPath: arguments.value("--config"),
                                             overrides: ConfigurationOverrides(profile: arguments.value("--profile"), origin: "--profile"),
                                             today: today(), currentDirectory: console.currentDirectory)
        let runner = LintRunner(resolver: resolver, applyFixes: arguments.has("--fix"), includeUnsafeFixes: arguments.has("--unsafe-fixes"))
        var files = runner.runWithArchiveRules(collector.inputs, standardInput: console.readInput)
        if let path = arguments.value("--write-baseline") {
            return try writeBaseline(files, to: path, failures: LintReport(files: files, failures: collector.failures).allFailures, console: console)
        }
        var hidden: Int?
        if let path = arguments.value("--baseline") {
            let found = files.reduce(0) { $0 + $1.diagnostics.count }
            files = try BaselineFile(path, currentDirectory: console.currentDirectory).read().filter(files)
            hidden = found - files.reduce(0) { $0 + $1.diagnostics.count }
        }
        let report = LintReport(files: files, failures: collector.failures, hiddenByBaseline: hidden)

        let color = usesColor(terminal: console.outputIsTerminal, noColorFlag: arguments.has("--no-color"), environment: console.environment)
        let output = format.render(report, style: TextRenderer.Style(color: color, quiet: arguments.has("--quiet")))
        if !output.isEmpty { console.print(output) }
        for failure in report.allFailures { console.printError(failure) }
        let (code, reason) = outcome(report, strict: arguments.has("--strict"), maximumWarnings: maximumWarnings)
        if let reason { console.printError("pmlint: \(reason)") }
        console.keepUntilExit((report, collector))
        return code
    }

    /// No document to lint. Named files that `--force-exclude` left out are what the user
    /// asked for; otherwise an empty run is most likely a wrong path, which must not pass
    /// silently in CI, unless `--allow-empty` says it is expected.
    private static func emptyRun(paths: [String], collector: InputCollector, allowed: Bool, format: OutputFormat,
                                 console: Console) throws(CommandError) -> ExitCode {
        let excluded = collector.forceExcludedCount > 0
        guard excluded || allowed else {
            throw .nothingFound(in: paths, toVerb: "lint")
        }
        guard format == .text else {
            console.print(format.render(LintReport(files: []), style: TextRenderer.Style(color: false, quiet: false)))
            return .clean
        }
        console.print(excluded ? "Nothing to lint: every file named is excluded by .pmlintignore (--force-exclude)."
                               : "No Markdown file to lint in \(paths.joined(separator: ", ")).")
        return .clean
    }

    /// `--write-baseline`: records the findings; a run that could not lint everything
    /// writes nothing, so a baseline never silently misses a file.
    private static func writeBaseline(_ files: [FileReport], to path: String, failures: [String], console: Console) throws(CommandError) -> ExitCode {
        for failure in failures { console.printError(failure) }
        guard failures.isEmpty else { return .failure }
        let file = BaselineFile(path, currentDirectory: console.currentDirectory)
        let baseline = try file.write(files)
        console.print("Recorded \(TextRenderer.plural(baseline.count, "finding")) in \(path).")
        return .clean
    }

    /// Colour only on a terminal, and never when asked not to (`--no-color`, or `NO_COLOR`
    /// set to anything but the empty string, as no-color.org says).
    static func usesColor(terminal: Bool, noColorFlag: Bool, environment: [String: String]) -> Bool {
        terminal && !noColorFlag && (environment["NO_COLOR"] ?? "").isEmpty
    }

    /// The exit code, and when warnings alone fail the run, which limit they passed (errors
    /// and failures speak for themselves).
    static func outcome(_ report: LintReport, strict: Bool, maximumWarnings: Int?) -> (ExitCode, reason: String?) {
        if !report.allFailures.isEmpty { return (.failure, nil) }
        if report.count(.error) > 0 { return (.findings, nil) }
        let warnings = report.count(.warning)
        let counted = TextRenderer.plural(warnings, "warning")
        if strict && warnings > 0 { return (.findings, "failed because of --strict: \(counted), and --strict allows none") }
        if let maximumWarnings, warnings > maximumWarnings {
            return (.findings, "failed because of --max-warnings \(maximumWarnings): \(counted), more than the \(maximumWarnings) allowed")
        }
        return (.clean, nil)
    }

    /// Today in UTC, against which due dates are judged.
    static func today() -> CalendarDate {
        CalendarDate(daysSinceEpoch: Int(time(nil)) / 86_400)
    }
}
