import LintEngine
import PostmortemModel

/// One duration (TTD, TTA, TTM or TTR) across the archive: a point per incident that has
/// it and a date, a rolling median, and the median and 90th percentile per quarter.
/// Incidents without the figure are listed, never placed by guess.
public struct ResponseTimes: Sendable {
    /// An incident's value, placed on its date.
    public struct Point: Sendable {
        public var document: Int
        public var date: CalendarDate
        public var seconds: Int
        /// The median of this point and the ones before it in the rolling window.
        public var rollingMedian: Int
    }

    public struct QuarterFigures: Sendable {
        public var quarter: Quarter
        public var incidents: Int
        public var median: Int
        public var p90: Int
    }

    /// `ttd`, `tta`, `ttm` or `ttr`, as `pmlint metrics` names it.
    public var name: String
    /// By date, then path.
    public var points: [Point]
    public var quarters: [QuarterFigures]
    /// Over every incident that has the figure, dated or not.
    public var median: Int?
    public var p90: Int?
    /// Documents whose figure is unknown (a moment missing from metadata and timeline).
    public var unknown: [Int]
    /// Documents with the figure but no date of incident: counted in the median, not charted.
    public var undated: [Int]

    /// How many incidents, up to and including each point, its rolling median spans: a
    /// twentieth of the charted incidents, from 5 to 25, so that the line follows a trend
    /// rather than each incident.
    public var rollingWindow: Int

    init(_ documents: [ReportDocument], durationIndex: Int) {
        name = IncidentFigures.durationNames[durationIndex]
        let values = documents.map { $0.figures.durations[durationIndex].seconds }
        unknown = documents.indices.filter { values[$0] == nil }
        undated = documents.indices.filter { values[$0] != nil && documents[$0].date == nil }
        let known = values.compactMap { $0 }
        median = Statistics.median(known)
        p90 = Statistics.percentile(0.9, of: known)
        let placed = documents.indices.compactMap { index in
            documents[index].date.flatMap { date in values[index].map { (index, date, $0) } }
        }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }
        let rollingWindow = min(25, max(5, placed.count / 20))
        self.rollingWindow = rollingWindow
        points = placed.indices.map { position in
            let window = placed[max(0, position - rollingWindow + 1)...position].map(\.2)
            return Point(document: placed[position].0, date: placed[position].1, seconds: placed[position].2,
                         rollingMedian: Statistics.median(window)!)
        }
        var byQuarter: [Quarter: [Int]] = [:]
        for point in points { byQuarter[Quarter(point.date), default: []].append(point.seconds) }
        quarters = byQuarter.keys.sorted().map { quarter in
            let values = byQuarter[quarter]!
            return QuarterFigures(quarter: quarter, incidents: values.count, median: Statistics.median(values)!,
                                  p90: Statistics.percentile(0.9, of: values)!)
        }
    }
}
