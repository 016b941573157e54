/// Reads the times postmortems write, from the start of a text.
///
/// Accepted, with any of the zones of `WrittenZone` after the clock:
/// `09:14`, `09:14:30`, `9:14am`, `9:14 a.m.`, `9am`, `2024-04-15T09:14:00-04:00`,
/// `2024-04-15 09:14 UTC`, `April 15, 2024 9:14 AM`, `Nov 10, 2022 2:12 PM`,
/// `15 April 2024 at 09:14`, `UTC+2`, `GMT-05:00`, `(UTC)`, and relative offsets
/// `T+00:25`, `T+25m`, `+7mins`, alone or after a clock (`12:07:00 (+7mins)`).
/// Leading Markdown markup (`**`, `_`, `` ` ``, `[`) and `@` are skipped.
public enum TimeText {
    public static func read(_ text: String) -> TimeReading {
        let bytes = Array(text.utf8)
        return read(bytes, in: 0..<bytes.count)
    }

    public static func read(_ bytes: [UInt8], in range: Range<Int>, conventions: DateConventions = DateConventions()) -> TimeReading {
        var s = ByteScanner(bytes, range, conventions: conventions)
        while let b = s.peek(), leadingMarkup.contains(b) { s.position += 1 }
        return readTime(&s)
    }

    /// Reads a time at the scanner's position; on `.none` the position is unchanged.
    static func readTime(_ s: inout ByteScanner) -> TimeReading {
        let start = s.position
        if let relative = readRelative(&s) {
            return .time(WrittenTime(range: start..<s.position, relativeSeconds: relative))
        }
        let (date, isISO) = readDate(&s)
        let afterDate = s.position
        if date != nil { skipDateTimeSeparator(&s) }
        switch readClock(&s, allowCompact: date != nil) {
        case .none:
            if let date {
                // `2019-12-03 --:--`, `2022-02-02 X`: the time of day left for later.
                if let missing = missingClock(s) {
                    return .invalid(range: start..<missing, reason: "the time of day is left blank")
                }
                // A row known only to the day is an entry at day granularity.
                return .time(WrittenTime(range: start..<afterDate, date: date))
            }
            s.position = start
            return placeholder(s)
        case .invalid(let reason):
            return .invalid(range: start..<s.position, reason: reason)
        case .seconds(let secondsOfDay):
            var time = WrittenTime(range: start..<s.position, date: date, secondsOfDay: secondsOfDay)
            time.zone = readZone(&s, allowAttachedOffset: isISO)
            if date == nil, let after = readDateAfterClock(&s) { time.date = after }
            time.range = start..<s.position
            if let relative = readRelativeSuffix(&s) {
                time.relativeSeconds = relative
                time.range = start..<s.position
            }
            return .time(time)
        }
    }

    /// The end of a blank clock after a date (`--:--`, `X`, `XX:XX`, `??:??`, `HH:MM`), if one stands there.
    static func missingClock(_ s: ByteScanner) -> Int? {
        var i = s.position
        while i < s.end, "-:?XxHMhm".utf8.contains(s.bytes[i]) { i += 1 }
        guard i > s.position, i == s.end || !ByteScanner.isLetter(s.bytes[i]) else { return nil }
        var run = s.bytes[s.position..<i]
        while run.last == UInt8(ascii: ":") { run = run.dropLast() }
        guard !run.isEmpty else { return nil }
        i = run.endIndex
        // `X` alone, or a clock's shape (`--:--`); a lone dash or colon separates the event.
        return (run.count >= 3 && run.dropFirst().contains(UInt8(ascii: ":"))) || run.allSatisfy({ $0 | 0x20 == UInt8(ascii: "x") }) ? i : nil
    }

    /// A date written after the clock: `16:21 UTC, 3 October 2021`, `09:14 on 2024-04-15`.
    static func readDateAfterClock(_ s: inout ByteScanner) -> CalendarDate? {
        let start = s.position
        _ = s.read(UInt8(ascii: ","))
        guard s.skipSpaces() > 0 else { s.position = start; return nil }
        if s.readWord("on") { s.skipSpaces() }
        guard let b = s.peek(), ByteScanner.isDigit(b) || ByteScanner.isLetter(b), case (let date?, _) = readDate(&s) else {
            s.position = start
            return nil
        }
        return date
    }

    /// Why a template's `HH:MM` or `TBD` is not a time; rules leave these to the
    /// placeholder rule, which reports every unfilled template field the same way.
    public static let placeholderReason = "it is a placeholder"

