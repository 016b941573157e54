import ArchiveReport

/// Section 3: action items open, overdue and done, by owner and by incident age.
enum FollowThroughHTML {
    /// Owners drawn in the chart; the table has them all.
    static let chartedOwners = 15

    static func html(_ page: ReportPage) -> String {
        let follow = page.report.followThrough
        var out = "<section id=\"follow-through\" aria-labelledby=\"follow-through-heading\"><h2 id=\"follow-through-heading\">Follow-through</h2><dl class=\"figures\">"
        for (name, value) in [("Open", follow.open), ("Overdue", follow.overdue.count), ("Done", follow.done)] {
            out += "<div><dt>\(name)</dt><dd>\(value)</dd></div>"
        }
        out += "</dl>"
        let series = ["overdue", "open, not overdue", "done"]
        let charted = follow.owners.prefix(chartedOwners)
        var summary = "\(HTMLText.plural(follow.owners.count, "owner")) hold \(HTMLText.plural(follow.open + follow.done, "action item"))"
        if let first = follow.owners.first, first.overdue > 0 { summary += "; \(first.owner) has the most overdue (\(first.overdue))" }
        summary += "."
        if follow.owners.count > chartedOwners { summary += " The chart shows the \(chartedOwners) with the most overdue, then open; the table has all." }
        let (ownerRows, ownerNote) = ReportPage.limited(follow.owners, what: "owners")
        out += ChartFigure(
            id: "chart-owners", title: "Action items by owner", summary: summary,
            svg: Charts.stackedRows(labels: charted.map(\.owner), series: series,
                                    values: charted.map { [$0.overdue, $0.open - $0.overdue, $0.done] }),
            table: HTMLTable(caption: "Action items by owner", headers: ["Owner", "Open", "Overdue", "Done"],
                             rows: ownerRows.map { [.text($0.owner), .number($0.open), .number($0.overdue), .number($0.done)] }, note: ownerNote)).html

        let ageSummary = follow.ages.map { age in
            "older than \(age.days) days: \(HTMLText.percent(age.done, of: age.items)) of \(age.items) done over \(HTMLText.plural(age.incidents, "incident"))"
        }.joined(separator: "; ")
        out += ChartFigure(
            id: "chart-ages", title: "Share of action items done, by incident age", summary: "Incidents " + ageSummary + ".",
            svg: Charts.stackedRows(labels: follow.ages.map { "older than \($0.days) days" }, series: ["done", "not done"],
                                    values: follow.ages.map { [$0.done, $0.items - $0.done] }),
            table: HTMLTable(caption: "Action items done by incident age", headers: ["Incidents older than", "Incidents", "Action items", "Done", "Share done"],
                             rows: follow.ages.map { age in
                                 [.text("\(age.days) days"), .number(age.incidents), .number(age.items), .number(age.done),
                                  HTMLTable.Cell(html: HTMLText.percent(age.done, of: age.items), sortKey: age.items == 0 ? "" : String(age.done * 1000 / age.items), isNumeric: true)]
                             })).html

        out += "<h3 id=\"overdue-heading\">Overdue action items</h3>"
        let (overdueRows, overdueNote) = ReportPage.limited(follow.overdue, what: "overdue items, most overdue first")
        out += follow.overdue.isEmpty ? "<p>No action item is overdue.</p>" : HTMLTable(
            caption: "Overdue action items, most overdue first", headers: ["Document", "Action item", "Owner", "Due", "Days overdue"],
            rows: overdueRows.map { overdue in
                [HTMLTable.Cell(html: page.link(overdue.document, line: overdue.item.line)), .text(overdue.item.text),
                 .text(overdue.item.owner ?? FollowThrough.noOwner), .text(overdue.item.due ?? ""), .number(overdue.daysOverdue)]
            }, id: "overdue-table", note: overdueNote).html
        return out + "</section>\n"
    }
}
