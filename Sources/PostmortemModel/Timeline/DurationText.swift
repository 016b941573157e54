/// Reads and writes lengths of time as postmortems state them: `2 hours 33 minutes`,
/// `2-hour 33-minute`, `~25 minutes`, `1.5 hours`, `an hour`, `1h 5m`, `90 min`.
public enum DurationText {
    /// The duration of a whole text such as a `Duration` cell: units (`2 hours 33 minutes`),
    /// a clock-style length (`2:33`), or a range (`15:39 – 16:23`), after an optional
    /// qualifier (`~`, `about`, `approximately`). Nil when the text says something else.
    public static func parse(_ text: String) -> Int? {
        let bytes = Array(text.utf8)
        var s = ByteScanner(bytes, 0..<bytes.count)
        s.skipSpaces()
        skipQualifiers(&s)
        let start = s.position
        if let span = TimeSpanText.readRange(&s) {
            return span.seconds
        }
        s.position = start
        let value = readUnits(&s, allowAttached: true) ?? TimeText.readHoursMinutes(&s)
        s.skipSpaces()
        guard let value, s.isAtEnd || s.peek() == UInt8(ascii: "(") else { return nil }
        return value
    }

    /// A duration as people read it: `28 min`, `2 h 33 min`, `45 s`, `1 d 2 h`.
    public static func describe(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : ""
        var rest = abs(seconds)
        if rest < 60 { return "\(sign)\(rest) s" }
        let days = rest / 86_400
        rest %= 86_400
        let hours = rest / 3600
        let minutes = rest / 60 % 60
        var parts: [String] = []
        if days > 0 { parts.append("\(days) d") }
        if hours > 0 { parts.append("\(hours) h") }
        if minutes > 0 || parts.isEmpty { parts.append("\(minutes) min") }
        return sign + parts.joined(separator: " ")
    }

    /// Words that make a duration approximate without changing it.
    static let qualifiers: WordList = ["approximately", "approx", "about", "around", "roughly", "nearly", "almost", "circa", "ca",
                             "some", "over", "under", "just", "more", "less", "than", "up", "to"]

    /// Skips `~` and qualifier words; true when there was any.
    @discardableResult
    static func skipQualifiers(_ s: inout ByteScanner) -> Bool {
        let start = s.position
        while true {
            if s.read(UInt8(ascii: "~")) || s.readAnyWord(qualifiers) != nil {
                _ = s.read(UInt8(ascii: "."))
                s.skipSpaces()
                continue
            }
            return s.position > start
        }
    }

    /// One or more `number unit` pairs, joined by spaces, commas or `and`. Single-letter
    /// units (`5m`, `1h`) must be attached to their number, so that "2 m" in prose is not
    /// read; `allowAttached` is false where even that would be ambiguous.
    static func readUnits(_ s: inout ByteScanner, allowAttached: Bool) -> Int? {
        var total = 0
        var pairs = 0
        while true {
            let start = s.position
            if pairs > 0 {
                s.skipSpaces()
                _ = s.read(UInt8(ascii: ","))
                s.skipSpaces()
                if s.readWord("and") { s.skipSpaces() }
            }
            guard let amount = readPair(&s, allowAttached: allowAttached) else {
                s.position = start
                return pairs > 0 ? total : nil
            }
            total += amount
            pairs += 1
        }
    }

    /// `33 minutes`, `33-minute`, `1.5 hours`, `an hour`, `half an hour`, `5m`.
    static func readPair(_ s: inout ByteScanner, allowAttached: Bool) -> Int? {
        let start = s.position
        var scaledAmount: Int  // the amount times 10, for one decimal place
        if s.readWord("half") {
            s.skipSpaces()
            guard s.readAnyWord(articles) != nil else { s.position = start; return nil }
            scaledAmount = 5
        } else if let word = s.readAnyWord(numberWordList) {
            scaledAmount = numberWords[word, default: 1] * 10
        } else if let whole = s.readNumber(maxCount: 4) {
            scaledAmount = whole.value * 10
            if s.peek() == UInt8(ascii: "."), let digit = s.peek(1), ByteScanner.isDigit(digit) {
                s.position += 2
                s.skip(while: ByteScanner.isDigit)
                scaledAmount += Int(digit - UInt8(ascii: "0"))
            }
        } else {
            return nil
        }
        let spaced = s.skipSpaces() > 0 || s.read(UInt8(ascii: "-"))
        let word = s.letters()
        let unitText = s.text(word).lowercased()
        guard let unit = units[unitText], unitText.count > 1 || (!spaced && allowAttached) else {
            s.position = start
            return nil
        }
        s.position = word.upperBound
        return scaledAmount * unit / 10
    }

    static let units: [String: Int] = [
        "s": 1, "sec": 1, "secs": 1, "second": 1, "seconds": 1,
        "m": 60, "min": 60, "mins": 60, "minute": 60, "minutes": 60,
        "h": 3600, "hr": 3600, "hrs": 3600, "hour": 3600, "hours": 3600,
        "d": 86_400, "day": 86_400, "days": 86_400,
    ]

    static let numberWords: [String: Int] = [
        "an": 1, "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
        "ninety": 90,
    ]

    /// The keys of `numberWords`, for `ByteScanner.readAnyWord`.
    static let numberWordList = WordList(numberWords.keys)

    /// "half an hour", "half a day".
    private static let articles: WordList = ["an", "a"]
}