    /// Markup and punctuation that may stand before a time in Markdown.
    static let leadingMarkup: Set<UInt8> = Set("*_`[(@~\"' \t".utf8)

    // MARK: Dates

    /// `2024-04-15` (or with slashes), or a date with a month name; the flag tells whether
    /// it was ISO, after which an attached offset (`-04:00`) is a zone, not a range.
    static func readDate(_ s: inout ByteScanner) -> (CalendarDate?, Bool) {
        let start = s.position
        if let year = s.readDigits(exactly: 4), let separator = s.peek(),
           separator == UInt8(ascii: "-") || separator == UInt8(ascii: "/") {
            s.position += 1
            if let month = s.readDigits(exactly: 2), s.read(separator), let day = s.readDigits(exactly: 2),
               let date = CalendarDate(year: year, month: month, day: day) {
                return (date, true)
            }
        }
        s.position = start
        if let date = readDayMonthDate(&s) { return (date, false) }
        s.position = start
        if let date = readNamedDate(&s) { return (date, false) }
        s.position = start
        return (nil, false)
    }

    /// `03-10-2021`, `03.10.2021`, `3/10/2021` in the order the document settles (see
    /// `DateConventions`), and `12-05` without a year before a clock (`[12-05 16:21]`),
    /// month first unless the document writes the day first.
    static func readDayMonthDate(_ s: inout ByteScanner) -> CalendarDate? {
        let start = s.position
        guard let written = readNumericDayMonth(&s) else { return nil }
        // A bare `12-05` is a date only before a clock, where nothing else reads so.
        if written.year == nil, s.peek() != UInt8(ascii: " ") || s.peek(1).map(ByteScanner.isDigit) != true {
            s.position = start
            return nil
        }
        let (a, b) = (written.first, written.second)
        let dayFirst: Bool? = a > 12 ? true : b > 12 ? false : s.conventions.dayFirst ?? (written.year == nil ? false : nil)
        guard let dayFirst else { s.position = start; return nil }
        let (day, month) = dayFirst ? (a, b) : (b, a)
        guard let year = written.year ?? s.conventions.year(forMonth: month), let date = CalendarDate(year: year, month: month, day: day)
        else { s.position = start; return nil }
        return date
    }

    /// The numbers of `dd-mm-yyyy` (separators `-`, `.` or `/`, the same twice) or of
    /// `mm-dd` (two digits each, `-` or `/`), leaving the position after the last.
    static func readNumericDayMonth(_ s: inout ByteScanner) -> (first: Int, second: Int, year: Int?)? {
        let start = s.position
        guard let a = s.readNumber(maxCount: 2), !(s.peek().map(ByteScanner.isDigit) ?? false), let separator = s.peek(),
              separator == UInt8(ascii: "-") || separator == UInt8(ascii: ".") || separator == UInt8(ascii: "/") else {
            s.position = start
            return nil
        }
        s.position += 1
        guard let b = s.readNumber(maxCount: 2), !(s.peek().map(ByteScanner.isDigit) ?? false) else { s.position = start; return nil }
        let afterPair = s.position
        if s.read(separator), let year = s.readDigits(exactly: 4) { return (a.value, b.value, year) }
        s.position = afterPair
        guard separator != UInt8(ascii: "."), a.count == 2, b.count == 2 else { s.position = start; return nil }
        return (a.value, b.value, nil)
    }

