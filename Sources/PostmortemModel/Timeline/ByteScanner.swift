#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#else
import Darwin
#endif
/// A cursor over UTF-8 bytes for the small grammars of times and durations.
///
/// Timelines are read on every keystroke in the editor, so these grammars work on bytes
/// and never build intermediate strings or regular expressions. Every `read…` method
/// either consumes what it matched or leaves the position where it was.
struct ByteScanner {
    let bytes: [UInt8]
    var position: Int
    let end: Int
    /// How the document writes numeric dates, for the date grammar.
    let conventions: DateConventions

    init(_ bytes: [UInt8], _ range: Range<Int>, conventions: DateConventions = DateConventions()) {
        self.bytes = bytes
        position = range.lowerBound
        end = min(range.upperBound, bytes.count)
        self.conventions = conventions
    }

    var isAtEnd: Bool { position >= end }

    func peek(_ ahead: Int = 0) -> UInt8? {
        position + ahead < end ? bytes[position + ahead] : nil
    }

    /// Skips spaces and tabs; returns how many bytes it skipped.
    @discardableResult
    mutating func skipSpaces() -> Int {
        let start = position
        while let b = peek(), b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") { position += 1 }
        return position - start
    }

    mutating func read(_ byte: UInt8) -> Bool {
        guard peek() == byte else { return false }
        position += 1
        return true
    }

    mutating func skip(while predicate: (UInt8) -> Bool) {
        while let b = peek(), predicate(b) { position += 1 }
    }

    /// Up to `maxCount` ASCII digits as a number, nil when there is none.
    mutating func readNumber(maxCount: Int) -> (value: Int, count: Int)? {
        var value = 0
        var count = 0
        while count < maxCount, let b = peek(), Self.isDigit(b) {
            value = value * 10 + Int(b - UInt8(ascii: "0"))
            position += 1
            count += 1
        }
        return count > 0 ? (value, count) : nil
    }

    /// Exactly `count` digits not followed by another digit.
    mutating func readDigits(exactly count: Int) -> Int? {
        let start = position
        guard let number = readNumber(maxCount: count), number.count == count, !(peek().map(Self.isDigit) ?? false) else {
            position = start
            return nil
        }
        return number.value
    }

    /// The run of ASCII letters at the position, without consuming it.
    func letters() -> Range<Int> {
        var i = position
        while i < end, Self.isLetter(bytes[i]) { i += 1 }
        return position..<i
    }

    /// Consumes `word` (ASCII, compared without case) when a non-letter follows it.
    mutating func readWord(_ word: String) -> Bool {
        let run = letters()
        guard run.count == word.utf8.count, Self.equalsIgnoringCase(bytes[run], word) else { return false }
        position = run.upperBound
        return true
    }

    /// Consumes the word of `words` that the letters at the position spell, if any (see `readWord`).
    mutating func readAnyWord(_ words: WordList) -> String? {
        let run = letters()
        guard let word = words.word(spelledBy: bytes[run]) else { return nil }
        position = run.upperBound
        return word
    }

    func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    static func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }

    static func isLetter(_ b: UInt8) -> Bool {
        (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z")
    }

    static func equalsIgnoringCase(_ slice: ArraySlice<UInt8>, _ word: String) -> Bool {
        zip(slice, word.utf8).allSatisfy { a, b in (isLetter(a) ? a | 0x20 : a) == (isLetter(b) ? b | 0x20 : b) }
    }

    /// The first `byte` in `bytes[range]`, found with `memchr`: scanning every line of a
    /// document for a colon byte by byte cost more than the rest of reading its metadata.
    static func firstIndex(of byte: UInt8, in bytes: [UInt8], _ range: Range<Int>) -> Int? {
        guard !range.isEmpty else { return nil }
        return bytes.withUnsafeBufferPointer { buffer in
            let base = UnsafeRawPointer(buffer.baseAddress!)
            return memchr(base + range.lowerBound, Int32(byte), range.count).map { UnsafeRawPointer($0) - base }
        }
    }
}

/// A set of ASCII words, found without case at a run of letters in the source without
/// building a string: grouped by length, so a run is compared with the few words as long.
/// Built once (a `static let`), since grouping costs more than one lookup. The spellings lie
/// in one flat buffer: a lookup reads it by index, where arrays of arrays would count a
/// reference to each inner array, shared by every thread that lints.
struct WordList: Sendable, ExpressibleByArrayLiteral {
    /// The lower-case spellings, shortest first, each length's in the order they came.
    private let spellings: [UInt8]
    /// The words of length `n` are `words[lengthStarts[n]..<lengthStarts[n + 1]]`, spelled
    /// from `spellingStarts[n]` on, `n` bytes each.
    private let lengthStarts: [Int]
    private let spellingStarts: [Int]
    private let words: [String]

    init(_ words: some Sequence<String>) {
        var byLength: [[(spelling: [UInt8], word: String)]] = []
        for word in words {
            let spelling = Array(word.lowercased().utf8)
            while byLength.count <= spelling.count { byLength.append([]) }
            byLength[spelling.count].append((spelling, word))
        }
        var spellings: [UInt8] = []
        var lengthStarts = [0]
        var spellingStarts: [Int] = []
        for group in byLength {
            spellingStarts.append(spellings.count)
            for entry in group { spellings += entry.spelling }
            lengthStarts.append(lengthStarts[lengthStarts.count - 1] + group.count)
        }
        self.spellings = spellings
        self.lengthStarts = lengthStarts
        self.spellingStarts = spellingStarts
        self.words = byLength.flatMap { $0.map(\.word) }
    }

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    /// The word `letters` spells (ASCII letters only, as `ByteScanner.letters` reads them), if any.
    func word(spelledBy letters: ArraySlice<UInt8>) -> String? {
        index(spelledBy: letters).map { words[$0] }
    }

    func contains(_ letters: ArraySlice<UInt8>) -> Bool {
        index(spelledBy: letters) != nil
    }

    private func index(spelledBy letters: ArraySlice<UInt8>) -> Int? {
        let length = letters.count
        guard length < spellingStarts.count else { return nil }
        var offset = spellingStarts[length]
        for entry in lengthStarts[length]..<lengthStarts[length + 1] {
            var matches = true
            for (position, letter) in letters.enumerated() where spellings[offset + position] != letter | 0x20 {
                matches = false
                break
            }
            if matches { return entry }
            offset += length
        }
        return nil
    }
}
