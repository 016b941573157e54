import LintEngine
import PostmortemModel

/// Reads the documents that `metrics` and `actions` report on, the way `lint` finds and
/// configures them, with `--today` to judge due dates against a fixed day.
struct DocumentReports {
    static let options: [OptionSpec] = [
        OptionSpec("--config", value: "FILE", "Use this configuration instead of looking for .pmlint.json."),
        OptionSpec("--today", value: "DATE", "Judge due dates against this day (YYYY-MM-DD) instead of today."),
        OptionSpec("--allow-empty", "Exit 0 when there is no Markdown file to read (otherwise exit 2)."),
    ]

    /// The readable documents, sorted by path, and one line per path that could not be read.
    let files: [FileReport]
    let failures: [String]

    /// The run's today: `--today`, or today in UTC.
    let today: CalendarDate

    /// - Parameter linting: also run every rule, cross-document ones included, with
    ///   `--profile` as `lint` takes it (for `report`); otherwise only the model is read.
    init(_ arguments: ParsedArguments, console: Console, command: String, linting: Bool = false) throws(CommandError) {
        var today = LintCommand.today()
        if let text = arguments.value("--today") {
            guard let date = DateText.parse(text) else { throw .usage("--today needs a date such as 2024-05-01, not '\(text)'", command: command) }
            today = date
        }
        var collector = InputCollector(currentDirectory: console.currentDirectory, stdinName: nil)
        let paths = arguments.positionals.isEmpty ? ["."] : arguments.positionals
        for path in paths { collector.add(path) }
        for warning in collector.warnings { console.printError("pmlint: warning: \(warning)") }
        // As for `lint`: figures over no document are most likely a wrong path, which must
        // not pass silently in CI.
        if collector.inputs.isEmpty && collector.failures.isEmpty && !arguments.has("--allow-empty") {
            throw .nothingFound(in: paths, toVerb: "read")
        }
        self.today = today
        let resolver = ConfigurationResolver(explicitPath: arguments.value("--config"),
                                             overrides: ConfigurationOverrides(profile: arguments.value("--profile"), origin: "--profile"),
                                             today: today, currentDirectory: console.currentDirectory)
        // The documents are read as `lint` reads them; without `linting`, no rule runs.
        let runner = LintRunner(resolver: resolver, applyFixes: false, rules: linting ? RuleRegistry.all : [], keepsDocuments: true)
        let read = linting ? runner.runWithArchiveRules(collector.inputs, standardInput: console.readInput)
            : runner.run(collector.inputs, standardInput: console.readInput)
        let report = LintReport(files: read, failures: collector.failures)
        files = report.files.filter { $0.document != nil }
        failures = report.allFailures
    }

    /// Prints the failures; the exit status for a run that printed `output`.
    func finish(_ output: String, console: Console) -> ExitCode {
        if !output.isEmpty { console.print(output) }
        for failure in failures { console.printError(failure) }
        console.keepUntilExit(files)
        return failures.isEmpty ? .clean : .failure
    }
}
