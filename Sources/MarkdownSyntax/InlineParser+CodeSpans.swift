/// Where the backtick runs of one inline content are, by length, so that each opening
/// run finds its closing run (the next run of exactly the same length) by binary search
/// instead of rescanning the rest of the text.
struct CodeSpanIndex {
    private var runsByLength: [Int: [Int]] = [:]

    init(bytes: UnsafeBufferPointer<UInt8>, segments: [Range<Int>]) {
        for segment in segments {
            var i = segment.lowerBound
            while i < segment.upperBound {
                guard bytes[i] == ASCII.backtick else {
                    i += 1
                    continue
                }
                let start = i
                while i < segment.upperBound && bytes[i] == ASCII.backtick { i += 1 }
                runsByLength[i - start, default: []].append(start)
            }
        }
    }

    /// The start of the first run of exactly `length` backticks starting at or after `offset`.
    func firstRun(length: Int, from offset: Int) -> Int? {
        guard let starts = runsByLength[length] else { return nil }
        var low = 0
        var high = starts.count
        while low < high {
            let mid = (low + high) / 2
            if starts[mid] < offset { low = mid + 1 } else { high = mid }
        }
        return low < starts.count ? starts[low] : nil
    }
}

extension InlineRun {
    /// A code span, or the whole backtick run as text when nothing closes it.
    mutating func scanCodeSpan() -> Bool {
        let start = position
        var openerEnd = start
        while openerEnd < segmentEnd && bytes[openerEnd] == ASCII.backtick { openerEnd += 1 }
        let length = openerEnd - start
        if codeSpans == nil { codeSpans = CodeSpanIndex(bytes: bytes, segments: segments) }
        guard let closer = codeSpans?.firstRun(length: length, from: openerEnd) else {
            appendText(start..<openerEnd)
            position = openerEnd
            return true
        }
        var content = openerEnd..<closer
        // One space (or line ending) is stripped from each side when both have one.
        if content.count >= 2 && isSpaceOrLineEnding(bytes[content.lowerBound]) && isSpaceOrLineEnding(bytes[content.upperBound - 1])
            && content.contains(where: { !isSpaceOrLineEnding(bytes[$0]) }) {
            content = (content.lowerBound + 1)..<(content.upperBound - 1)
        }
        append(Inline(kind: .code(content: content), range: start..<(closer + length)))
        move(to: closer + length)
        return true
    }

    private func isSpaceOrLineEnding(_ b: UInt8) -> Bool {
        b == ASCII.space || b == ASCII.newline || b == ASCII.carriageReturn
    }
}
