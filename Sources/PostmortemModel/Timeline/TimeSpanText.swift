/// Reads a span written as two times: `from 15:39 to approximately 16:23`,
/// `between 9:14 and 11:47`, `9:14am – 11:47am ET`, `15:39-16:23`.
enum TimeSpanText {
    struct Span {
        var seconds: Int
        var start: WrittenTime
        var end: WrittenTime
    }

    /// Words before the first time ("from 9:14", "between 9:14 and …") and between the two.
    static let openers: WordList = ["from", "between"]
    private static let joiners: WordList = ["to", "until", "till", "and", "through"]

    /// Connectors between the two times, longest first so `->` wins over `-`.
    static let connectors: [[UInt8]] = ["->", "→", "–", "—", "-"].map { Array($0.utf8) }

    static func readRange(_ s: inout ByteScanner) -> Span? {
        let start = s.position
        if s.readAnyWord(openers) != nil {
            s.skipSpaces()
            // "between approximately 21:27 and …"
            DurationText.skipQualifiers(&s)
        }
        guard let first = TimeText.readTime(&s).time, let from = first.secondsOfDay else {
            s.position = start
            return nil
        }
        s.skipSpaces()
        if s.readAnyWord(joiners) == nil, !readConnector(&s) {
            s.position = start
            return nil
        }
        s.skipSpaces()
        DurationText.skipQualifiers(&s)
        guard let second = TimeText.readTime(&s).time, let to = second.secondsOfDay else {
            s.position = start
            return nil
        }
        var seconds = to - from
        if let a = first.date, let b = second.date {
            seconds += (b.daysSinceEpoch - a.daysSinceEpoch) * 86_400
        } else if seconds < 0 {
            seconds += 86_400
        }
        if let zoneA = first.zone, let zoneB = second.zone {
            seconds -= zoneB.offsetSeconds(on: second.date) - zoneA.offsetSeconds(on: first.date)
        }
        return Span(seconds: seconds, start: first, end: second)
    }

    static func readConnector(_ s: inout ByteScanner) -> Bool {
        for connector in connectors where s.position + connector.count <= s.end
            && s.bytes[s.position..<s.position + connector.count].elementsEqual(connector) {
            s.position += connector.count
            return true
        }
        return false
    }
}
