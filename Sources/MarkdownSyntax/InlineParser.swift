/// The CommonMark inline parser (with GFM strikethrough), run on demand over the segments
/// of one leaf block.
///
/// It follows the spec's appendix: one left-to-right scan turns code spans, escapes,
/// autolinks, raw HTML and line breaks into finished nodes, and pushes emphasis delimiter
/// runs and link brackets onto stacks; a closing bracket resolves a link, and the emphasis
/// pass pairs delimiters bottom-up. Nodes live in a singly linked list over an array, so
/// wrapping a run of siblings into a link or emphasis never copies what follows it.
struct InlineParser {
    let bytes: UnsafeBufferPointer<UInt8>
    let linkLabels: Set<String>

    /// Deeper nesting of emphasis and links is left as text, so that no consumer of the
    /// tree (nor Swift's recursive destruction of it) runs out of stack.
    static let maximumDepth = 64

    func parse(_ content: InlineContent) -> [Inline] {
        if let plain = plainText(content) { return plain }
        var run = InlineRun(bytes: bytes, segments: content.segments, linkLabels: linkLabels)
        run.scan()
        return run.finish()
    }

    /// The inlines of content without a single byte that can start a construct, which is
    /// most table cells and many lines of prose: its lines as text, joined by line breaks.
    /// The same result as the full scan, without its lists and stacks.
    private func plainText(_ content: InlineContent) -> [Inline]? {
        let segments = content.segments
        for segment in segments where !InlineContent.isPlain(bytes[segment]) { return nil }
        var inlines: [Inline] = []
        inlines.reserveCapacity(segments.count * 2)
        for index in segments.indices {
            if !segments[index].isEmpty { inlines.append(Inline(kind: .text, range: segments[index])) }
            if let lineBreak = InlineRun.lineBreak(after: index, of: segments, bytes: bytes) { inlines.append(lineBreak) }
        }
        return inlines
    }

    /// The HTML comments among the inlines of `content`, in source order.
    static func comments(in content: InlineContent, bytes: UnsafeBufferPointer<UInt8>, linkLabels: Set<String>) -> [Range<Int>] {
        var comments: [Range<Int>] = []
        var stack = InlineParser(bytes: bytes, linkLabels: linkLabels).parse(content).reversed() as [Inline]
        while let inline = stack.popLast() {
            if inline.kind == .html && bytes.matches("<!--", at: inline.range.lowerBound, end: inline.range.upperBound) {
                comments.append(inline.range)
            }
            stack.append(contentsOf: inline.children.reversed())
        }
        return comments
    }
}

/// One node in the parser's working list.
struct InlineItem {
    var inline: Inline
    var next = -1
    /// How deeply `inline` nests (1 for a leaf).
    var depth = 1
}

/// The state of parsing one `InlineContent`.
struct InlineRun {
    let bytes: UnsafeBufferPointer<UInt8>
    let segments: [Range<Int>]
    let linkLabels: Set<String>
    /// items[0] is the head sentinel of the linked list.
    var items = [InlineItem(inline: Inline(kind: .text, range: 0..<0))]
    var tail = 0
    var delimiters: [Delimiter] = []
    var lastDelimiter = -1
    var brackets: [Bracket] = []
    /// Link brackets below this index are inactive: a link was made after them.
    var inactiveLinkBrackets = 0
    var codeSpans: CodeSpanIndex?
    var searches = FailedSearches()

    /// The segment being scanned and the position in it.
    var segment = 0
    var position = 0
    /// Set when a backslash already ended the current line with a hard break.
    var lineBreakDone = false

    init(bytes: UnsafeBufferPointer<UInt8>, segments: [Range<Int>], linkLabels: Set<String>) {
        self.bytes = bytes
        self.segments = segments
        self.linkLabels = linkLabels
    }

    var segmentEnd: Int { segments[segment].upperBound }

    @discardableResult
    mutating func append(_ inline: Inline, depth: Int = 1) -> Int {
        items.append(InlineItem(inline: inline, depth: depth))
        let index = items.count - 1
        items[tail].next = index
        tail = index
        return index
    }

    /// Moves the scan to `offset`, which may lie in a later segment (after a code span,
    /// link or comment that spans lines).
    mutating func move(to offset: Int) {
        while segment + 1 < segments.count && offset > segments[segment].upperBound { segment += 1 }
        position = offset
    }

    mutating func appendText(_ range: Range<Int>) {
        if !range.isEmpty { append(Inline(kind: .text, range: range)) }
    }

    mutating func scan() {
        while segment < segments.count {
            position = segments[segment].lowerBound
            var textStart = position
            while position < segmentEnd {
                let b = bytes[position]
                guard InlineContent.canStartConstruct(b) else {
                    position += 1
                    continue
                }
                let start = position
                appendText(textStart..<start)
                if !scanSpecial(b) {
                    // Not a construct after all: the byte is text.
                    position = start + 1
                    textStart = start
                    continue
                }
                textStart = position
            }
            appendText(textStart..<position)
            // scanSpecial may have moved past the end of this segment (a construct spanning lines).
            if position >= segmentEnd {
                if !lineBreakDone { appendLineBreak() }
                lineBreakDone = false
                segment += 1
            }
        }
    }

