/// Where each line starts, and conversions between byte offsets and (line, column) pairs.
///
/// Lines end at `\n`, `\r\n` or a lone `\r`, as in CommonMark and LSP. Line numbers and
/// columns here are zero-based; front ends add one where humans expect it.
public struct LineIndex: Sendable {
    /// Byte offset of the first byte of each line. Always holds at least one entry.
    public let lineStarts: [Int]
    private let bytes: [UInt8]
    /// UTF-8 bytes minus UTF-16 units before every `checkpointSpacing`-th byte, so that a
    /// UTF-16 column costs a short scan however long its line: a 1 MB line with thousands of
    /// findings would otherwise be rescanned from its start for each one.
    private let excessCheckpoints: [Int]
    private static let checkpointSpacing = 128

    /// Built for every document and, in the editor, on every keystroke: the loop skips eight
    /// bytes at a time while none of them is a line ending (or another control character).
    public init(bytes: [UInt8]) {
        var starts = [0]
        starts.reserveCapacity(bytes.count / 32 + 1)
        bytes.withUnsafeBufferPointer { buffer in
            var i = 0
            let n = buffer.count
            while i < n {
                if i + 8 <= n && !ByteWord.hasByte(below: UInt8(ascii: "\r") + 1, in: buffer.word(at: i)) {
                    i += 8
                    continue
                }
                let b = buffer[i]
                i += 1
                guard b <= UInt8(ascii: "\r") else { continue }
                if b == UInt8(ascii: "\n") {
                    starts.append(i)
                } else if b == UInt8(ascii: "\r") {
                    if i < n && buffer[i] == UInt8(ascii: "\n") { i += 1 }
                    starts.append(i)
                }
            }
        }
        self.lineStarts = starts
        self.bytes = bytes
        self.excessCheckpoints = Self.checkpoints(of: bytes)
    }

    /// How many more UTF-8 bytes than UTF-16 units a byte adds: every continuation byte one,
    /// less one for the lead byte of a four-byte character (two units). Summed over whole
    /// characters: 1 for two bytes, 2 for three, 4 − 2 for four.
    @inline(__always)
    private static func excess(of byte: UInt8) -> Int {
        byte & 0xC0 == 0x80 ? 1 : (byte >= 0xF0 ? -1 : 0)
    }

    /// The excess before each checkpoint, skipping ASCII eight bytes at a time.
    private static func checkpoints(of bytes: [UInt8]) -> [Int] {
        var checkpoints: [Int] = []
        checkpoints.reserveCapacity(bytes.count / checkpointSpacing + 1)
        var total = 0
        bytes.withUnsafeBufferPointer { buffer in
            for blockStart in stride(from: 0, to: buffer.count, by: checkpointSpacing) {
                checkpoints.append(total)
                let end = min(blockStart + checkpointSpacing, buffer.count)
                var i = blockStart
                while i < end {
                    if i + 8 <= end && buffer.word(at: i) & ByteWord.highBits == 0 {
                        i += 8
                        continue
                    }
                    total += excess(of: buffer[i])
                    i += 1
                }
            }
        }
        if checkpoints.count == bytes.count / checkpointSpacing { checkpoints.append(total) }
        return checkpoints
    }

    /// The UTF-16 units of the bytes `start..<end`.
    private func utf16Units(from start: Int, to end: Int) -> Int {
        end - start - (excess(before: end) - excess(before: start))
    }

    /// A character boundary in `content` at most `column` UTF-16 units into it and less than
    /// a checkpoint's spacing before the offset of that column, found by bisecting the
    /// checkpoints, so that finding the column walks only a few bytes however long the line.
    private func boundary(beforeUTF16Column column: Int, in content: Range<Int>) -> Int {
        var low = content.lowerBound / Self.checkpointSpacing + 1
        var high = content.upperBound / Self.checkpointSpacing
        var best = content.lowerBound
        while low <= high {
            let middle = (low + high) / 2
            let checkpoint = middle * Self.checkpointSpacing
            if utf16Units(from: content.lowerBound, to: checkpoint) <= column {
                best = checkpoint
                low = middle + 1
            } else {
                high = middle - 1
            }
        }
        while best > content.lowerBound && best < bytes.count && bytes[best] & 0xC0 == 0x80 { best -= 1 }
        return best
    }