    /// `[Monday,] April 15[th][,] 2024` or `15 April 2024`.
    static func readNamedDate(_ s: inout ByteScanner) -> CalendarDate? {
        if s.readAnyWord(DateText.weekdayNames) != nil {
            _ = s.read(UInt8(ascii: ","))
            s.skipSpaces()
        }
        if let month = readMonth(&s) {
            s.skipSpaces()
            guard let day = readDay(&s) else { return nil }
            let afterDay = s.position
            _ = s.read(UInt8(ascii: ","))
            s.skipSpaces()
            if let year = s.readDigits(exactly: 4) { return CalendarDate(year: year, month: month, day: day) }
            // `July 22`, `May 31`: the incident's year, when the document gives one.
            guard let year = s.conventions.year(forMonth: month) else { return nil }
            s.position = afterDay
            return CalendarDate(year: year, month: month, day: day)
        }
        guard let day = readDay(&s), s.skipSpaces() > 0, let month = readMonth(&s) else { return nil }
        _ = s.read(UInt8(ascii: ","))
        s.skipSpaces()
        guard let year = s.readDigits(exactly: 4) else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    static func readMonth(_ s: inout ByteScanner) -> Int? {
        guard let name = s.readAnyWord(DateText.monthNames) else { return nil }
        _ = s.read(UInt8(ascii: "."))
        return DateText.months[name]
    }

    /// `15`, `15th`, `1st`.
    static func readDay(_ s: inout ByteScanner) -> Int? {
        guard let day = s.readNumber(maxCount: 2), !(s.peek().map(ByteScanner.isDigit) ?? false) else { return nil }
        _ = s.readAnyWord(ordinalSuffixes)
        return day.value
    }

    private static let ordinalSuffixes: WordList = ["st", "nd", "rd", "th"]

    /// `T`, or spaces with an optional `,`, `at` or `@` between date and clock.
    static func skipDateTimeSeparator(_ s: inout ByteScanner) {
        if let b = s.peek(), b | 0x20 == UInt8(ascii: "t"), s.peek(1).map(ByteScanner.isDigit) == true {
            s.position += 1
            return
        }
        _ = s.read(UInt8(ascii: ","))
        s.skipSpaces()
        if s.readWord("at") || s.read(UInt8(ascii: "@")) { s.skipSpaces() }
    }

    // MARK: Clock

    enum Clock {
        case seconds(Int)
        case invalid(String)
        case none
    }

    /// `9:14`, `09:14:30.5`, `9:14pm`, `9 a.m.`, `10h47`, and after a date `1625`; hours
    /// and minutes checked. `allowCompact` admits four bare digits, which elsewhere are a year.
    static func readClock(_ s: inout ByteScanner, allowCompact: Bool = false) -> Clock {
        let start = s.position
        if allowCompact, let compact = s.readDigits(exactly: 4) {
            if !(s.peek().map(ByteScanner.isLetter) ?? false), compact / 100 < 24, compact % 100 < 60 {
                return .seconds(compact / 100 * 3600 + compact % 100 * 60)
            }
            s.position = start
        }
        guard let hour = s.readNumber(maxCount: 2), !(s.peek().map(ByteScanner.isDigit) ?? false) else {
            s.position = start
            return .none
        }
        var minute = 0
        var second = 0
        // `10h47`, `15h50`: the French and Quebec way of writing a 24-hour clock.
        if let h = s.peek(), h | 0x20 == UInt8(ascii: "h"), s.peek(1).map(ByteScanner.isDigit) == true {
            s.position += 1
            if let m = s.readDigits(exactly: 2), !(s.peek().map(ByteScanner.isLetter) ?? false), hour.value < 24, m < 60 {
                return .seconds(hour.value * 3600 + m * 60)
            }
            s.position = start
            return .none
        }
        let hasColon = s.read(UInt8(ascii: ":"))
        if hasColon {
            guard let m = s.readDigits(exactly: 2) else {
                s.skip(while: ByteScanner.isDigit)
                return .invalid("the minutes need two digits")
            }
            minute = m
            if s.peek() == UInt8(ascii: ":"), s.peek(1).map(ByteScanner.isDigit) == true {
                s.position += 1
                guard let sec = s.readDigits(exactly: 2) else { return .invalid("the seconds need two digits") }
                second = sec
                if s.peek() == UInt8(ascii: "."), s.peek(1).map(ByteScanner.isDigit) == true {
                    s.position += 1
                    s.skip(while: ByteScanner.isDigit)
                }
            }
        }
        let beforeMeridiem = s.position
        let meridiem = readMeridiem(&s)
        if meridiem == nil {
            s.position = beforeMeridiem
            guard hasColon else {
                s.position = start
                return .none
            }
        }
        var hour24 = hour.value
        if let isPM = meridiem {
            guard (1...12).contains(hour.value) else { return .invalid("\(hour.value) is not an hour of a 12-hour clock") }
            hour24 = hour.value % 12 + (isPM ? 12 : 0)
        }
        guard hour24 < 24 else { return .invalid("\(hour.value) is not an hour of the day") }
        guard minute < 60 else { return .invalid("\(minute) is not a minute of the hour") }
        guard second < 61 else { return .invalid("\(second) is not a second of the minute") }
        return .seconds(hour24 * 3600 + minute * 60 + min(second, 59))
    }

    /// `am`, `pm`, `a.m.`, `p.m.` (any case, one optional space before): true for pm.
    static func readMeridiem(_ s: inout ByteScanner) -> Bool? {
        let start = s.position
        if s.skipSpaces() > 1 { s.position = start; return nil }
        let letters = s.letters()
        let word = s.text(letters).lowercased()
        if word == "am" || word == "pm" {
            s.position = letters.upperBound
            return word == "pm"
        }
        if word == "a" || word == "p", s.peek(1) == UInt8(ascii: "."), let m = s.peek(2), m | 0x20 == UInt8(ascii: "m") {
            s.position += 3
            _ = s.read(UInt8(ascii: "."))
            return word == "p"
        }
        s.position = start
        return nil
    }

    // MARK: Zones

    /// `Z`, `+02:00` (attached only after an ISO date-time, where it cannot be a range),
    /// ` +0200`, ` UTC`, ` (UTC)`, ` UTC+2`, ` GMT-05:30`, ` ET`.
    static func readZone(_ s: inout ByteScanner, allowAttachedOffset: Bool) -> WrittenZone? {
        let start = s.position
        if let b = s.peek(), b == UInt8(ascii: "Z") || b == UInt8(ascii: "z"), !(s.peek(1).map(ByteScanner.isLetter) ?? false) {
            s.position += 1
            return WrittenZone(named: "Z")
        }
        if allowAttachedOffset, let offset = readNumericOffset(&s, requireMinutes: true) {
            return WrittenZone(offsetSeconds: offset)
        }
        guard s.skipSpaces() == 1 || (s.position == start && allowAttachedOffset) else {
            s.position = start
            return nil
        }
        if let offset = readNumericOffset(&s, requireMinutes: true) { return WrittenZone(offsetSeconds: offset) }
        if let b = s.peek(), b >= UInt8(ascii: "A"), b <= UInt8(ascii: "Z"), let city = s.readAnyWord(WrittenZone.cityNames),
           let zone = WrittenZone(city: city) {
            return zone
        }
        guard let zone = readNamedZone(&s) else {
            s.position = start
            return nil
        }
        return zone
    }

    /// `UTC`, `(UTC)`, `UTC+2`, `GMT-05:30`, `ET`: a known upper-case abbreviation.
    static func readNamedZone(_ s: inout ByteScanner) -> WrittenZone? {
        let start = s.position
        let parenthesised = s.read(UInt8(ascii: "("))
        let word = s.letters()
        let name = s.text(word)
        guard WrittenZone.isKnownAbbreviation(name), name != "Z", var zone = WrittenZone(named: name) else {
            s.position = start
            return nil
        }
        s.position = word.upperBound
        if name == "UTC" || name == "GMT", let offset = readNumericOffset(&s, requireMinutes: false) {
            zone = WrittenZone(offsetSeconds: offset)
        }
        if parenthesised && !s.read(UInt8(ascii: ")")) {
            s.position = start
            return nil
        }
        return zone
    }

    /// `+02:00`, `-0500`, `+05:30`, and (without `requireMinutes`) `+2`, `-5`.
    static func readNumericOffset(_ s: inout ByteScanner, requireMinutes: Bool) -> Int? {
        let start = s.position
        guard let sign = s.peek(), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") else { return nil }
        s.position += 1
        var minutes = 0
        guard let hours = s.readNumber(maxCount: 2) else { s.position = start; return nil }
        if s.peek() == UInt8(ascii: ":"), s.peek(1).map(ByteScanner.isDigit) == true {
            s.position += 1
            guard let m = s.readDigits(exactly: 2) else { s.position = start; return nil }
            minutes = m
        } else if hours.count == 2, let m = s.readDigits(exactly: 2) {
            minutes = m
        } else if requireMinutes {
            s.position = start
            return nil
        }
        let followedByWord = s.peek().map { ByteScanner.isLetter($0) || ByteScanner.isDigit($0) } ?? false
        guard hours.value <= 14, minutes < 60, !followedByWord, !requireMinutes || hours.count == 2 else {
            s.position = start
            return nil
        }
        let total = hours.value * 3600 + minutes * 60
        return sign == UInt8(ascii: "-") ? -total : total
    }

    // MARK: Relative offsets

    /// `T+00:25`, `T+25m`, `T+25` (minutes), `+7mins`, `+1h 5m`.
    static func readRelative(_ s: inout ByteScanner) -> Int? {
        let start = s.position
        var hasT = false
        if let b = s.peek(), b | 0x20 == UInt8(ascii: "t"), let sign = s.peek(1), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            s.position += 1
            hasT = true
        }
        guard let sign = s.peek(), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-"), s.peek(1).map(ByteScanner.isDigit) == true
        else { s.position = start; return nil }
        s.position += 1
        let magnitude: Int?
        if hasT, let clock = readHoursMinutes(&s) {
            magnitude = clock
        } else if let amount = DurationText.readUnits(&s, allowAttached: true) {
            magnitude = amount
        } else if hasT, let minutes = s.readNumber(maxCount: 4) {
            magnitude = minutes.value * 60
        } else {
            magnitude = nil
        }
        guard let value = magnitude, !(s.peek().map(ByteScanner.isLetter) ?? false) else { s.position = start; return nil }
        return sign == UInt8(ascii: "-") ? -value : value
    }

