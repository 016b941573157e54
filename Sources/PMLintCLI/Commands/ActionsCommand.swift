import LintEngine
import PostmortemModel

/// `pmlint actions PATH... [--overdue] [--owner NAME]`: the open follow-ups of many postmortems.
struct ActionsCommand: Command {
    static let name = "actions"
    static let summary = "List the open action items of postmortems, with file:line, owner and due date."
    static let synopsis = "actions [PATH|GLOB]... [--overdue] [--owner NAME] [options]"
    static let details = """
        An item is open unless it is ticked or its status says done, closed, fixed, shipped,
        cancelled or the like. Overdue items are open ones due before today (or --today).
        --owner matches by word without case: "sre" matches @sre-oncall and "SRE team", not @presre.

        Exit status: 0 when every document was read, 2 when one could not be.
        """
    static let options: [OptionSpec] = [
        OptionSpec("--overdue", "Only items past their due date."),
        OptionSpec("--owner", value: "NAME", "Only items owned by NAME."),
        OptionSpec("--format", value: "FORMAT", "text or json (default text)."),
    ] + DocumentReports.options

    struct Listed {
        var path: String
        var line: Int
        var item: ActionItem
        var isOverdue: Bool
    }

    static func run(_ arguments: ParsedArguments, console: Console) throws(CommandError) -> ExitCode {
        let format = try arguments.choice("--format", from: ["text", "json"], default: "text", command: name)
        let reports = try DocumentReports(arguments, console: console, command: name)
        let owner = arguments.value("--owner")
        var listed: [Listed] = []
        for file in reports.files {
            let document = file.document!
            let today = file.configuration?.today
            for item in document.actionItems where item.isOpen {
                let overdue = item.isOverdue(today: today)
                guard !arguments.has("--overdue") || overdue, owner.map(item.isOwned) ?? true else { continue }
                listed.append(Listed(path: file.path, line: document.source.lines.line(containing: item.range.lowerBound) + 1,
                                     item: item, isOverdue: overdue))
            }
        }
        let output = format == "json" ? json(listed) : text(listed)
        return reports.finish(output, console: console)
    }

    static func text(_ listed: [Listed]) -> String {
        let rows = listed.map { entry in
            ["\(entry.path):\(entry.line)", entry.item.owner?.value ?? "(no owner)",
             entry.item.dueDate.map { "due \($0.value)" + (entry.isOverdue ? " (overdue)" : "") } ?? "(no due date)", entry.item.text]
        }
        let widths = (0..<3).map { column in rows.map { $0[column].count }.max() ?? 0 }
        var lines = rows.map { row in
            (0..<3).map { row[$0] + String(repeating: " ", count: widths[$0] - row[$0].count) }.joined(separator: "  ") + "  " + row[3]
        }
        let documents = Set(listed.map(\.path)).count
        let overdue = listed.filter(\.isOverdue).count
        lines.append("\(listed.count) open action item\(listed.count == 1 ? "" : "s") in \(documents) document\(documents == 1 ? "" : "s"), \(overdue) overdue")
        return lines.joined(separator: "\n")
    }

    static func json(_ listed: [Listed]) -> String {
        let items: [JSONOutput] = listed.map { entry in
            .object([("path", .string(entry.path)), ("line", .int(entry.line)), ("action", .string(entry.item.text)),
                     ("owner", entry.item.owner.map { .string($0.value) } ?? .null),
                     ("due", entry.item.dueDate.map { .string($0.value) } ?? .null),
                     ("status", entry.item.status.map { .string($0.value) } ?? .null), ("overdue", .bool(entry.isOverdue))])
        }
        return JSONOutput.object([("version", .int(1)), ("actions", .array(items))]).text
    }
}
