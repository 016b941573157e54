import ArchiveReport
import LintEngine
import PostmortemModel

/// `pmlint report`'s page: one self-contained HTML file (inline style, SVG and script, no
/// network), readable without JavaScript, the same bytes for the same inputs.
enum ReportHTML {
    static let sections = [("overview", "Overview"), ("response-times", "Response times"), ("follow-through", "Follow-through"),
                           ("quality", "Document quality"), ("recurrence", "Recurrence")]

    /// - Parameter hrefs: where each of `report.documents` links to, from where the page is read.
    static func render(_ report: ArchiveReport, generated: Instant, hrefs: [String]) -> String {
        let page = ReportPage(report: report, hrefs: hrefs)
        var out = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="pmlint \(PMLintVersion.current)">
            <title>Postmortem archive report</title>
            <style>
            \(ReportStyle.css)
            </style></head>
            <body>
            \(SeriesStyle.definitions)
            <header><h1>Postmortem archive report</h1><p class="meta">\(HTMLText.plural(report.documents.count, "document")); \
            due dates and ages judged on \(report.today); generated \(generated.iso8601()) by pmlint \(PMLintVersion.current).</p>
            <nav aria-label="Sections"><ul>
            """
        for (id, title) in sections { out += "<li><a href=\"#\(id)\">\(title)</a></li>" }
        out += "</ul></nav></header>\n<main>\n"
        out += OverviewHTML.html(page)
        out += ResponseTimesHTML.html(page)
        out += FollowThroughHTML.html(page)
        out += QualityHTML.html(page)
        out += RecurrenceHTML.html(page)
        out += "</main>\n<script>\n\(ReportScript.javascript)\n</script>\n</body></html>"
        return out
    }
}
