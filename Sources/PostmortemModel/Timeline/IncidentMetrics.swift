/// One of the moments reviewers ask about, and where the document says it.
public struct Milestone: Sendable {
    public enum Origin: Sendable, Equatable {
        /// A key timestamp of the metadata.
        case metadata(MetadataField)
        /// A moment the report's opening states in a sentence ("Between 21:27 and 07:27 UTC …").
        case statement(MetadataField)
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

/// A length the document states itself (`Time to detection: 7 hours`, a metadata field).
public struct StatedFigure: Sendable {
    public var field: MetadataField
    public var seconds: Int
    /// The value's range.
    public var range: Range<Int>

    public init(field: MetadataField, seconds: Int, range: Range<Int>) {
        self.field = field
        self.seconds = seconds
        self.range = range
    }
}

/// One of the incident's durations and where it comes from: the document's own figure, or
/// the two moments it runs between.
public struct Figure: Sendable {
    public var seconds: Int
    /// The stated figure it was taken from, if the document states it.
    public var stated: StatedFigure?
    /// The moments it runs between when computed (both nil when stated).
    public var from: Milestone?
    public var to: Milestone?
}

/// The figures of an incident, computed once in the model so that the linter, the CLI's
/// `metrics` command and the language server agree.
///
/// A key timestamp or figure the document states wins over the timeline. Otherwise the
/// start is when impact began: an entry that says so ("outage begins"), else the first
/// entry describing impact before the first detection, else the first entry, leaving out
/// preconditions (entries half a day or more before the rest, such as a vendor release or
/// yesterday's change) unless only they describe impact. Each later moment is the earliest entry of its kind at or after
/// the one before it (detection after the start, acknowledgement after detection), and
/// the resolution is the first entry saying the incident is over ("resolved"), else the
/// last one restoring something. Durations run from the start (TTD, TTM, TTR), except TTA,
/// which runs from detection; one that would be negative is unknown.
public struct IncidentMetrics: Sendable {
    public var start: Milestone?
    public var detection: Milestone?
    public var acknowledgement: Milestone?
    public var identification: Milestone?
    public var mitigation: Milestone?
    public var resolution: Milestone?
    /// The latest entry of the timeline, for the span of a timeline without a resolution.
    public var lastEntry: Milestone?
    /// The figures the document states, by field.
    public var stated: [StatedFigure]

    /// Entries this long before the rest of the timeline are preconditions, not impact.
    static let preconditionGap = 12 * 3600

    public init(entries: [TimelineEntry], keyTimestamps: [KeyTimestamp], stated: [StatedFigure] = []) {
        self.stated = stated
        func fromMetadata(_ field: MetadataField) -> Milestone? {
            guard let key = keyTimestamps.first(where: { $0.field == field }), let instant = key.instant else { return nil }
            return Milestone(instant: instant, range: key.range, origin: key.isStatement ? .statement(field) : .metadata(field), isDateKnown: key.isDateKnown, zone: key.zone)
        }
        let timed = entries.indices.compactMap { index in
            entries[index].instant.map { Milestone(instant: $0, range: entries[index].timeRange, origin: .timeline(index),
                                                   isDateKnown: entries[index].isDateKnown, zone: entries[index].zone) }
        }.sorted { $0.instant < $1.instant }
        func index(_ milestone: Milestone) -> Int? {
            if case .timeline(let index) = milestone.origin { index } else { nil }
        }
        func isKind(_ kind: EventKind) -> (Milestone) -> Bool {
            { milestone in index(milestone).map { entries[$0].kinds.contains(kind) } ?? false }
        }
        func says(_ phrases: KeywordSet) -> (Milestone) -> Bool {
            { milestone in index(milestone).map { phrases.occurs(in: entries[$0].text) } ?? false }
        }
        /// The earliest entry of `kind` at or after `earliest`, other than `excluded`.
        func first(_ kind: EventKind, from earliest: Milestone?, excluding excluded: Milestone? = nil) -> Milestone? {
            timed.first { milestone in
                isKind(kind)(milestone) && (earliest.map { milestone.instant >= $0.instant } ?? true)
                    && (excluded.map { index($0) != index(milestone) } ?? true)
            }
        }
        start = fromMetadata(.impactStarted) ?? Self.inferredStart(timed, isDetection: isKind(.detection), isImpact: isKind(.impact),
                                                                     saysStart: says(EventKind.startPhrases))
        detection = fromMetadata(.detected) ?? first(.detection, from: start)
        acknowledgement = fromMetadata(.acknowledged) ?? first(.acknowledgement, from: detection ?? start)
        identification = fromMetadata(.identified) ?? first(.identification, from: start)
        // The start's own entry is never its mitigation: planned work that set the impact off is the start.
        mitigation = fromMetadata(.mitigated) ?? first(.mitigation, from: start, excluding: start)
        let restorations = timed.filter { milestone in isKind(.resolution)(milestone) && (start.map { milestone.instant >= $0.instant } ?? true) }
        resolution = fromMetadata(.resolved) ?? restorations.first(where: says(EventKind.overPhrases)) ?? restorations.last
        lastEntry = timed.last
    }

