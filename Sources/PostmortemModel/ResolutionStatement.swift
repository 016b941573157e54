/// A sentence that says the incident is over: "the situation was resolved", "the last of the
/// issues were resolved", "resolved at 23:01", "the incident is now resolved". Many teams never
/// write a `Status:` field and say it this way, at the opening or where they tell how it ended,
/// so it is the document's status.
///
/// "Resolved" counts after a form of *be* (with an adverb such as "now" or "fully" between) or
/// before the time it happened ("at 23:01", "by 10pm"), never after "not" or "be" ("will be
/// resolved" is a promise), and never inside a longer word ("unresolved").
enum ResolutionStatement {
    private static let word = Array("resolved".utf8)
    /// How far the word can move on, by the byte under its last letter (Horspool):
    /// most bytes are not a letter of "resolved", so a paragraph is read about one byte in six.
    private static let shifts: [Int] = (0..<256).map { byte in
        word.dropLast().lastIndex(of: UInt8(byte)).map { word.count - 1 - $0 } ?? word.count
    }

    /// The first statement in `range`, or nil.
    static func find(in bytes: [UInt8], _ range: Range<Int>) -> Range<Int>? {
        let count = word.count
        var i = range.lowerBound
        while i + count <= range.upperBound {
            let last = bytes[i + count - 1] | 0x20
            if last == UInt8(ascii: "d"), i == range.lowerBound || !ByteScanner.isLetter(bytes[i - 1]),
               zip(bytes[i..<(i + count)], word).allSatisfy({ $0 | 0x20 == $1 }),
               i + count == range.upperBound || !ByteScanner.isLetter(bytes[i + count]) {
                let found = i..<(i + count)
                if isAfterBe(found.lowerBound, bytes, range) || isBeforeTime(found.upperBound, bytes, range) { return found }
            }
            i += shifts[Int(last)]
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
        while start > range.lowerBound, ByteScanner.isLetter(bytes[start - 1]) { start -= 1 }
        return start < stop ? start..<stop : nil
    }
}
