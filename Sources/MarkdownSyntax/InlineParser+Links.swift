/// An unmatched `[` or `![`.
struct Bracket {
    var item: Int
    var isImage: Bool
    /// Where the link text starts (after the bracket) and the segment holding it.
    var textStart: Int
    var segment: Int
    /// The first delimiter pushed after this bracket: emphasis inside the link text.
    var delimiterBottom: Int
}

extension InlineRun {
    mutating func pushBracket(isImage: Bool, length: Int) {
        let item = append(Inline(kind: .text, range: position..<(position + length)))
        brackets.append(Bracket(item: item, isImage: isImage, textStart: position + length, segment: segment, delimiterBottom: delimiters.count))
        position += length
    }

    /// `]`: a link or image if an inline destination or a defined reference follows.
    mutating func closeBracket() -> Bool {
        guard let opener = brackets.last else { return false }
        // A link cannot contain another link: brackets below the last link made are dead.
        guard opener.isImage || brackets.count > inactiveLinkBrackets else {
            popBracket()
            return false
        }
        let close = position
        var destination: Range<Int>?
        var end: Int
        if let inline = inlineLinkTail(after: close) {
            destination = inline.destination
            end = inline.end
        } else if let reference = referenceTail(after: close, opener: opener), linkLabels.contains(LinkLabel.normalize(reference.label)) {
            end = reference.end
        } else {
            popBracket()
            return false
        }
        processEmphasis(above: opener.delimiterBottom)
        let (children, depth) = collect(from: items[opener.item].next, until: -1)
        guard depth + 1 <= InlineParser.maximumDepth else {
            popBracket()
            return false
        }
        let start = items[opener.item].inline.range.lowerBound
        let kind: InlineKind = opener.isImage ? .image(destination: destination) : .link(destination: destination)
        items[opener.item] = InlineItem(inline: Inline(kind: kind, range: start..<end, children: children), depth: depth + 1)
        tail = opener.item
        popBracket()
        if !opener.isImage { inactiveLinkBrackets = brackets.count }
        move(to: end)
        return true
    }

    private mutating func popBracket() {
        brackets.removeLast()
        inactiveLinkBrackets = min(inactiveLinkBrackets, brackets.count)
    }

    /// `(destination "title")` right after the `]` at `close`.
    private mutating func inlineLinkTail(after close: Int) -> (destination: Range<Int>, end: Int)? {
        guard close + 1 < segmentEnd && bytes[close + 1] == ASCII.openParen else { return nil }
        var cursor = SegmentCursor(bytes: bytes, segments: segments, segment: segment, position: close + 2)
        cursor.skipSpace()
        let destinationStart = cursor.position
        var destination = destinationStart..<destinationStart
        guard let first = cursor.peek else { return nil }
        if first == ASCII.lessThan {
            var i = cursor.position + 1
            let lineEnd = segments[cursor.segment].upperBound
            while i < lineEnd && bytes[i] != ASCII.greaterThan && bytes[i] != ASCII.lessThan {
                i += bytes[i] == ASCII.backslash && i + 1 < lineEnd ? 2 : 1
            }
            guard i < lineEnd && bytes[i] == ASCII.greaterThan else { return nil }
            destination = (cursor.position + 1)..<i
            cursor.position = i + 1
        } else if first != ASCII.closeParen {
            guard let end = LinkDestination.bareEnd(in: bytes, from: cursor.position, end: segments[cursor.segment].upperBound) else { return nil }
            destination = cursor.position..<end
            cursor.position = end
        }
        let beforeSpace = cursor
        cursor.skipSpace()
        if cursor.position != beforeSpace.position || cursor.segment != beforeSpace.segment, let quote = cursor.peek,
           quote == ASCII.doubleQuote || quote == ASCII.singleQuote || quote == ASCII.openParen {
            guard skipTitle(&cursor, quote: quote) else { return nil }
            cursor.skipSpace()
        }
        guard cursor.peek == ASCII.closeParen else { return nil }
        return (destination, cursor.position + 1)
    }

