import ArchiveReport
import PostmortemModel

/// What every section of the HTML report needs: the report, where its documents link to,
/// and how many rows a table may hold before the page says where the rest are.
struct ReportPage {
    let report: ArchiveReport
    /// The link of each of `report.documents`, relative to where the page is written.
    let hrefs: [String]

    /// Tables longer than this show their first rows and say so; the JSON report has all.
    static let rowLimit = 1000
    /// Lists of document names (unknown figures, recurrences) shown in full up to this.
    static let listLimit = 200

    /// The document's path, linked to the document.
    func link(_ document: Int, line: Int? = nil) -> String {
        let path = report.documents[document].path
        let shown = line.map { "\(path):\($0)" } ?? path
        return "<a href=\"\(HTMLText.escape(hrefs[document]))\">\(HTMLText.escape(shown))</a>"
    }

    /// A list of linked documents, the first `listLimit` of them and how many more.
    func links(_ documents: [Int]) -> String {
        guard !documents.isEmpty else { return "none" }
        var out = "<ul class=\"paths\">" + documents.prefix(Self.listLimit).map { "<li>\(link($0))</li>" }.joined() + "</ul>"
        if documents.count > Self.listLimit {
            out += "<p class=\"note\">… and \(documents.count - Self.listLimit) more, listed in <code>pmlint report --format json</code>.</p>"
        }
        return out
    }

    /// `rows` cut to `rowLimit`, with the note that says what was left out.
    static func limited<Row>(_ rows: [Row], what: String) -> (rows: ArraySlice<Row>, note: String?) {
        guard rows.count > rowLimit else { return (rows[...], nil) }
        return (rows.prefix(rowLimit), "Showing the first \(rowLimit) of \(rows.count) \(what); `pmlint report --format json` lists them all.")
    }

    static func dateText(_ date: CalendarDate?) -> String { date?.description ?? "unknown" }
}