    /// Scans the construct starting at `position`; on success `position` is past it.
    private mutating func scanSpecial(_ b: UInt8) -> Bool {
        switch b {
        case ASCII.backslash: return scanBackslash()
        case ASCII.backtick: return scanCodeSpan()
        case ASCII.star, ASCII.underscore, ASCII.tilde: return scanDelimiterRun(b)
        case ASCII.openBracket:
            pushBracket(isImage: false, length: 1)
            return true
        case ASCII.exclamation:
            guard position + 1 < segmentEnd && bytes[position + 1] == ASCII.openBracket else { return false }
            pushBracket(isImage: true, length: 2)
            return true
        case ASCII.closeBracket: return closeBracket()
        default: return scanAngleBracket()
        }
    }

    /// `\` before punctuation is an escape (its own text node); at the end of a line that
    /// is not the last one, a hard break.
    private mutating func scanBackslash() -> Bool {
        if position + 1 < segmentEnd {
            guard ASCII.isPunctuation(bytes[position + 1]) else { return false }
            append(Inline(kind: .text, range: position..<(position + 2)))
            position += 2
            return true
        }
        guard segment + 1 < segments.count else { return false }
        append(Inline(kind: .hardBreak, range: position..<segments[segment + 1].lowerBound))
        position = segmentEnd
        lineBreakDone = true
        return true
    }

    /// Between two segments: a hard break after two trailing spaces, otherwise a soft break.
    private mutating func appendLineBreak() {
        if let lineBreak = Self.lineBreak(after: segment, of: segments, bytes: bytes) { append(lineBreak) }
    }

    /// The break between segment `index` and the next one; nil after the last.
    static func lineBreak(after index: Int, of segments: [Range<Int>], bytes: UnsafeBufferPointer<UInt8>) -> Inline? {
        guard index + 1 < segments.count else { return nil }
        let end = segments[index].upperBound
        let next = segments[index + 1].lowerBound
        let isHard = end + 1 < next && bytes[end] == ASCII.space && bytes[end + 1] == ASCII.space
        return Inline(kind: isHard ? .hardBreak : .softBreak, range: end..<next)
    }

    /// The finished top-level inlines, with leftover delimiters and brackets as text.
    mutating func finish() -> [Inline] {
        processEmphasis(above: 0)
        return collect(from: items[0].next, until: -1).inlines
    }

    /// The inlines of the list from `start` up to (not including) `end`, with adjacent
    /// text merged, and their greatest depth.
    func collect(from start: Int, until end: Int) -> (inlines: [Inline], depth: Int) {
        var inlines: [Inline] = []
        var depth = 0
        var index = start
        while index != end && index != -1 {
            let item = items[index]
            index = item.next
            if item.inline.kind == .text {
                if item.inline.range.isEmpty { continue }
                if let last = inlines.last, last.kind == .text, last.range.upperBound == item.inline.range.lowerBound,
                   !isEscape(last.range), !isEscape(item.inline.range) {
                    inlines[inlines.count - 1].range = last.range.lowerBound..<item.inline.range.upperBound
                    continue
                }
            }
            inlines.append(item.inline)
            depth = max(depth, item.depth)
        }
        return (inlines, depth)
    }

    private func isEscape(_ range: Range<Int>) -> Bool {
        range.count == 2 && bytes[range.lowerBound] == ASCII.backslash && ASCII.isPunctuation(bytes[range.lowerBound + 1])
    }
}

/// Remembers searches for a closing sequence that found nothing, so that many openers
/// on one line (`<?<?<?…`) do not each rescan the rest of it.
struct FailedSearches {
    private var failures: [String: (from: Int, end: Int)] = [:]

    func knownToFail(_ pattern: String, from: Int, end: Int) -> Bool {
        guard let failure = failures[pattern] else { return false }
        return failure.end == end && from >= failure.from
    }

    mutating func recordFailure(_ pattern: String, from: Int, end: Int) {
        failures[pattern] = (from, end)
    }
}

extension InlineContent {
    /// Whether `text` holds no byte that can start an inline construct (emphasis, code, a
    /// link, an escape, HTML): parsed, it is one run of plain text. Inlinable, so that the
    /// scan is compiled for the caller's collection, byte by byte without indirection.
    @inlinable
    public static func isPlain<Text: Collection<UInt8>>(_ text: Text) -> Bool {
        !text.contains(where: canStartConstruct)
    }

    @usableFromInline
    static func canStartConstruct(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"),
             UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "!"), UInt8(ascii: "<"):
            true
        default:
            false
        }
    }
}