    /// `00:25` or `1:05:30` as a duration in seconds.
    static func readHoursMinutes(_ s: inout ByteScanner) -> Int? {
        let start = s.position
        guard let hours = s.readNumber(maxCount: 3), s.read(UInt8(ascii: ":")), let minutes = s.readDigits(exactly: 2), minutes < 60 else {
            s.position = start
            return nil
        }
        var seconds = 0
        if s.peek() == UInt8(ascii: ":"), s.peek(1).map(ByteScanner.isDigit) == true {
            s.position += 1
            guard let sec = s.readDigits(exactly: 2) else { s.position = start; return nil }
            seconds = sec
        }
        return hours.value * 3600 + minutes * 60 + seconds
    }

    /// ` (+7mins)` or ` T+00:07` after a clock time.
    static func readRelativeSuffix(_ s: inout ByteScanner) -> Int? {
        let start = s.position
        s.skipSpaces()
        let parenthesised = s.read(UInt8(ascii: "("))
        guard let value = readRelative(&s), !parenthesised || s.read(UInt8(ascii: ")")) else {
            s.position = start
            return nil
        }
        return value
    }

    // MARK: Placeholders

    /// `HH:MM`, `XX:XX`, `??:??`, `TBD`, `YYYY-MM-DD` or `2023-MM-DD` where a time should be: a
    /// template not filled in, or a date whose unknown parts the author left as template letters.
    static func placeholder(_ s: ByteScanner) -> TimeReading {
        let word = s.letters()
        let text = s.text(word).uppercased()
        if ["TBD", "TBC", "TODO", "UNKNOWN"].contains(text) {
            return .invalid(range: word, reason: placeholderReason)
        }
        if let date = templateDate(s) { return .invalid(range: date, reason: placeholderReason) }
        var i = s.position
        while i < s.end, s.bytes[i] == UInt8(ascii: "?") || s.bytes[i] == UInt8(ascii: ":") || ByteScanner.isLetter(s.bytes[i]) && "HMSXhmsx".utf8.contains(s.bytes[i]) {
            i += 1
        }
        let candidate = s.text(s.position..<i)
        if candidate.contains(":"), candidate.count >= 4, i == s.end || !ByteScanner.isLetter(s.bytes[i]) {
            return .invalid(range: s.position..<i, reason: placeholderReason)
        }
        return .none
    }

