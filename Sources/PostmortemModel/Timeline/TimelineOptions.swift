/// How the timeline is read, beyond what the document says itself.
public struct TimelineOptions: Sendable, Equatable {
    /// The zone of times that state none when the document states none either
    /// (`UTC`, `ET`, `+02:00`); nil leaves such times without a zone.
    public var defaultZone: WrittenZone?
    /// A time earlier than the previous entry's by at least this many seconds is read as
    /// the next day (23:50 then 00:10); a smaller step back is an out-of-order entry.
    /// Entries that say "next day" roll over whatever the step.
    public var rolloverThreshold: Int
    /// Keywords per event kind (see `EventKind.defaultKeywords`).
    public var eventKeywords: [EventKind: [String]] {
        didSet { eventClassifier = EventClassifier(keywords: eventKeywords) }
    }
    /// `eventKeywords` made into a table once per configuration, not once per document.
    public private(set) var eventClassifier: EventClassifier

    public init(defaultZone: WrittenZone? = nil, rolloverThreshold: Int = 12 * 3600,
                eventKeywords: [EventKind: [String]] = EventKind.defaultKeywords) {
        self.defaultZone = defaultZone
        self.rolloverThreshold = rolloverThreshold
        self.eventKeywords = eventKeywords
        eventClassifier = EventClassifier(keywords: eventKeywords)
    }
}
