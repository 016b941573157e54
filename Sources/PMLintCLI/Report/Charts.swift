#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#else
import Darwin
#endif

/// The report's three kinds of chart, drawn as SVG by our own code.
enum Charts {
    static let width = 720.0

    /// The smallest 1, 2 or 5 times a power of ten at or above `value`, for axis tops.
    static func niceCeiling(_ value: Int) -> Int {
        var step = 1
        while true {
            for factor in [1, 2, 5] where step * factor >= value { return step * factor }
            step *= 10
        }
    }

    /// Vertical bars per category, stacked by series, with a count axis and a legend.
    static func stackedColumns(categories: [String], series: [String], values: [[Int]]) -> SVGDrawing {
        let height = 260.0, left = 40.0, right = 10.0, top = 30.0, bottom = 40.0
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let maximum = niceCeiling(max(1, values.map { $0.reduce(0, +) }.max() ?? 1))
        var out = SeriesStyle.legend(series, x: left, y: 14)
        out += axisLines(left: left, top: top, width: plotWidth, height: plotHeight)
        for tick in [0, maximum / 2, maximum] where tick > 0 || maximum > 0 {
            let y = top + plotHeight - plotHeight * Double(tick) / Double(maximum)
            out += "<text class=\"tick\" x=\"\(HTMLText.coordinate(left - 6))\" y=\"\(HTMLText.coordinate(y + 4))\" text-anchor=\"end\">\(tick)</text>"
        }
        let band = plotWidth / Double(max(1, categories.count))
        let labelEvery = max(1, Int((48 / band).rounded(.up)))
        for (index, category) in categories.enumerated() {
            let x = left + band * Double(index)
            var base = top + plotHeight
            for (seriesIndex, value) in values[index].enumerated() where value > 0 {
                let barHeight = plotHeight * Double(value) / Double(maximum)
                base -= barHeight
                out += "<rect class=\"\(SeriesStyle.className(seriesIndex))\" x=\"\(HTMLText.coordinate(x + band * 0.1))\" y=\"\(HTMLText.coordinate(base))\" "
                    + "width=\"\(HTMLText.coordinate(band * 0.8))\" height=\"\(HTMLText.coordinate(barHeight))\"><title>\(HTMLText.escape(category)): \(value) \(HTMLText.escape(series[seriesIndex]))</title></rect>"
            }
            if index % labelEvery == 0 {
                out += "<text class=\"tick\" x=\"\(HTMLText.coordinate(x + band / 2))\" y=\"\(HTMLText.coordinate(top + plotHeight + 16))\" text-anchor=\"middle\">\(HTMLText.escape(category))</text>"
            }
        }
        return SVGDrawing(width: width, height: height, body: out)
    }

    /// Horizontal bars per label, stacked by series, longest scale on top.
    static func stackedRows(labels: [String], series: [String], values: [[Int]]) -> SVGDrawing {
        let rowHeight = 20.0, left = 190.0, right = 50.0, top = 28.0
        let height = top + rowHeight * Double(max(1, labels.count)) + 8
        let plotWidth = width - left - right
        let maximum = max(1, values.map { $0.reduce(0, +) }.max() ?? 1)
        var out = SeriesStyle.legend(series, x: left, y: 14)
        for (index, label) in labels.enumerated() {
            let y = top + rowHeight * Double(index)
            let shown = label.count > 28 ? String(label.prefix(27)) + "…" : label
            out += "<text x=\"\(HTMLText.coordinate(left - 6))\" y=\"\(HTMLText.coordinate(y + 13))\" text-anchor=\"end\">\(HTMLText.escape(shown))</text>"
            var x = left
            for (seriesIndex, value) in values[index].enumerated() where value > 0 {
                let barWidth = plotWidth * Double(value) / Double(maximum)
                out += "<rect class=\"\(SeriesStyle.className(seriesIndex))\" x=\"\(HTMLText.coordinate(x))\" y=\"\(HTMLText.coordinate(y + 3))\" "
                    + "width=\"\(HTMLText.coordinate(barWidth))\" height=\"\(HTMLText.coordinate(rowHeight - 6))\"><title>\(HTMLText.escape(label)): \(value) \(HTMLText.escape(series[seriesIndex]))</title></rect>"
                x += barWidth
            }
            out += "<text class=\"tick\" x=\"\(HTMLText.coordinate(x + 4))\" y=\"\(HTMLText.coordinate(y + 13))\">\(values[index].reduce(0, +))</text>"
        }
        return SVGDrawing(width: width, height: height, body: out)
    }

