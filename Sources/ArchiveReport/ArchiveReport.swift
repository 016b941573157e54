import LintEngine
import PostmortemModel

/// A folder of postmortems at a glance: what `pmlint report` renders as HTML or JSON.
/// Every figure comes from the documents' `IncidentFigures`, action items and findings, the
/// values `pmlint metrics` and `pmlint actions` print, so the report and the CLI agree.
public struct ArchiveReport: Sendable {
    /// The day the report judges ages against (incidents older than 30 days…).
    public var today: CalendarDate
    /// Sorted by path; the sections refer to documents by index into this list.
    public var documents: [ReportDocument]
    public var overview: Overview
    /// TTD, TTA, TTM and TTR, in that order.
    public var responseTimes: [ResponseTimes]
    public var followThrough: FollowThrough
    public var quality: Quality
    public var recurrence: Recurrence

    public init(documents: [ReportDocument], today: CalendarDate) {
        let documents = documents.sorted { $0.path < $1.path }
        self.today = today
        self.documents = documents
        overview = Overview(documents)
        responseTimes = IncidentFigures.durationNames.indices.map { ResponseTimes(documents, durationIndex: $0) }
        followThrough = FollowThrough(documents, today: today)
        quality = Quality(documents)
        recurrence = Recurrence(documents)
    }
}
