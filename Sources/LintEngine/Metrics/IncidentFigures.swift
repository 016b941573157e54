import PostmortemModel

/// The figures a review asks of one postmortem: when the incident started, was detected,
/// mitigated and resolved, how long each step took, and how its follow-up stands.
/// `pmlint metrics` prints them; they are computed here so every front end agrees.
public struct IncidentFigures: Sendable {
    public var metrics: IncidentMetrics
    public var actions: ActionItemTally
    /// Where each moment and duration comes from, by name (`start` … `resolution`, `ttd` … `ttr`).
    public var sources: [(name: String, source: FigureSource?)]

    public init(document: PostmortemDocument, today: CalendarDate?) {
        metrics = document.timeline.metrics
        actions = ActionItemTally(document.actionItems, today: today)
        let lines = document.source.lines
        func line(_ offset: Int) -> Int { lines.line(containing: offset) + 1 }
        func source(_ milestone: Milestone?) -> FigureSource? {
            milestone.map { milestone in
                switch milestone.origin {
                case .metadata: .metadata(line: line(milestone.range.lowerBound))
                case .statement: .stated(line: line(milestone.range.lowerBound))
                case .timeline: .timeline(line: line(milestone.range.lowerBound))
                }
            }
        }
        let moments = [("start", metrics.start), ("detection", metrics.detection), ("mitigation", metrics.mitigation),
                       ("resolution", metrics.resolution)].map { (name: $0.0, source: source($0.1)) }
        let durations = zip(Self.durationNames, metrics.figures).map { name, figure -> (name: String, source: FigureSource?) in
            guard let figure else { return (name, nil) }
            if let stated = figure.stated { return (name, .stated(line: line(stated.range.lowerBound))) }
            guard let from = figure.from, let to = figure.to else { return (name, nil) }
            return (name, .between(from: line(from.range.lowerBound), to: line(to.range.lowerBound)))
        }
        sources = moments + durations
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

/// Where a figure was read, so a reader can check it: 1-based lines of the document.
public enum FigureSource: Sendable, Equatable {
    /// A timeline entry.
    case timeline(line: Int)
    /// A key timestamp of the metadata.
    case metadata(line: Int)
    /// A duration the document states (`Time to detection: 7 hours`), or a moment its
    /// opening states in a sentence.
    case stated(line: Int)
    /// A duration computed between two moments (a timeline entry or a key timestamp each).
    case between(from: Int, to: Int)

    /// `L18`, `L18 (metadata)`, `L80 (stated)`, `L14-L20`.
    public var description: String {
        switch self {
        case .timeline(let line): "L\(line)"
        case .metadata(let line): "L\(line) (metadata)"
        case .stated(let line): "L\(line) (stated)"
        case .between(let from, let to): "L\(from)-L\(to)"
        }
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
