import ArchiveReport

/// Section 1: how many incidents, when, how severe, and how documents and follow-ups stand.
enum OverviewHTML {
    static func html(_ page: ReportPage) -> String {
        let overview = page.report.overview
        let range = overview.firstDate.map { "\($0) to \(ReportPage.dateText(overview.lastDate))" } ?? "no dated incident"
        var out = "<section id=\"overview\" aria-labelledby=\"overview-heading\"><h2 id=\"overview-heading\">Overview</h2><dl class=\"figures\">"
        for (name, value) in [
            ("Incidents", "\(overview.incidents)"), ("Date range", range),
            ("Documents without an error finding", "\(overview.documentsWithoutErrors) (\(HTMLText.percent(overview.documentsWithoutErrors, of: overview.incidents)))"),
            ("Open follow-ups", "\(overview.actions.open)"), ("Overdue follow-ups", "\(overview.actions.overdue)"),
        ] {
            out += "<div><dt>\(HTMLText.escape(name))</dt><dd>\(HTMLText.escape(value))</dd></div>"
        }
        out += "</dl>"
        let busiest = overview.months.max { $0.counts.reduce(0, +) < $1.counts.reduce(0, +) }
        var summary = "\(HTMLText.plural(overview.incidents - overview.undated, "dated incident")) over \(HTMLText.plural(overview.months.count, "month"))"
        if let busiest { summary += "; the busiest month is \(busiest.month) with \(busiest.counts.reduce(0, +))" }
        summary += ". Each column stacks the month's incidents by severity."
        if overview.undated > 0 { summary += " \(HTMLText.plural(overview.undated, "document")) without a date of incident are not charted." }
        let table = HTMLTable(caption: "Incidents per month by severity", headers: ["Month"] + overview.severities + ["Total"],
                              rows: overview.months.map { month in
                                  [.text(month.month.description)] + month.counts.map { .number($0) } + [.number(month.counts.reduce(0, +))]
                              })
        out += ChartFigure(id: "chart-incidents-per-month", title: "Incidents per month by severity", summary: summary,
                           svg: Charts.stackedColumns(categories: overview.months.map(\.month.description), series: overview.severities,
                                                      values: overview.months.map(\.counts)),
                           table: table).html
        return out + "</section>\n"
    }
}
