/// A time zone as a postmortem writes it: an abbreviation (`UTC`, `ET`, `CEST`) or a
/// numeric offset (`+02:00`, `UTC-5`).
///
/// Generic names (`ET`, `PT`, `CT`, `MT`) follow US daylight-saving time, so `9:14am ET`
/// on 15 April is 13:14 UTC; without a date they read as standard time.
public struct WrittenZone: Sendable, Hashable, CustomStringConvertible {
    /// The abbreviation in upper case, or the offset as `+HH:MM` for a numeric zone.
    public var name: String
    /// Whether the zone was written as a number rather than a name, which leaves no doubt.
    public var isNumeric: Bool
    private var rule: Rule

    private enum Rule: Hashable {
        case fixed(Int)
        /// US daylight-saving time: standard offset in winter, one hour more in summer.
        case unitedStates(standard: Int)
    }

    /// A numeric offset, in seconds east of UTC.
    public init(offsetSeconds: Int) {
        name = ClockFormat.offset(offsetSeconds) == "Z" ? "+00:00" : ClockFormat.offset(offsetSeconds)
        isNumeric = true
        rule = .fixed(offsetSeconds)
    }

    /// A known abbreviation, in any case; nil for a name pmlint does not know.
    public init?(named text: String) {
        let upper = text.uppercased()
        guard let rule = Self.named[upper] else { return nil }
        name = upper == "Z" ? "UTC" : upper
        isNumeric = false
        self.rule = rule
    }

    /// A city whose zone teams name instead of an abbreviation (`10:00 Denver`), with
    /// its daylight-saving rule; nil for a city pmlint does not know.
    public init?(city text: String) {
        guard let rule = Self.cities[text] else { return nil }
        name = text
        isNumeric = false
        self.rule = rule
    }

    /// A zone as a configuration or front matter states it: `UTC`, `ET`, `+02:00`,
    /// `UTC-5`, `GMT+05:30`. Nil for anything else.
    public init?(parsing text: String) {
        let bytes = Array(text.uppercased().utf8)
        var s = ByteScanner(bytes, 0..<bytes.count)
        s.skipSpaces()
        if let offset = TimeText.readNumericOffset(&s, requireMinutes: false) {
            self.init(offsetSeconds: offset)
        } else if let zone = TimeText.readNamedZone(&s) {
            self = zone
        } else {
            return nil
        }
        s.skipSpaces()
        guard s.isAtEnd else { return nil }
    }

    public var description: String { name }

    /// Seconds east of UTC on `date` (standard time when the date is unknown).
    public func offsetSeconds(on date: CalendarDate?) -> Int {
        switch rule {
        case .fixed(let offset): offset
        case .unitedStates(let standard): standard + (date.map(Self.isUSDaylightTime) == true ? 3600 : 0)
        }
    }

    /// Whether two zones name the same offsets, so that mixing them confuses no reader
    /// (`UTC` and `GMT`, `ET` and `EDT` in summer are still two names; this is about offsets).
    public func sameOffsets(as other: WrittenZone, on date: CalendarDate?) -> Bool {
        offsetSeconds(on: date) == other.offsetSeconds(on: date)
    }

    private static let hour = 3600
    /// The abbreviations postmortems use. `IST` is India Standard Time, by far the most
    /// common reading in incident reports; `CST` is US Central.
    private static let named: [String: Rule] = [
        "UTC": .fixed(0), "GMT": .fixed(0), "Z": .fixed(0),
        "ET": .unitedStates(standard: -5 * hour), "EST": .fixed(-5 * hour), "EDT": .fixed(-4 * hour),
        "CT": .unitedStates(standard: -6 * hour), "CST": .fixed(-6 * hour), "CDT": .fixed(-5 * hour),
        "MT": .unitedStates(standard: -7 * hour), "MST": .fixed(-7 * hour), "MDT": .fixed(-6 * hour),
        "PT": .unitedStates(standard: -8 * hour), "PST": .fixed(-8 * hour), "PDT": .fixed(-7 * hour),
        "WET": .fixed(0), "BST": .fixed(hour), "CET": .fixed(hour), "CEST": .fixed(2 * hour),
        "EET": .fixed(2 * hour), "EEST": .fixed(3 * hour), "IST": .fixed(5 * hour + 1800),
        "SGT": .fixed(8 * hour), "JST": .fixed(9 * hour), "KST": .fixed(9 * hour),
        "AEST": .fixed(10 * hour), "AEDT": .fixed(11 * hour), "NZST": .fixed(12 * hour), "NZDT": .fixed(13 * hour),
        "HST": .fixed(-10 * hour), "AKST": .fixed(-9 * hour), "AKDT": .fixed(-8 * hour), "BRT": .fixed(-3 * hour),
        "SAST": .fixed(2 * hour), "MSK": .fixed(3 * hour), "WIB": .fixed(7 * hour), "HKT": .fixed(8 * hour),
        "AWST": .fixed(8 * hour), "ACST": .fixed(9 * hour + 1800),
    ]

    /// US cities and zones named in words that teams write in place of an abbreviation
    /// (`7:09 AM Eastern`), one word each (capitalised as written).
    private static let cities: [String: Rule] = [
        "Denver": .unitedStates(standard: -7 * hour), "Phoenix": .fixed(-7 * hour), "Chicago": .unitedStates(standard: -6 * hour),
        "Seattle": .unitedStates(standard: -8 * hour), "Boston": .unitedStates(standard: -5 * hour),
        "Austin": .unitedStates(standard: -6 * hour), "Dallas": .unitedStates(standard: -6 * hour),
        "Eastern": .unitedStates(standard: -5 * hour), "Central": .unitedStates(standard: -6 * hour),
        "Mountain": .unitedStates(standard: -7 * hour), "Pacific": .unitedStates(standard: -8 * hour),
    ]

    /// The city names as a word list, for reading them in the source without building strings.
    static let cityNames = WordList(cities.keys)

    /// Whether a name is a zone abbreviation pmlint knows (upper case only, so that words
    /// such as "at" or "est." in prose never read as zones).
    static func isKnownAbbreviation(_ text: String) -> Bool {
        text == text.uppercased() && named[text] != nil
    }

    /// US daylight-saving time runs from the second Sunday of March to the first Sunday of
    /// November (since 2007). Day granularity: the 2 a.m. switch hour is not modelled.
    static func isUSDaylightTime(_ date: CalendarDate) -> Bool {
        guard (3...11).contains(date.month) else { return false }
        if (4...10).contains(date.month) { return true }
        let first = CalendarDate(year: date.year, month: date.month, day: 1)!
        let firstSunday = 1 + (7 - first.weekday) % 7
        return date.month == 3 ? date.day >= firstSunday + 7 : date.day < firstSunday
    }
}

extension CalendarDate {
    /// 0 for Sunday through 6 for Saturday (1970-01-01 was a Thursday).
    public var weekday: Int {
        let days = daysSinceEpoch + 4
        return ((days % 7) + 7) % 7
    }
}
