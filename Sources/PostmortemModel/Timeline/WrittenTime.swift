/// A time as written in a timeline entry or a metadata field, before dates and zones are
/// carried over from the rest of the document.
public struct WrittenTime: Sendable, Equatable {
    /// The bytes the expression covers.
    public var range: Range<Int>
    /// A date written with the time (`2024-04-15 09:14`, `April 15, 2024 9:14 AM`).
    public var date: CalendarDate?
    /// Seconds after midnight; nil for a purely relative time (`T+00:25`).
    public var secondsOfDay: Int?
    /// A zone written with the time (`ET`, `Z`, `+02:00`).
    public var zone: WrittenZone?
    /// An offset from the start of the incident (`(+7mins)`, `T+00:25`).
    public var relativeSeconds: Int?

    public init(range: Range<Int>, date: CalendarDate? = nil, secondsOfDay: Int? = nil, zone: WrittenZone? = nil,
                relativeSeconds: Int? = nil) {
        self.range = range
        self.date = date
        self.secondsOfDay = secondsOfDay
        self.zone = zone
        self.relativeSeconds = relativeSeconds
    }
}

/// What reading the start of a text as a time found.
public enum TimeReading: Sendable, Equatable {
    case time(WrittenTime)
    /// Something that looks like a time but cannot be one (`25:10`, `HH:MM`, a date
    /// without a time of day); `reason` says why, as a clause ("25 is not an hour of the day").
    case invalid(range: Range<Int>, reason: String)
    /// Nothing time-like.
    case none

    public var time: WrittenTime? {
        if case .time(let time) = self { time } else { nil }
    }
}
