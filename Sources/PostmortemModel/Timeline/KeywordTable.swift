import MarkdownSyntax

/// Lower-case keywords grouped by their first byte, each with a tag, in one flat buffer:
/// a text is read once however many keywords there are, each position compared only with
/// the keywords that begin with its byte. Reads go by index, where arrays of arrays would
/// count a reference to each inner array at every lookup, shared by every linting thread.
struct KeywordTable: Sendable, Equatable {
    /// The keywords' bytes, those of keyword `k` at `bytes[starts[k]..<starts[k + 1]]`.
    private let bytes: [UInt8]
    private let starts: [Int]
    private let tags: [Int]
    /// The keywords that begin with byte `b` are `firstByteStarts[b]..<firstByteStarts[b + 1]`.
    private let firstByteStarts: [Int]

    /// - Parameter keywords: lower-case keywords and their tags; empty ones are left out,
    ///   and those with the same first byte keep their order.
    init(_ keywords: [(word: [UInt8], tag: Int)]) {
        let sorted = keywords.filter { !$0.word.isEmpty }.enumerated().sorted { a, b in
            (a.element.word[0], a.offset) < (b.element.word[0], b.offset)
        }.map(\.element)
        var bytes: [UInt8] = []
        var starts = [0]
        var firstByteStarts = [Int](repeating: 0, count: 257)
        for keyword in sorted {
            bytes += keyword.word
            starts.append(bytes.count)
            firstByteStarts[Int(keyword.word[0]) + 1] += 1
        }
        for index in firstByteStarts.indices.dropFirst() { firstByteStarts[index] += firstByteStarts[index - 1] }
        self.bytes = bytes
        self.starts = starts
        tags = sorted.map(\.tag)
        self.firstByteStarts = firstByteStarts
    }

    /// Calls `found` with the tag of each keyword written at a word start of `text` (ASCII
    /// capitals read as lower case) and not negated there, in the text's order; stops when
    /// `found` says so, and tells whether it did.
    func forEachOccurrence(in text: UnsafeBufferPointer<UInt8>, _ found: (Int) -> Bool) -> Bool {
        bytes.withUnsafeBufferPointer { keywordBytes in
            for start in text.indices {
                let first = Int(ASCII.lowercased(text[start]))
                guard firstByteStarts[first] < firstByteStarts[first + 1], start == 0 || !KeywordMatch.isWordByte(text[start - 1]) else { continue }
                for keyword in firstByteStarts[first]..<firstByteStarts[first + 1]
                where Self.isWritten(keywordBytes[starts[keyword]..<starts[keyword + 1]], at: start, in: text)
                    && !KeywordMatch.isNegated(text, before: start) {
                    if found(tags[keyword]) { return true }
                }
            }
            return false
        }
    }

    private static func isWritten(_ keyword: Slice<UnsafeBufferPointer<UInt8>>, at start: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard start + keyword.count <= text.count else { return false }
        var position = start
        for byte in keyword {
            if ASCII.lowercased(text[position]) != byte { return false }
            position += 1
        }
        return true
    }
}