    /// `YYYY-MM-DD`, `2023-MM-DD`, `2023-03-DD`: three parts joined by `-` or `/`, each digits or
    /// one of the letters Y, M, D repeated, at least one of them letters.
    private static func templateDate(_ s: ByteScanner) -> Range<Int>? {
        var i = s.position
        var parts = 0
        var hasLetters = false
        while i < s.end, parts < 3 {
            let first = s.bytes[i] | 0x20
            let partStart = i
            if ByteScanner.isDigit(s.bytes[i]) {
                while i < s.end, ByteScanner.isDigit(s.bytes[i]) { i += 1 }
            } else if first == UInt8(ascii: "y") || first == UInt8(ascii: "m") || first == UInt8(ascii: "d") {
                while i < s.end, s.bytes[i] | 0x20 == first { i += 1 }
                hasLetters = true
            }
            guard i > partStart else { return nil }
            parts += 1
            if parts < 3 {
                guard i < s.end, s.bytes[i] == UInt8(ascii: "-") || s.bytes[i] == UInt8(ascii: "/") else { return nil }
                i += 1
            }
        }
        guard parts == 3, hasLetters, i == s.end || !ByteScanner.isLetter(s.bytes[i]) && !ByteScanner.isDigit(s.bytes[i]) else { return nil }
        return s.position..<i
    }
}
