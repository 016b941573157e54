/// Finds the length of an incident stated in prose ("experienced a 2-hour 33-minute
/// incident", "for around 25 minutes", "from 15:39 to approximately 16:23").
///
/// Prose is full of other lengths ("alerted within 5 minutes", "checks every 5 minutes"),
/// so a length counts only when its words say it is the incident's: after "for",
/// "lasted", "took" and the like, or before "outage", "incident", "downtime". After an
/// article or "of" it counts only when no other noun follows: "a 2-hour outage" is the
/// incident's, "a 48 hour notice" is not. A span between two clock times always counts.
enum StatedDurationFinder {
    static let wordsBefore: Set<String> = ["for", "lasted", "lasting", "lasts", "took", "total", "duration", "spanning", "spanned"]
    /// Words before a length that leave it to the word after: "a 2-hour outage", "of 25 minutes".
    static let articles: Set<String> = ["of", "a", "an"]
    static let wordsAfter: Set<String> = ["outage", "incident", "disruption", "downtime", "interruption", "degradation",
                                          "service", "event", "long"]

    /// The first stated incident length in `bytes[range]`, with the range of its words.
    static func first(in bytes: [UInt8], _ range: Range<Int>) -> (seconds: Int, range: Range<Int>)? {
        var i = range.lowerBound
        while i < range.upperBound {
            if i == range.lowerBound || !KeywordMatch.isWordByte(bytes[i - 1]), mayStartLength(bytes, at: i, end: range.upperBound) {
                var s = ByteScanner(bytes, i..<range.upperBound)
                if let span = TimeSpanText.readRange(&s), span.seconds > 0 {
                    return (span.seconds, i..<s.position)
                }
                s.position = i
                // Under a minute is a latency ("took up to three seconds"), never an incident's length.
                if let seconds = DurationText.readUnits(&s, allowAttached: true), seconds >= 60,
                   isIncidentLength(bytes, i..<s.position, within: range) {
                    return (seconds, i..<s.position)
                }
            }
            i += 1
        }
        return nil
    }

    /// Whether a time span or a length can start at `i`: a digit, a sign (`+25m`), or a word
    /// the grammars start with. Summaries are read word by word, and most words are none of
    /// these, so the full grammars run only where they can match.
    static func mayStartLength(_ bytes: [UInt8], at i: Int, end: Int) -> Bool {
        let b = bytes[i]
        if ByteScanner.isDigit(b) || b == UInt8(ascii: "+") || b == UInt8(ascii: "-") { return true }
        return ByteScanner.isLetter(b) && startWords.contains(bytes[ByteScanner(bytes, i..<end).letters()])
    }

    /// The words a span (`from`, `between`, a date's weekday or month, `T+`) or a length
    /// (`half`, `two`, `an`) can start with.
    static let startWords = WordList(["from", "between", "half", "t"] + DurationText.numberWords.keys + DateText.weekdays
                                     + DateText.months.keys)

    static func isIncidentLength(_ bytes: [UInt8], _ words: Range<Int>, within range: Range<Int>) -> Bool {
        var before = words.lowerBound
        var afterArticle = false
        while let word = previousWord(bytes, before: before, from: range.lowerBound) {
            if DurationText.qualifiers.contains(bytes[word]) { before = word.lowerBound; continue }
            let lowered = String(decoding: bytes[word], as: UTF8.self).lowercased()
            if wordsBefore.contains(lowered) { return true }
            afterArticle = articles.contains(lowered)
            break
        }
        var s = ByteScanner(bytes, words.upperBound..<range.upperBound)
        while let b = s.peek(), b == UInt8(ascii: " ") || b == UInt8(ascii: "-") { s.position += 1 }
        let next = s.text(s.letters()).lowercased()
        return wordsAfter.contains(next) || (afterArticle && next.isEmpty)
    }

    /// The letters of the word before `index`, skipping spaces and `~`.
    static func previousWord(_ bytes: [UInt8], before index: Int, from lowerBound: Int) -> Range<Int>? {
        var end = index
        while end > lowerBound, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "~") { end -= 1 }
        var start = end
        while start > lowerBound, ByteScanner.isLetter(bytes[start - 1]) { start -= 1 }
        return start < end ? start..<end : nil
    }
}
