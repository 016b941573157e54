/// A chart of the report as people and machines read it: a title, a sentence that says
/// what it shows, the drawing, and its data as a table for screen readers and printouts.
struct ChartFigure {
    var id: String
    var title: String
    var summary: String
    var svg: SVGDrawing
    var table: HTMLTable

    var html: String {
        """
        <figure class="chart" id="\(id)"><h3 id="\(id)-title">\(HTMLText.escape(title))</h3>\
        <p class="summary" id="\(id)-summary">\(HTMLText.escape(summary))</p>\
        \(svg.html(labelledBy: "\(id)-title", describedBy: "\(id)-summary"))\
        <details class="data"><summary>Data table: \(HTMLText.escape(title))</summary>\(table.html)</details></figure>

        """
    }
}

/// An SVG drawing of a fixed coordinate space that scales to the page's width.
struct SVGDrawing {
    var width: Double
    var height: Double
    var body: String

    func html(labelledBy title: String, describedBy summary: String) -> String {
        "<svg class=\"plot\" viewBox=\"0 0 \(HTMLText.coordinate(width)) \(HTMLText.coordinate(height))\" role=\"img\" "
            + "aria-labelledby=\"\(title)\" aria-describedby=\"\(summary)\" preserveAspectRatio=\"xMinYMin meet\">\(body)</svg>"
    }
}

/// The fills that tell series apart: each differs from the others in lightness and, past
/// the first three, in pattern, so that a greyscale printout still separates them.
enum SeriesStyle {
    static let count = 6

    /// The `class` of series `index` (they repeat past `count`).
    static func className(_ index: Int) -> String { "s\(index % count)" }

    /// The patterns the series classes refer to, defined once per page.
    static let definitions = """
        <svg class="defs" width="0" height="0" aria-hidden="true" focusable="false"><defs>\
        <pattern id="p1" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">\
        <rect class="pb1" width="6" height="6"/><rect class="pf1" width="2.5" height="6"/></pattern>\
        <pattern id="p3" width="5" height="5" patternUnits="userSpaceOnUse">\
        <rect class="pb3" width="5" height="5"/><circle class="pf3" cx="2.5" cy="2.5" r="1.3"/></pattern>\
        <pattern id="p5" width="6" height="6" patternUnits="userSpaceOnUse">\
        <rect class="pb5" width="6" height="6"/><path class="pl5" d="M0 0L6 6M6 0L0 6"/></pattern>\
        </defs></svg>
        """

    /// A legend row: a swatch and a name per series.
    static func legend(_ names: [String], x: Double, y: Double) -> String {
        var out = ""
        var cursor = x
        for (index, name) in names.enumerated() {
            out += "<rect class=\"\(className(index))\" x=\"\(HTMLText.coordinate(cursor))\" y=\"\(HTMLText.coordinate(y - 9))\" width=\"12\" height=\"12\"/>"
            out += "<text x=\"\(HTMLText.coordinate(cursor + 16))\" y=\"\(HTMLText.coordinate(y + 1))\">\(HTMLText.escape(name))</text>"
            cursor += 28 + Double(name.count) * 6.5
        }
        return out
    }
}
