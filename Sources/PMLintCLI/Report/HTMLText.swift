import PostmortemModel

/// Text and attribute values made safe to place in HTML and SVG.
enum HTMLText {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A number with at most one decimal, for SVG coordinates: short, and the same bytes on
    /// every machine.
    static func coordinate(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return magnitude % 10 == 0 ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }

    /// "42 %" of `part` in `whole`, or "–" when there is no whole.
    static func percent(_ part: Int, of whole: Int) -> String {
        whole == 0 ? "–" : "\(Int((Double(part) * 100 / Double(whole)).rounded())) %"
    }

    static func plural(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}

/// A table of the report: a caption, a header and rows, sortable by the page's script when
/// it runs, complete without it. Cells carry a sort key where the text does not sort.
struct HTMLTable {
    struct Cell {
        var html: String
        /// What the column sorts by, when the text does not (seconds for "1 h 5 min").
        var sortKey: String?
        var isNumeric = false

        static func text(_ text: String) -> Cell { Cell(html: HTMLText.escape(text)) }
        static func number(_ value: Int) -> Cell { Cell(html: String(value), isNumeric: true) }
        static func duration(_ seconds: Int?) -> Cell {
            Cell(html: seconds.map(DurationText.describe) ?? "unknown", sortKey: seconds.map(String.init) ?? "", isNumeric: true)
        }
    }

    var caption: String
    var headers: [String]
    var rows: [[Cell]]
    var id: String? = nil
    /// Said under the table when rows were left out, with where to find them.
    var note: String? = nil

    var html: String {
        // The wrapper scrolls a wide table sideways; it takes focus so the keyboard can scroll it.
        var out = "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"\(HTMLText.escape(caption))\"><table class=\"sortable\"\(id.map { " id=\"\($0)\"" } ?? "")>"
        out += "<caption>\(HTMLText.escape(caption))</caption><thead><tr>"
        for header in headers { out += "<th scope=\"col\">\(HTMLText.escape(header))</th>" }
        out += "</tr></thead><tbody>"
        for row in rows {
            out += "<tr>"
            for cell in row {
                var attributes = cell.isNumeric ? " class=\"num\"" : ""
                if let key = cell.sortKey { attributes += " data-sort=\"\(HTMLText.escape(key))\"" }
                out += "<td\(attributes)>\(cell.html)</td>"
            }
            out += "</tr>\n"
        }
        out += "</tbody></table></div>"
        if let note { out += "<p class=\"note\">\(HTMLText.escape(note))</p>" }
        return out
    }
}
