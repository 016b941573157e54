/// A point in time, in whole seconds since 1970-01-01T00:00Z.
///
/// Postmortems write times in many zones; comparing and subtracting them needs one scale.
/// Whole seconds are enough: no timeline is written more precisely.
public struct Instant: Sendable, Hashable, Comparable, Codable {
    public var secondsSinceEpoch: Int

    public init(secondsSinceEpoch: Int) { self.secondsSinceEpoch = secondsSinceEpoch }

    /// The instant of a wall-clock time on `date` in a zone `offsetSeconds` east of UTC.
    public init(date: CalendarDate, secondsOfDay: Int, offsetSeconds: Int) {
        secondsSinceEpoch = date.daysSinceEpoch * 86_400 + secondsOfDay - offsetSeconds
    }

    public static func < (a: Instant, b: Instant) -> Bool { a.secondsSinceEpoch < b.secondsSinceEpoch }

    /// The seconds from `earlier` to `self` (negative when `earlier` is later).
    public func seconds(since earlier: Instant) -> Int { secondsSinceEpoch - earlier.secondsSinceEpoch }

    /// The day this instant falls on in UTC.
    public var utcDate: CalendarDate {
        let seconds = secondsSinceEpoch
        return CalendarDate(daysSinceEpoch: seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
    }

    public func adding(seconds: Int) -> Instant { Instant(secondsSinceEpoch: secondsSinceEpoch + seconds) }

    /// ISO 8601 in a zone `offsetSeconds` east of UTC: `2024-04-15T09:14-04:00`, or
    /// `2024-04-15T13:14Z` at offset zero; seconds only when they are not zero. A nil
    /// offset (a time whose zone nobody stated) prints local time without one.
    /// Without `includeDate`, only the clock time and offset (`09:14-04:00`), for timelines
    /// whose date is unknown.
    public func iso8601(offsetSeconds: Int? = 0, includeDate: Bool = true) -> String {
        let local = adding(seconds: offsetSeconds ?? 0)
        let secondsOfDay = local.secondsSinceEpoch - local.utcDate.daysSinceEpoch * 86_400
        var text = includeDate ? local.utcDate.description + "T" : ""
        text += ClockFormat.hoursMinutes(secondsOfDay, padHours: true)
        if secondsOfDay % 60 != 0 { text += ":" + ClockFormat.twoDigits(secondsOfDay % 60) }
        return text + (offsetSeconds.map(ClockFormat.offset) ?? "")
    }
}

/// Small formatting helpers shared by instants and durations.
enum ClockFormat {
    static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }

    /// `09:14` (or `9:14` without `padHours`) for a number of seconds into a day.
    static func hoursMinutes(_ seconds: Int, padHours: Bool) -> String {
        let hours = seconds / 3600
        return (padHours ? twoDigits(hours) : String(hours)) + ":" + twoDigits(seconds / 60 % 60)
    }

    /// `Z`, `+05:30` or `-04:00`.
    static func offset(_ seconds: Int) -> String {
        guard seconds != 0 else { return "Z" }
        let magnitude = abs(seconds)
        return (seconds < 0 ? "-" : "+") + hoursMinutes(magnitude, padHours: true)
    }
}
