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

    /// The tags of the keywords written at `start` of `text` (ASCII capitals read as lower
    /// case), in the order the keywords came, `start` being a word start; stops at the first
    /// for which `isDone` says so, and tells whether one did.
    func forEachTag(at start: Int, in text: UnsafeBufferPointer<UInt8>, _ isDone: (Int) -> Bool) -> Bool {
        let first = Int(ASCII.lowercased(text[start]))
        return bytes.withUnsafeBufferPointer { bytes in
            for keyword in firstByteStarts[first]..<firstByteStarts[first + 1]
            where Self.isWritten(bytes[starts[keyword]..<starts[keyword + 1]], at: start, in: text) {
                if isDone(tags[keyword]) { return true }
            }
            return false
        }
    }

    /// Whether a keyword begins with the (lower-case) byte: asked of every byte of a text.
    func opens(_ byte: UInt8) -> Bool {
        firstByteStarts[Int(byte)] < firstByteStarts[Int(byte) + 1]
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
