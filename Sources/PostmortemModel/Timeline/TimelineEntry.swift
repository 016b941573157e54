/// One event of the timeline: a list item, a table row, or a line of a paragraph that
/// starts with a time.
public struct TimelineEntry: Sendable {
    /// The whole list item, table row or line.
    public var range: Range<Int>
    /// Where the time is written: the expression, or the whole time cell of a table.
    public var timeRange: Range<Int>
    /// The time as written; nil when it could not be read (see `problem`).
    public var written: WrittenTime?
    /// The point in time, once dates and zones are carried over; nil when unreadable.
    public var instant: Instant?
    /// Why the time could not be read, as a clause ("25 is not an hour of the day"); nil when it could.
    public var problem: String?
    /// The event's description, without the time and Markdown markup.
    public var text: String
    public var textRange: Range<Int>
    /// The recognised kinds of event, in lifecycle order; empty when none.
    public var kinds: [EventKind]
    /// The zone the time was read in: its own, the table's, the document's or the configured one.
    public var zone: WrittenZone?
    /// Whether the day is known (written, from a heading, or the incident date); when
    /// not, instants still order and subtract correctly within the timeline.
    public var isDateKnown: Bool

    public init(range: Range<Int>, timeRange: Range<Int>, written: WrittenTime?, instant: Instant? = nil, problem: String? = nil,
                text: String, textRange: Range<Int>, kinds: [EventKind] = [], zone: WrittenZone? = nil, isDateKnown: Bool = false) {
        self.range = range
        self.timeRange = timeRange
        self.written = written
        self.instant = instant
        self.problem = problem
        self.text = text
        self.textRange = textRange
        self.kinds = kinds
        self.zone = zone
        self.isDateKnown = isDateKnown
    }

    /// The latest kind in the lifecycle, to name the entry by.
    public var kind: EventKind? { kinds.last }
}

/// A key timestamp from the metadata (`Impact started at: …`, `Resolved at: …`).
public struct KeyTimestamp: Sendable {
    public var field: MetadataField
    /// The value's range.
    public var range: Range<Int>
    public var written: WrittenTime?
    public var instant: Instant?
    public var isDateKnown: Bool
    /// The zone it is read in: its own, or the document's.
    public var zone: WrittenZone?
    /// Stated in a sentence rather than a metadata field (see `Timeline.statedWindow`).
    public var isStatement = false

    public init(field: MetadataField, range: Range<Int>, written: WrittenTime?, instant: Instant?, isDateKnown: Bool, zone: WrittenZone?) {
        self.field = field
        self.range = range
        self.written = written
        self.instant = instant
        self.isDateKnown = isDateKnown
        self.zone = zone
    }
}

/// A duration the document states in words, to compare with its timeline.
public struct StatedDuration: Sendable {
    public enum Source: String, Sendable, Codable {
        /// A sentence of the summary ("a 2-hour 33-minute incident").
        case summary
        /// The `Duration` row of the impact table.
        case impactTable = "impact-table"
        /// A `Duration:` metadata field.
        case metadata
    }

    public var seconds: Int
    public var range: Range<Int>
    /// The words as written.
    public var text: String
    public var source: Source

    public init(seconds: Int, range: Range<Int>, text: String, source: Source) {
        self.seconds = seconds
        self.range = range
        self.text = text
        self.source = source
    }
}