    /// The start when the metadata states none (see the type's documentation).
    static func inferredStart(_ timed: [Milestone], isDetection: (Milestone) -> Bool, isImpact: (Milestone) -> Bool,
                              saysStart: (Milestone) -> Bool) -> Milestone? {
        if let stated = timed.first(where: saysStart) { return stated }
        guard let detection = timed.firstIndex(where: isDetection) else { return timed.first }
        var first = 0
        for i in stride(from: detection, to: 0, by: -1) where timed[i].instant.seconds(since: timed[i - 1].instant) >= preconditionGap {
            first = i
            break
        }
        // An entry that already describes impact is no precondition, however early: builds
        // failing a day before the alert are the start.
        return timed[first..<detection].first(where: isImpact) ?? timed[..<first].first(where: isImpact) ?? timed[first]
    }

    /// The figure the document states for `field`, if any.
    func stated(_ field: MetadataField) -> StatedFigure? { stated.first { $0.field == field } }

    /// Time to detect: from the start to detection.
    public var timeToDetect: Int? { figure(.timeToDetect, from: start, to: detection)?.seconds }
    /// Time to acknowledge: from detection to acknowledgement.
    public var timeToAcknowledge: Int? { figure(.timeToAcknowledge, from: detection, to: acknowledgement)?.seconds }
    /// Time to mitigate: from the start to mitigation.
    public var timeToMitigate: Int? { figure(.timeToMitigate, from: start, to: mitigation)?.seconds }
    /// Time to resolve: from the start to resolution.
    public var timeToResolve: Int? { figure(.timeToResolve, from: start, to: resolution)?.seconds }

    /// The four durations with their sources, in the order TTD, TTA, TTM, TTR.
    public var figures: [Figure?] {
        [figure(.timeToDetect, from: start, to: detection), figure(.timeToAcknowledge, from: detection, to: acknowledgement),
         figure(.timeToMitigate, from: start, to: mitigation), figure(.timeToResolve, from: start, to: resolution)]
    }

    /// The stated figure for `field`, else the time between two moments; nil when neither
    /// is known or the moments run backwards.
    public func figure(_ field: MetadataField, from a: Milestone?, to b: Milestone?) -> Figure? {
        if let stated = stated(field) { return Figure(seconds: stated.seconds, stated: stated) }
        return Self.computed(from: a, to: b)
    }

    /// The time between two moments, nil when either is unknown or they run backwards.
    public static func computed(from a: Milestone?, to b: Milestone?) -> Figure? {
        guard let a, let b, b.instant >= a.instant else { return nil }
        return Figure(seconds: b.instant.seconds(since: a.instant), from: a, to: b)
    }

    /// How long the incident lasted by its own record: start to resolution, or to the
    /// last timeline entry when no resolution is recorded.
    public var span: (seconds: Int, from: Milestone, to: Milestone)? {
        guard let start, let end = resolution ?? lastEntry, end.instant > start.instant else { return nil }
        return (end.instant.seconds(since: start.instant), start, end)
    }
}
