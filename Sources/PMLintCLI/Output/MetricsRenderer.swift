import LintEngine
import PostmortemModel

/// The three formats of `pmlint metrics`: an aligned table for people, JSON and CSV for
/// dashboards and spreadsheets. JSON and CSV give durations in seconds; the table and JSON
/// say which line of the document each figure comes from, so a reader can check it.
enum MetricsRenderer {
    struct Row {
        var path: String
        var figures: IncidentFigures
    }

    static let tallyNames = ["actions", "without owner", "open", "overdue"]

    static func tally(_ actions: ActionItemTally) -> [Int] {
        [actions.total, actions.withoutOwner, actions.open, actions.overdue]
    }

    static func table(_ rows: [Row]) -> String {
        let header = ["FILE"] + ["start", "detection", "mitigation", "resolution"].map { $0.uppercased() }
            + IncidentFigures.durationNames.map { $0.uppercased() } + tallyNames.map { $0.uppercased() }
        var lines = [header]
        for row in rows {
            lines.append([row.path] + row.figures.moments.map { $0.milestone?.iso8601 ?? "-" }
                         + row.figures.durations.map { $0.seconds.map(DurationText.describe) ?? "-" }
                         + tally(row.figures.actions).map(String.init))
        }
        let totals = IncidentTotals(rows.map(\.figures))
        lines.append(["TOTAL (\(totals.documents) document\(totals.documents == 1 ? "" : "s"), mean times)", "", "", "", ""]
                     + totals.meanDurations.map { $0.seconds.map(DurationText.describe) ?? "-" }
                     + tally(totals.actions).map(String.init))
        let widths = header.indices.map { column in lines.map { $0[column].count }.max() ?? 0 }
        let table = lines.map { cells in
            // The last column is not padded, so that no line ends in spaces.
            zip(cells.dropLast(), widths).map { $0 + String(repeating: " ", count: $1 - $0.count) }.joined(separator: "  ")
                + "  " + cells[cells.count - 1]
        }.joined(separator: "\n")
        return table + "\n\n" + sources(rows)
    }

    /// Where each figure was read, one line per document: `start L14, detection L16, …, ttd L80 (stated)`.
    static func sources(_ rows: [Row]) -> String {
        (["Where each figure comes from (document lines):"] + rows.map { row in
            let known = row.figures.sources.compactMap { item in item.source.map { "\(item.name) \($0.description)" } }
            return "\(row.path): " + (known.isEmpty ? "no figure could be established" : known.joined(separator: ", "))
        }).joined(separator: "\n")
    }

    static func json(_ source: FigureSource) -> JSONOutput {
        switch source {
        case .timeline(let line): .object([("line", .int(line)), ("from", .string("timeline"))])
        case .metadata(let line): .object([("line", .int(line)), ("from", .string("metadata"))])
        case .stated(let line): .object([("line", .int(line)), ("from", .string("stated"))])
        case .between(let from, let to): .object([("fromLine", .int(from)), ("toLine", .int(to)), ("from", .string("computed"))])
        }
    }

    static func durations(_ values: [(name: String, seconds: Int?)]) -> [(String, JSONOutput)] {
        values.map { ($0.name + "Seconds", $0.seconds.map(JSONOutput.int) ?? .null) }
    }

    static func actions(_ tally: ActionItemTally) -> JSONOutput {
        .object([("total", .int(tally.total)), ("withoutOwner", .int(tally.withoutOwner)), ("open", .int(tally.open)),
                 ("overdue", .int(tally.overdue))])
    }

    /// One document's members of `--format json`, after its path; `pmlint report` writes the same.
    static func members(_ figures: IncidentFigures) -> [(String, JSONOutput)] {
        figures.moments.map { ($0.name, $0.milestone.map { .string($0.iso8601) } ?? .null) }
            + durations(figures.durations) + [("actions", actions(figures.actions))]
            + [("sources", .object(figures.sources.map { ($0.name, $0.source.map(json) ?? .null) }))]
    }

    static func json(_ rows: [Row]) -> String {
        let documents: [JSONOutput] = rows.map { row in .object([("path", .string(row.path))] + members(row.figures)) }
        let totals = IncidentTotals(rows.map(\.figures))
        let total: JSONOutput = .object([("documents", .int(totals.documents))]
                                        + durations(totals.meanDurations.map { (name: "mean" + $0.name.uppercased(), seconds: $0.seconds) })
                                        + [("actions", actions(totals.actions))])
        return JSONOutput.object([("version", .int(1)), ("documents", .array(documents)), ("total", total)]).text
    }

    static func csv(_ rows: [Row]) -> String {
        let header = ["file", "start", "detection", "mitigation", "resolution"] + IncidentFigures.durationNames.map { $0 + "_seconds" }
            + tallyNames.map { $0.replacing(" ", with: "_") }
        var lines = [header.joined(separator: ",")]
        for row in rows {
            let cells = [quote(row.path)] + row.figures.moments.map { $0.milestone?.iso8601 ?? "" }
                + row.figures.durations.map { $0.seconds.map(String.init) ?? "" } + tally(row.figures.actions).map(String.init)
            lines.append(cells.joined(separator: ","))
        }
        let totals = IncidentTotals(rows.map(\.figures))
        let cells = ["TOTAL", "", "", "", ""] + totals.meanDurations.map { $0.seconds.map(String.init) ?? "" }
            + tally(totals.actions).map(String.init)
        lines.append(cells.joined(separator: ","))
        return lines.joined(separator: "\n")
    }

    /// RFC 4180: quoted when it holds a comma, quote or line break.
    static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacing("\"", with: "\"\"") + "\""
    }
}
