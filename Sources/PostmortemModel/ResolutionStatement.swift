/// A sentence that says the incident is over: "the situation was resolved", "the last of the
/// issues were resolved", "resolved at 23:01", "the incident is now resolved". Many teams never
/// write a `Status:` field and say it this way, at the opening or where they tell how it ended,
/// so it is the document's status.
///
/// "Resolved" counts after a form of *be* (with an adverb such as "now" or "fully" between) or
/// before the time it happened ("at 23:01", "by 10pm"), never after "not" or "be" ("will be
/// resolved" is a promise), and never inside a longer word ("unresolved").
enum ResolutionStatement {
    /// The first statement in `range`, or nil. Looks only at words starting with `r`, so a
    /// paragraph costs one byte comparison per byte.
    static func find(in bytes: [UInt8], _ range: Range<Int>) -> Range<Int>? {
        let word = Array("resolved".utf8)
        var i = range.lowerBound
        while i + word.count <= range.upperBound {
            defer { i += 1 }
            guard bytes[i] | 0x20 == UInt8(ascii: "r"), i == range.lowerBound || !isLetter(bytes[i - 1]),
                  zip(bytes[i..<(i + word.count)], word).allSatisfy({ $0 | 0x20 == $1 }),
                  i + word.count == range.upperBound || !isLetter(bytes[i + word.count]) else { continue }
            let found = i..<(i + word.count)
            if isAfterBe(found.lowerBound, bytes, range) || isBeforeTime(found.upperBound, bytes, range) { return found }
        }
        return nil
    }

    private static let forms: Set<String> = ["was", "were", "is", "are", "been", "got"]
    private static let adverbs: Set<String> = ["now", "fully", "finally", "completely", "all", "then"]

    /// "was resolved", "is now resolved", "were all fully resolved"; not "was not resolved".
    private static func isAfterBe(_ start: Int, _ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        var end = start
        for _ in 0..<3 {
            guard let previous = wordBefore(end, bytes, range) else { return false }
            let text = String(decoding: bytes[previous], as: UTF8.self).lowercased()
            if forms.contains(text) { return true }
            guard adverbs.contains(text) else { return false }
            end = previous.lowerBound
        }
        return false
    }

    /// "resolved at 23:01", "resolved by 11pm": the end given with its time.
    private static func isBeforeTime(_ end: Int, _ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        var i = end
        guard i < range.upperBound, bytes[i] == UInt8(ascii: " ") else { return false }
        i += 1
        guard i + 3 < range.upperBound, bytes[i] | 0x20 == UInt8(ascii: "a") && bytes[i + 1] | 0x20 == UInt8(ascii: "t")
                || bytes[i] | 0x20 == UInt8(ascii: "b") && bytes[i + 1] | 0x20 == UInt8(ascii: "y"),
              bytes[i + 2] == UInt8(ascii: " ") else { return false }
        i += 3
        while i < range.upperBound, bytes[i] == UInt8(ascii: "[") || bytes[i] == UInt8(ascii: "*") { i += 1 }
        return i < range.upperBound && bytes[i] &- UInt8(ascii: "0") < 10
    }

    private static func wordBefore(_ end: Int, _ bytes: [UInt8], _ range: Range<Int>) -> Range<Int>? {
        var stop = end
        while stop > range.lowerBound, bytes[stop - 1] == UInt8(ascii: " ") || bytes[stop - 1] == UInt8(ascii: "\n") { stop -= 1 }
        var start = stop
        while start > range.lowerBound, isLetter(bytes[start - 1]) { start -= 1 }
        return start < stop ? start..<stop : nil
    }

    private static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- UInt8(ascii: "a") < 26 }
}
