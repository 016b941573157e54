import PostmortemModel

/// The figures a review asks of one postmortem: when the incident started, was detected,
/// mitigated and resolved, how long each step took, and how its follow-up stands.
/// `pmlint metrics` prints them; they are computed here so every front end agrees.
public struct IncidentFigures: Sendable {
    public var metrics: IncidentMetrics
    public var actions: ActionItemTally

    public init(document: PostmortemDocument, today: CalendarDate?) {
        metrics = document.timeline.metrics
        actions = ActionItemTally(document.actionItems, today: today)
    }

    /// The durations in the order they are printed, by name.
    public var durations: [(name: String, seconds: Int?)] {
        let values = [metrics.timeToDetect, metrics.timeToAcknowledge, metrics.timeToMitigate, metrics.timeToResolve]
        return zip(Self.durationNames, values).map { (name: $0, seconds: $1) }
    }

    /// The moments in the order they are printed, by name.
    public var moments: [(name: String, milestone: Milestone?)] {
        [("start", metrics.start), ("detection", metrics.detection), ("mitigation", metrics.mitigation), ("resolution", metrics.resolution)]
    }
}

/// The figures of many postmortems together: the mean of each duration over the documents
/// that have it, and the action items summed.
public struct IncidentTotals: Sendable {
    public var documents: Int
    /// Mean seconds by duration name (`ttd`, `tta`, `ttm`, `ttr`); nil where no document has one.
    public var meanDurations: [(name: String, seconds: Int?)]
    public var actions: ActionItemTally

    public init(_ figures: [IncidentFigures]) {
        documents = figures.count
        actions = figures.reduce(ActionItemTally()) { $0 + $1.actions }
        let names = IncidentFigures.durationNames
        meanDurations = names.indices.map { index in
            let values = figures.compactMap { $0.durations[index].seconds }
            return (names[index], values.isEmpty ? nil : Int((Double(values.reduce(0, +)) / Double(values.count)).rounded()))
        }
    }
}

extension IncidentFigures {
    /// Time to detect, acknowledge, mitigate and resolve.
    public static let durationNames = ["ttd", "tta", "ttm", "ttr"]
}