    /// One dot per incident by date, on a logarithmic time axis, with a line through the
    /// rolling medians. Values under a minute sit on the bottom line.
    static func timeDots(days: [Int], seconds: [Int], rolling: [Int], firstDay: Int, lastDay: Int, dayLabel: (Int) -> String) -> SVGDrawing {
        let height = 240.0, left = 56.0, right = 12.0, top = 14.0, bottom = 30.0
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let floor = 60.0
        let ceiling = max(3600.0, Double(seconds.max() ?? 3600))
        let logRange = log10(ceiling) - log10(floor)
        func y(_ value: Int) -> Double { top + plotHeight - plotHeight * (log10(max(floor, Double(value))) - log10(floor)) / logRange }
        func x(_ day: Int) -> Double { left + plotWidth * (lastDay == firstDay ? 0.5 : Double(day - firstDay) / Double(lastDay - firstDay)) }
        var out = axisLines(left: left, top: top, width: plotWidth, height: plotHeight)
        for (tick, label) in [(60, "1 min"), (600, "10 min"), (3600, "1 h"), (21_600, "6 h"), (86_400, "1 d"), (604_800, "7 d"), (2_592_000, "30 d")]
        where Double(tick) <= ceiling {
            let tickY = HTMLText.coordinate(y(tick))
            out += "<line class=\"grid\" x1=\"\(HTMLText.coordinate(left))\" x2=\"\(HTMLText.coordinate(left + plotWidth))\" y1=\"\(tickY)\" y2=\"\(tickY)\"/>"
            out += "<text class=\"tick\" x=\"\(HTMLText.coordinate(left - 6))\" y=\"\(HTMLText.coordinate(y(tick) + 4))\" text-anchor=\"end\">\(label)</text>"
        }
        for fraction in [0.0, 0.5, 1.0] {
            let day = firstDay + Int((Double(lastDay - firstDay) * fraction).rounded())
            let anchor = fraction == 0 ? "start" : fraction == 1 ? "end" : "middle"
            out += "<text class=\"tick\" x=\"\(HTMLText.coordinate(x(day)))\" y=\"\(HTMLText.coordinate(height - 8))\" text-anchor=\"\(anchor)\">\(dayLabel(day))</text>"
        }
        // One path of zero-length round-capped segments: a dot per incident in a few bytes each.
        var dots = ""
        for (day, value) in zip(days, seconds) { dots += "M\(HTMLText.coordinate(x(day))) \(HTMLText.coordinate(y(value)))h0" }
        if !dots.isEmpty { out += "<path class=\"dots\" d=\"\(dots)\"/>" }
        if rolling.count > 1 {
            let line = zip(days, rolling).map { "\(HTMLText.coordinate(x($0))),\(HTMLText.coordinate(y($1)))" }.joined(separator: " ")
            out += "<polyline class=\"median\" points=\"\(line)\"/>"
        }
        return SVGDrawing(width: width, height: height, body: out)
    }

    private static func axisLines(left: Double, top: Double, width: Double, height: Double) -> String {
        let bottom = HTMLText.coordinate(top + height)
        return "<path class=\"axis\" d=\"M\(HTMLText.coordinate(left)) \(HTMLText.coordinate(top))V\(bottom)H\(HTMLText.coordinate(left + width))\"/>"
    }
}
