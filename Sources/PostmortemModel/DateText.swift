/// Reads calendar dates as people write them in postmortems.
///
/// Accepted: `2024-04-15`, `2024/04/15`, `2024-04-15T09:14Z` (the date part),
/// `April 15, 2024`, `Apr 15 2024`, `15 April 2024`, `15 Apr, 2024`, `Monday, April 15, 2024` and
/// `Monday, 2024-04-15`.
/// Ambiguous numeric forms such as `04/05/2024` are refused rather than guessed.
public enum DateText {
    public static func parse(_ text: String) -> CalendarDate? {
        let words = tokens(text)
        guard !words.isEmpty else { return nil }
        if let iso = isoDate(words[0]), words.count == 1 || (words.count <= 4 && words.dropFirst().allSatisfy(isTimeLike)) {
            return iso
        }
        var rest = words[...]
        if let first = rest.first, weekdays.contains(first.lowercased()) {
            rest = rest.dropFirst()
            // "Wednesday, 2018-08-22"
            if let iso = rest.first.flatMap(isoDate), rest.dropFirst().allSatisfy(isTimeLike) { return iso }
        }
        return monthNameDate(Array(rest))
    }

    /// Whether `text` is a date as a reader sees one: anything `parse` reads, a numeric
    /// date in either order (`03/10/2021`, `31.07.2018`), or a date with a weekday and an
    /// ordinal in any order (`Tuesday 31st July 2018`), followed by nothing but a time.
    public static func isDate(_ text: String) -> Bool {
        if parse(text) != nil { return true }
        let bytes = Array(text.utf8)
        for dayFirst in [true, false] {
            var s = ByteScanner(bytes, 0..<bytes.count, conventions: DateConventions(dayFirst: dayFirst))
            s.skipSpaces()
            if case (_?, _) = TimeText.readDate(&s) {
                let rest = tokens(String(decoding: bytes[s.position...], as: UTF8.self))
                if rest.allSatisfy(isTimeLike) { return true }
            }
        }
        return false
    }

    /// A date at the start of `text`, with the number of UTF-8 bytes it took; for fields
    /// such as "2024-04-15 (moved from 2024-04-01)".
    public static func parsePrefix(_ text: String) -> CalendarDate? {
        let words = tokens(text)
        for count in stride(from: min(words.count, 4), through: 1, by: -1) {
            if let date = parse(words.prefix(count).joined(separator: " ")) { return date }
        }
        return nil
    }

    static let months: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
        "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
        "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    ]
    static let weekdays: Set<String> = [
        "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thurs", "thursday",
        "fri", "friday", "sat", "saturday", "sun", "sunday",
    ]
    /// The keys of `months` and the members of `weekdays`, for `ByteScanner.readAnyWord`,
    /// which matches them in the source without building a string for every word it reads.
    static let monthNames = WordList(months.keys)
    static let weekdayNames = WordList(weekdays)

    /// Splits on spaces and commas; a trailing period of an abbreviation is dropped.
    static func tokens(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" })
            .map { $0.hasSuffix(".") ? String($0.dropLast()) : String($0) }
            .filter { !$0.isEmpty }
    }

    static func isoDate(_ word: String) -> CalendarDate? {
        let bytes = Array(word.utf8)
        guard bytes.count >= 10 else { return nil }
        let separator = bytes[4]
        guard separator == UInt8(ascii: "-") || separator == UInt8(ascii: "/"), bytes[7] == separator,
              let year = number(bytes[0..<4]), let month = number(bytes[5..<7]), let day = number(bytes[8..<10])
        else { return nil }
        if bytes.count > 10 && bytes[10] != UInt8(ascii: "T") && bytes[10] != UInt8(ascii: "t") { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    static func monthNameDate(_ words: [String]) -> CalendarDate? {
        guard words.count >= 3 else { return nil }
        let a = words[0], b = words[1], c = words[2]
        let trailing = words.dropFirst(3)
        guard trailing.allSatisfy(isTimeLike) else { return nil }
        if let month = months[a.lowercased()], let day = ordinal(b), let year = year(c) {
            return CalendarDate(year: year, month: month, day: day)
        }
        if let day = ordinal(a), let month = months[b.lowercased()], let year = year(c) {
            return CalendarDate(year: year, month: month, day: day)
        }
        return nil
    }

    /// "15", "15th", "1st".
    static func ordinal(_ word: String) -> Int? {
        var digits = Substring(word)
        for suffix in ["st", "nd", "rd", "th"] where digits.lowercased().hasSuffix(suffix) {
            digits = digits.dropLast(2)
        }
        guard digits.count <= 2, let value = Int(digits) else { return nil }
        return value
    }

    static func year(_ word: String) -> Int? {
        guard word.utf8.count == 4, let value = Int(word) else { return nil }
        return value
    }

    /// Clock times, zones and am/pm that may follow a date without changing it.
    static func isTimeLike(_ word: String) -> Bool {
        let w = word.lowercased()
        if ["am", "pm", "utc", "gmt", "z", "at", "(utc)"].contains(w) { return true }
        // "9:14", "09:14:00Z", or a zone abbreviation such as "ET" or "CEST".
        return w.first?.isNumber == true && w.contains(":")
            || (word.count <= 4 && word.allSatisfy { $0.isUppercase })
    }

    static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for b in bytes {
            guard b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(b - UInt8(ascii: "0"))
        }
        return value
    }
}
