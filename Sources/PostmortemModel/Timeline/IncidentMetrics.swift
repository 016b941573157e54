/// One of the moments reviewers ask about, and where the document says it.
public struct Milestone: Sendable {
    public enum Origin: Sendable, Equatable {
        /// A key timestamp of the metadata.
        case metadata(MetadataField)
        /// The entry at this index of `Timeline.entries`.
        case timeline(Int)
    }

    public var instant: Instant
    /// Where it is written: the metadata value or the entry's time.
    public var range: Range<Int>
    public var origin: Origin
    public var isDateKnown: Bool
    /// The zone it was written in, for printing it as the document does.
    public var zone: WrittenZone?

    public init(instant: Instant, range: Range<Int>, origin: Origin, isDateKnown: Bool, zone: WrittenZone?) {
        self.instant = instant
        self.range = range
        self.origin = origin
        self.isDateKnown = isDateKnown
        self.zone = zone
    }

    /// ISO 8601 in the zone it was written in (`2024-04-15T09:14-04:00`), without the date
    /// when the document gives none, and without an offset when it states no zone.
    public var iso8601: String {
        instant.iso8601(offsetSeconds: zone?.offsetSeconds(on: instant.utcDate), includeDate: isDateKnown)
    }
}

/// The figures of an incident, computed once in the model so that the linter, the CLI's
/// `metrics` command and the language server agree.
///
/// A metadata key timestamp wins over the timeline; otherwise the start is the earliest
/// timeline entry and each other moment the earliest entry of its kind. Durations run from
/// the start (TTD, TTM, TTR), except TTA, which runs from detection.
public struct IncidentMetrics: Sendable {
    public var start: Milestone?
    public var detection: Milestone?
    public var acknowledgement: Milestone?
    public var identification: Milestone?
    public var mitigation: Milestone?
    public var resolution: Milestone?
    /// The latest entry of the timeline, for the span of a timeline without a resolution.
    public var lastEntry: Milestone?

    public init(entries: [TimelineEntry], keyTimestamps: [KeyTimestamp]) {
        func fromMetadata(_ field: MetadataField) -> Milestone? {
            guard let key = keyTimestamps.first(where: { $0.field == field }), let instant = key.instant else { return nil }
            return Milestone(instant: instant, range: key.range, origin: .metadata(field), isDateKnown: key.isDateKnown, zone: key.zone)
        }
        let timed = entries.indices.compactMap { index in
            entries[index].instant.map { Milestone(instant: $0, range: entries[index].timeRange, origin: .timeline(index),
                                                   isDateKnown: entries[index].isDateKnown, zone: entries[index].zone) }
        }
        func earliest(_ kind: EventKind) -> Milestone? {
            timed.filter { milestone in
                if case .timeline(let index) = milestone.origin { entries[index].kinds.contains(kind) } else { false }
            }.min { $0.instant < $1.instant }
        }
        start = fromMetadata(.impactStarted) ?? timed.min { $0.instant < $1.instant }
        detection = fromMetadata(.detected) ?? earliest(.detection)
        acknowledgement = fromMetadata(.acknowledged) ?? earliest(.acknowledgement)
        identification = fromMetadata(.identified) ?? earliest(.identification)
        mitigation = fromMetadata(.mitigated) ?? earliest(.mitigation)
        resolution = fromMetadata(.resolved) ?? earliest(.resolution)
        lastEntry = timed.max { $0.instant < $1.instant }
    }

    /// Time to detect: from the start to detection.
    public var timeToDetect: Int? { Self.seconds(from: start, to: detection) }
    /// Time to acknowledge: from detection to acknowledgement.
    public var timeToAcknowledge: Int? { Self.seconds(from: detection, to: acknowledgement) }
    /// Time to mitigate: from the start to mitigation.
    public var timeToMitigate: Int? { Self.seconds(from: start, to: mitigation) }
    /// Time to resolve: from the start to resolution.
    public var timeToResolve: Int? { Self.seconds(from: start, to: resolution) }

    /// How long the incident lasted by its own record: start to resolution, or to the
    /// last timeline entry when no resolution is recorded.
    public var span: (seconds: Int, from: Milestone, to: Milestone)? {
        guard let start, let end = resolution ?? lastEntry, end.instant > start.instant else { return nil }
        return (end.instant.seconds(since: start.instant), start, end)
    }

    static func seconds(from a: Milestone?, to b: Milestone?) -> Int? {
        guard let a, let b else { return nil }
        return b.instant.seconds(since: a.instant)
    }
}
