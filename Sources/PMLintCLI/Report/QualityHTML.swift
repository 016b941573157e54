import ArchiveReport

/// Section 4: the linter's findings by rule, and every document in a table.
enum QualityHTML {
    static let chartedRules = 20

    static func html(_ page: ReportPage) -> String {
        let quality = page.report.quality
        var out = "<section id=\"quality\" aria-labelledby=\"quality-heading\"><h2 id=\"quality-heading\">Document quality</h2>"
        let charted = quality.rules.prefix(chartedRules)
        var summary = "\(HTMLText.plural(quality.errors, "error")), \(HTMLText.plural(quality.warnings, "warning")) and \(quality.infos) notes from \(HTMLText.plural(quality.rules.count, "rule"))"
        if let first = quality.rules.first { summary += "; \(first.id) \(first.name) reports most (\(first.total) in \(HTMLText.plural(first.documents, "document")))" }
        summary += "."
        if quality.rules.count > chartedRules { summary += " The chart shows the \(chartedRules) rules reporting most; the table has all." }
        out += ChartFigure(
            id: "chart-rules", title: "Findings by rule", summary: summary,
            svg: Charts.stackedRows(labels: charted.map { "\($0.id) \($0.name)" }, series: ["error", "warning", "info"],
                                    values: charted.map { [$0.errors, $0.warnings, $0.infos] }),
            table: HTMLTable(caption: "Findings by rule", headers: ["Rule", "Name", "Documents", "Errors", "Warnings", "Infos"],
                             rows: quality.rules.map { rule in
                                 [.text(rule.id), .text(rule.name), .number(rule.documents), .number(rule.errors), .number(rule.warnings), .number(rule.infos)]
                             })).html
        out += "<h3 id=\"documents-heading\">Documents</h3>"
        out += "<p class=\"controls\" hidden><label for=\"document-filter\">Filter documents </label><input id=\"document-filter\" type=\"search\" "
            + "placeholder=\"path, title, severity…\"> <span id=\"document-count\" aria-live=\"polite\"></span></p>"
        let rows = page.report.documents.indices.map { index -> [HTMLTable.Cell] in
            let document = page.report.documents[index]
            let durations = document.figures.durations
            return [HTMLTable.Cell(html: page.link(index)), .text(ReportPage.dateText(document.date)),
                    .text(document.title ?? ""), .text(document.severity ?? ""), .text(document.profile),
                    .number(document.findings.errors), .number(document.findings.warnings),
                    .duration(durations[0].seconds), .duration(durations[3].seconds), .number(document.figures.actions.open)]
        }
        out += HTMLTable(caption: "Every document; sort by any column", headers: ["Document", "Date", "Title", "Severity", "Profile", "Errors",
                                                                                  "Warnings", "TTD", "TTR", "Open items"],
                         rows: rows, id: "documents-table").html
        return out + "</section>\n"
    }
}
