import ArchiveReport
import PostmortemModel

/// Section 2: TTD, TTA, TTM and TTR per incident over time, and per quarter.
enum ResponseTimesHTML {
    static let titles = ["ttd": "Time to detect (TTD)", "tta": "Time to acknowledge (TTA)", "ttm": "Time to mitigate (TTM)",
                         "ttr": "Time to resolve (TTR)"]

    static func html(_ page: ReportPage) -> String {
        var out = "<section id=\"response-times\" aria-labelledby=\"response-times-heading\"><h2 id=\"response-times-heading\">Response times</h2>"
        out += "<p>A dot per incident on its date (logarithmic scale); the dashed line is a rolling median. "
            + "Times come from the metadata's key timestamps, else from the timeline, as <code>pmlint metrics</code> reads them. "
            + "Incidents whose figure is unknown are listed under each chart, never placed on it.</p>"
        for times in page.report.responseTimes { out += figure(times, page: page) }
        return out + "</section>\n"
    }

    static func figure(_ times: ResponseTimes, page: ReportPage) -> String {
        let title = titles[times.name] ?? times.name.uppercased()
        let short = times.name.uppercased()
        var summary = "\(HTMLText.plural(times.points.count + times.undated.count, "incident")) with a \(short)"
        if let median = times.median, let p90 = times.p90 {
            summary += ": median \(DurationText.describe(median)), 90th percentile \(DurationText.describe(p90))"
        }
        if let last = times.quarters.last { summary += "; in \(last.quarter) the median was \(DurationText.describe(last.median))" }
        summary += ". The line is the median of each incident and the \(times.rollingWindow - 1) before it"
        summary += ". \(HTMLText.plural(times.unknown.count, "incident")) without one"
        summary += times.undated.isEmpty ? "." : "; \(times.undated.count) with one but no date, not charted."
        let days = times.points.map(\.date.daysSinceEpoch)
        let svg = Charts.timeDots(days: days, seconds: times.points.map(\.seconds), rolling: times.points.map(\.rollingMedian),
                                  firstDay: page.report.overview.firstDate?.daysSinceEpoch ?? 0,
                                  lastDay: page.report.overview.lastDate?.daysSinceEpoch ?? 0) { CalendarDate(daysSinceEpoch: $0).description }
        let table = HTMLTable(caption: "\(title) per quarter", headers: ["Quarter", "Incidents", "Median", "90th percentile"],
                              rows: times.quarters.map { quarter in
                                  [.text(quarter.quarter.description), .number(quarter.incidents), .duration(quarter.median), .duration(quarter.p90)]
                              }, note: "Each incident's value is in the documents table and in pmlint metrics.")
        var out = ChartFigure(id: "chart-\(times.name)", title: "\(title) per incident", summary: summary, svg: svg, table: table).html
        out += "<details class=\"unknown\"><summary>\(HTMLText.plural(times.unknown.count, "incident")) with an unknown \(short)</summary>\(page.links(times.unknown))</details>"
        if !times.undated.isEmpty {
            out += "<details class=\"unknown\"><summary>\(HTMLText.plural(times.undated.count, "incident")) with a \(short) but no date</summary>\(page.links(times.undated))</details>"
        }
        return out
    }
}