    /// The excess of all bytes before `offset`.
    private func excess(before offset: Int) -> Int {
        let checkpoint = offset / Self.checkpointSpacing
        var total = excessCheckpoints[checkpoint]
        for i in checkpoint * Self.checkpointSpacing..<offset { total += Self.excess(of: bytes[i]) }
        return total
    }

    public var lineCount: Int { lineStarts.count }

    /// The zero-based line holding `offset` (an offset at the very end belongs to the last line).
    public func line(containing offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The bytes of `line` without its line ending.
    public func contentRange(ofLine line: Int) -> Range<Int> {
        let start = lineStarts[line]
        var end = line + 1 < lineStarts.count ? lineStarts[line + 1] : bytes.count
        if end > start && bytes[end - 1] == UInt8(ascii: "\n") { end -= 1 }
        if end > start && bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return start..<end
    }

    /// (line, UTF-8 column) of a byte offset.
    public func utf8Position(of offset: Int) -> (line: Int, column: Int) {
        let line = line(containing: offset)
        return (line, offset - lineStarts[line])
    }

    /// (line, UTF-16 column) of a byte offset, as LSP counts by default.
    public func utf16Position(of offset: Int) -> (line: Int, column: Int) {
        let offset = min(max(offset, 0), bytes.count)
        let line = line(containing: offset)
        return (line, utf16Units(from: lineStarts[line], to: offset))
    }

    /// The byte offset of (line, UTF-8 column), clamped into the line so that a stale or
    /// out-of-range position from an editor never points outside the document.
    public func offset(line: Int, utf8Column column: Int) -> Int {
        guard line < lineStarts.count else { return bytes.count }
        guard line >= 0 else { return 0 }
        let content = contentRange(ofLine: line)
        // Clamped before adding: an editor may send any Int, and Int.max + start overflows.
        var offset = content.lowerBound + min(max(column, 0), content.count)
        // Never land inside a multi-byte character.
        while offset > content.lowerBound && offset < bytes.count && bytes[offset] & 0xC0 == 0x80 { offset -= 1 }
        return offset
    }

    /// The byte offset of (line, UTF-16 column), clamped into the line. A column in the
    /// middle of a surrogate pair is moved to the start of that character.
    public func offset(line: Int, utf16Column column: Int) -> Int {
        guard line < lineStarts.count else { return bytes.count }
        guard line >= 0 else { return 0 }
        let content = contentRange(ofLine: line)
        var i = boundary(beforeUTF16Column: column, in: content)
        var remaining = column - utf16Units(from: content.lowerBound, to: i)
        while i < content.upperBound && remaining > 0 {
            let width = UTF8Width.of(leadByte: bytes[i])
            let units = width == 4 ? 2 : 1
            if units > remaining { break }
            remaining -= units
            i += width
        }
        return min(i, content.upperBound)
    }
}

enum UTF8Width {
    @inline(__always)
    static func of(leadByte b: UInt8) -> Int {
        if b < 0x80 { return 1 }
        if b < 0xE0 { return 2 }
        if b < 0xF0 { return 3 }
        return 4
    }
}

extension SourceText {
    /// The document's line ending (`\r\n`, `\r` or `\n`), so that inserted text matches it.
    public var lineEnding: String {
        guard lines.lineCount > 1 else { return "\n" }
        let end = lines.contentRange(ofLine: 0).upperBound
        let length = lines.lineStarts[1] - end
        return length == 2 ? "\r\n" : (bytes[end] == UInt8(ascii: "\r") ? "\r" : "\n")
    }
}