    /// Moves past a link title that opens with `quote`; titles may span lines.
    private mutating func skipTitle(_ cursor: inout SegmentCursor, quote: UInt8) -> Bool {
        let close = quote == ASCII.openParen ? ASCII.closeParen : quote
        let pattern = String(UnicodeScalar(quote))
        let contentEnd = segments[segments.count - 1].upperBound
        let from = cursor.position
        guard !searches.knownToFail(pattern, from: from, end: contentEnd) else { return false }
        cursor.advance()
        while let b = cursor.peek {
            if b == close {
                cursor.advance()
                return true
            }
            if quote == ASCII.openParen && b == ASCII.openParen { return false }
            if b == ASCII.backslash { cursor.advance() }
            cursor.advance()
        }
        searches.recordFailure(pattern, from: from, end: contentEnd)
        return false
    }

    /// `[label]`, `[]` or nothing after the `]` at `close`: the label to look up.
    private func referenceTail(after close: Int, opener: Bracket) -> (label: [UInt8], end: Int)? {
        if close + 1 < segmentEnd && bytes[close + 1] == ASCII.openBracket,
           let labelEnd = labelEnd(from: close + 1) {
            let label = text(from: close + 2, segment: segment, to: labelEnd - 1)
            if !label.allSatisfy(ASCII.isWhitespace) { return (label, labelEnd) }
            if labelEnd - close - 1 == 2 { return (text(from: opener.textStart, segment: opener.segment, to: close), labelEnd) }
            return nil
        }
        let label = text(from: opener.textStart, segment: opener.segment, to: close)
        guard label.count <= 999 else { return nil }
        return (label, close + 1)
    }

    /// The offset after the `]` of a link label starting with the `[` at `start`.
    private func labelEnd(from start: Int) -> Int? {
        var cursor = SegmentCursor(bytes: bytes, segments: segments, segment: segment, position: start + 1)
        var length = 0
        while let b = cursor.peek, length <= 999 {
            if b == ASCII.closeBracket { return cursor.position + 1 }
            if b == ASCII.openBracket { return nil }
            if b == ASCII.backslash {
                cursor.advance()
                length += 1
            }
            cursor.advance()
            length += 1
        }
        return nil
    }

    /// The bytes from `start` (in `segment`) to `end`, with each line break as one space.
    private func text(from start: Int, segment: Int, to end: Int) -> [UInt8] {
        var result: [UInt8] = []
        var k = segment
        var from = start
        while k < segments.count {
            let upper = min(segments[k].upperBound, end)
            if from < upper { result.append(contentsOf: bytes[from..<upper]) }
            if end <= segments[k].upperBound { break }
            result.append(ASCII.space)
            k += 1
            if k < segments.count { from = segments[k].lowerBound }
        }
        return result
    }
}

/// Walks the bytes of an inline content across its segments; the gap between two
/// segments reads as a single line ending.
struct SegmentCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    let segments: [Range<Int>]
    var segment: Int
    var position: Int

    /// The current byte, `\n` between segments, nil at the end of the content.
    var peek: UInt8? {
        if position < segments[segment].upperBound { return bytes[position] }
        return segment + 1 < segments.count ? ASCII.newline : nil
    }

    mutating func advance() {
        if position < segments[segment].upperBound {
            position += 1
        } else if segment + 1 < segments.count {
            segment += 1
            position = segments[segment].lowerBound
        }
    }

    /// Spaces and tabs, and at most one line ending.
    mutating func skipSpace() {
        var crossedLine = false
        while let b = peek {
            if b == ASCII.newline && position >= segments[segment].upperBound {
                if crossedLine { return }
                crossedLine = true
            } else if !ASCII.isSpaceOrTab(b) {
                return
            }
            advance()
        }
    }
}
