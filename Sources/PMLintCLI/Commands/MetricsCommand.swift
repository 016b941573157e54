import LintEngine

/// `pmlint metrics PATH...`: incident figures per postmortem and in total.
struct MetricsCommand: Command {
    static let name = "metrics"
    static let summary = "Print incident start, detection, mitigation and resolution, TTD, TTA, TTM, TTR and action items."
    static let synopsis = "metrics [PATH|GLOB]... [options]"
    static let details = """
        Times come from the metadata's key timestamps when stated there, else from the
        timeline: the start is when impact began (an entry saying so, else the first entry
        describing impact before the first detection, else the first entry, leaving out
        preconditions half a day or more before the rest); detection, acknowledgement and
        mitigation are the first entry of their kind after the moment before; resolution is
        the first entry saying the incident is over, else the last restoring one. TTD, TTM
        and TTR run from the start, TTA from detection; a figure the document states (Time to
        detection: 7 hours) wins, and one pmlint cannot establish is shown as -, never
        negative. After the table, each document's line says which line each figure comes
        from (JSON: "sources"). The total row gives the mean of each duration over the
        documents that have it, and the action items summed; overdue items are open ones
        due before today (or --today).

        Exit status: 0 when every document was read, 2 when one could not be.
        """
    static let options: [OptionSpec] = [
        OptionSpec("--format", value: "FORMAT", "table, json or csv (default table)."),
    ] + DocumentReports.options

    static func run(_ arguments: ParsedArguments, console: Console) throws(CommandError) -> ExitCode {
        let format = try arguments.choice("--format", from: ["table", "json", "csv"], default: "table", command: name)
        let reports = try DocumentReports(arguments, console: console, command: name)
        let rows = reports.files.map { file in
            MetricsRenderer.Row(path: file.path, figures: IncidentFigures(document: file.document!, today: file.configuration?.today))
        }
        let output = switch format {
        case "json": MetricsRenderer.json(rows)
        case "csv": MetricsRenderer.csv(rows)
        default: MetricsRenderer.table(rows)
        }
        return reports.finish(output, console: console)
    }
}
