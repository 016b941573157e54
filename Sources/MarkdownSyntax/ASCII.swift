/// Byte constants and classifications shared by the block and inline parsers.
///
/// Markdown's syntax is all ASCII, so the parsers classify single bytes and never decode
/// characters: every non-ASCII byte is simply "other text". The letter and digit tests are
/// public, and inlinable, for the modules above that read words byte by byte too.
public enum ASCII {
    static let tab = UInt8(ascii: "\t")
    static let newline = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let space = UInt8(ascii: " ")
    static let hash = UInt8(ascii: "#")
    static let greaterThan = UInt8(ascii: ">")
    static let lessThan = UInt8(ascii: "<")
    static let backtick = UInt8(ascii: "`")
    static let tilde = UInt8(ascii: "~")
    static let star = UInt8(ascii: "*")
    static let underscore = UInt8(ascii: "_")
    static let dash = UInt8(ascii: "-")
    static let plus = UInt8(ascii: "+")
    static let equals = UInt8(ascii: "=")
    static let pipe = UInt8(ascii: "|")
    static let colon = UInt8(ascii: ":")
    static let backslash = UInt8(ascii: "\\")
    static let openBracket = UInt8(ascii: "[")
    static let closeBracket = UInt8(ascii: "]")
    static let openParen = UInt8(ascii: "(")
    static let closeParen = UInt8(ascii: ")")
    static let exclamation = UInt8(ascii: "!")
    static let question = UInt8(ascii: "?")
    static let slash = UInt8(ascii: "/")
    static let dot = UInt8(ascii: ".")
    static let doubleQuote = UInt8(ascii: "\"")
    static let singleQuote = UInt8(ascii: "'")
    static let at = UInt8(ascii: "@")

    @inline(__always) static func isSpaceOrTab(_ b: UInt8) -> Bool { b == space || b == tab }

    /// Space, tab, line feed, line tabulation, form feed or carriage return.
    @inline(__always) static func isWhitespace(_ b: UInt8) -> Bool { b == space || (b >= 9 && b <= 13) }

    @inlinable @inline(__always) public static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    @inlinable @inline(__always) public static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    @inlinable @inline(__always) public static func isAlphanumeric(_ b: UInt8) -> Bool { isLetter(b) || isDigit(b) }

    /// `A`–`Z` lowered, any other byte as it is.
    @inlinable @inline(__always) public static func lowercased(_ b: UInt8) -> UInt8 { isLetter(b) ? b | 0x20 : b }

    /// The ASCII punctuation characters of CommonMark (escapable with a backslash).
    @inline(__always) static func isPunctuation(_ b: UInt8) -> Bool {
        (b >= 0x21 && b <= 0x2F) || (b >= 0x3A && b <= 0x40) || (b >= 0x5B && b <= 0x60) || (b >= 0x7B && b <= 0x7E)
    }
}

/// Eight bytes tested at once (SWAR), for the scans that pass over every byte of a document
/// (line starts, UTF-8 validation, comment openers), on every keystroke in the editor.
enum ByteWord {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Whether any byte of `word` is below `limit` (at most 128). A borrow can only carry
    /// past a byte that was itself below the limit, so the answer is exact.
    @inline(__always) static func hasByte(below limit: UInt8, in word: UInt64) -> Bool {
        (word &- ones &* UInt64(limit)) & ~word & highBits != 0
    }

    @inline(__always) static func hasByte(_ byte: UInt8, in word: UInt64) -> Bool {
        hasByte(below: 1, in: word ^ (ones &* UInt64(byte)))
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// The eight bytes from `offset` (at most `count - 8`) as one word.
    @inline(__always) func word(at offset: Int) -> UInt64 {
        UnsafeRawPointer(baseAddress! + offset).loadUnaligned(as: UInt64.self)
    }

    /// The first offset in `range` holding `byte`.
    func firstIndex(of byte: UInt8, in range: Range<Int>) -> Int? {
        var i = range.lowerBound
        while i < range.upperBound {
            if i + 8 <= range.upperBound && !ByteWord.hasByte(byte, in: word(at: i)) {
                i += 8
                continue
            }
            if self[i] == byte { return i }
            i += 1
        }
        return nil
    }

    /// `range` without leading and trailing spaces and tabs.
    func trimmingSpaces(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper && ASCII.isSpaceOrTab(self[lower]) { lower += 1 }
        while upper > lower && ASCII.isSpaceOrTab(self[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    /// Whether `pattern` occurs exactly at `offset`.
    func matches(_ pattern: StaticString, at offset: Int, end: Int) -> Bool {
        let count = pattern.utf8CodeUnitCount
        guard offset + count <= end else { return false }
        let p = pattern.utf8Start
        for k in 0..<count where self[offset + k] != p[k] { return false }
        return true
    }

    /// Whether `pattern` (lowercase ASCII) occurs at `offset`, comparing letters case-insensitively.
    func matchesCaseInsensitive(_ pattern: StaticString, at offset: Int, end: Int) -> Bool {
        let count = pattern.utf8CodeUnitCount
        guard offset + count <= end else { return false }
        let p = pattern.utf8Start
        for k in 0..<count where ASCII.lowercased(self[offset + k]) != p[k] { return false }
        return true
    }

    /// The first offset in `range` where `pattern` (lowercase ASCII) starts, case-insensitively.
    func firstOccurrence(of pattern: StaticString, in range: Range<Int>) -> Int? {
        let count = pattern.utf8CodeUnitCount
        guard count > 0, range.count >= count else { return nil }
        let first = pattern.utf8Start[0]
        var i = range.lowerBound
        let last = range.upperBound - count
        while i <= last {
            // A pattern that opens with punctuation ("<!--") jumps from one candidate to the next.
            if !ASCII.isLetter(first) {
                guard let candidate = firstIndex(of: first, in: i..<(last + 1)) else { return nil }
                i = candidate
            }
            if ASCII.lowercased(self[i]) == first && matchesCaseInsensitive(pattern, at: i, end: range.upperBound) { return i }
            i += 1
        }
        return nil
    }
}
