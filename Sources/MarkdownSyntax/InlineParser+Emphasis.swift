/// A run of `*`, `_` or `~~` that may open or close emphasis.
struct Delimiter {
    var item: Int
    var character: UInt8
    /// Delimiters of the run not yet used by a match.
    var count: Int
    let originalCount: Int
    let canOpen: Bool
    let canClose: Bool
    /// Neighbours in the list of delimiters still waiting for a match.
    var previous: Int
    var next = -1
}

extension InlineRun {
    /// Pushes a delimiter run, classified by the characters on either side (CommonMark's
    /// left- and right-flanking rules; `_` also refuses to work inside words).
    mutating func scanDelimiterRun(_ character: UInt8) -> Bool {
        let start = position
        var end = start
        while end < segmentEnd && bytes[end] == character { end += 1 }
        position = end
        let item = append(Inline(kind: .text, range: start..<end))
        // GFM strikethrough as markdown-it reads it: exactly two tildes.
        if character == ASCII.tilde && end - start != 2 { return true }
        let before = CharacterClass(before: start, in: bytes, lineStart: segments[segment].lowerBound)
        let after = CharacterClass(at: end, in: bytes, lineEnd: segmentEnd)
        let leftFlanking = after != .whitespace && (after != .punctuation || before != .other)
        let rightFlanking = before != .whitespace && (before != .punctuation || after != .other)
        let canOpen: Bool
        let canClose: Bool
        if character == ASCII.underscore {
            canOpen = leftFlanking && (!rightFlanking || before == .punctuation)
            canClose = rightFlanking && (!leftFlanking || after == .punctuation)
        } else {
            canOpen = leftFlanking
            canClose = rightFlanking
        }
        guard canOpen || canClose else { return true }
        let index = delimiters.count
        delimiters.append(Delimiter(item: item, character: character, count: end - start, originalCount: end - start,
                                    canOpen: canOpen, canClose: canClose, previous: lastDelimiter))
        if lastDelimiter >= 0 { delimiters[lastDelimiter].next = index }
        lastDelimiter = index
        return true
    }

    /// Pairs the waiting delimiters at index `bottom` and above (CommonMark's "process
    /// emphasis"), then drops them all from the waiting list.
    mutating func processEmphasis(above bottom: Int) {
        // The lowest opener still worth trying, per character, closer-can-open and length % 3.
        var openersBottom = [Int](repeating: bottom - 1, count: 18)
        var closer = firstWaiting(above: bottom)
        while closer != -1 {
            let c = delimiters[closer]
            guard c.canClose else {
                closer = c.next
                continue
            }
            let key = (c.character == ASCII.star ? 0 : c.character == ASCII.underscore ? 6 : 12) + (c.canOpen ? 3 : 0) + c.originalCount % 3
            var opener = c.previous
            var found = false
            while opener >= bottom && opener > openersBottom[key] {
                let o = delimiters[opener]
                if o.character == c.character && o.canOpen {
                    let oddMatch = (c.canOpen || o.canClose) && (o.originalCount + c.originalCount) % 3 == 0
                        && !(o.originalCount % 3 == 0 && c.originalCount % 3 == 0)
                    if !oddMatch {
                        found = true
                        break
                    }
                }
                opener = o.previous
            }
            if found && wrapEmphasis(opener: opener, closer: closer) {
                if delimiters[closer].count == 0 {
                    let next = delimiters[closer].next
                    unlinkDelimiter(closer)
                    closer = next
                }
            } else {
                openersBottom[key] = c.previous
                let next = c.next
                if !c.canOpen { unlinkDelimiter(closer) }
                closer = next
            }
        }
        while lastDelimiter >= bottom { unlinkDelimiter(lastDelimiter) }
    }

    private func firstWaiting(above bottom: Int) -> Int {
        var index = lastDelimiter
        var first = -1
        while index >= bottom {
            first = index
            index = delimiters[index].previous
        }
        return first
    }

    /// Wraps everything between the opener's and closer's items in emphasis, strong
    /// emphasis or strikethrough; false when that would nest too deeply.
    private mutating func wrapEmphasis(opener: Int, closer: Int) -> Bool {
        let o = delimiters[opener]
        let c = delimiters[closer]
        let used = o.character == ASCII.tilde ? 2 : (o.count >= 2 && c.count >= 2 ? 2 : 1)
        let (children, depth) = collect(from: items[o.item].next, until: c.item)
        guard depth + 1 <= InlineParser.maximumDepth else { return false }
        let kind: InlineKind = o.character == ASCII.tilde ? .strikethrough : used == 2 ? .strong : .emphasis
        let openerRange = items[o.item].inline.range
        let closerRange = items[c.item].inline.range
        let range = (openerRange.upperBound - used)..<(closerRange.lowerBound + used)
        items[o.item].inline.range = openerRange.lowerBound..<(openerRange.upperBound - used)
        items[c.item].inline.range = (closerRange.lowerBound + used)..<closerRange.upperBound
        items.append(InlineItem(inline: Inline(kind: kind, range: range, children: children), next: c.item, depth: depth + 1))
        items[o.item].next = items.count - 1
        // Delimiters between the two can no longer match anything.
        var between = delimiters[opener].next
        while between != closer && between != -1 {
            let next = delimiters[between].next
            unlinkDelimiter(between)
            between = next
        }
        delimiters[opener].count -= used
        delimiters[closer].count -= used
        if delimiters[opener].count == 0 { unlinkDelimiter(opener) }
        return true
    }

    private mutating func unlinkDelimiter(_ index: Int) {
        let previous = delimiters[index].previous
        let next = delimiters[index].next
        if previous >= 0 { delimiters[previous].next = next }
        if next >= 0 { delimiters[next].previous = previous } else { lastDelimiter = previous }
        delimiters[index].previous = -1
        delimiters[index].next = -1
    }
}

/// What sits next to a delimiter run, for the flanking rules. Non-ASCII characters are
/// decoded so that Unicode punctuation and spaces count as CommonMark says.
enum CharacterClass {
    case whitespace, punctuation, other

    /// The character ending just before `offset` (a line start counts as whitespace).
    init(before offset: Int, in bytes: UnsafeBufferPointer<UInt8>, lineStart: Int) {
        guard offset > lineStart else {
            self = .whitespace
            return
        }
        var start = offset - 1
        while start > lineStart && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        self.init(scalarAt: start, in: bytes)
    }

    /// The character starting at `offset` (a line end counts as whitespace).
    init(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>, lineEnd: Int) {
        guard offset < lineEnd else {
            self = .whitespace
            return
        }
        self.init(scalarAt: offset, in: bytes)
    }

    private init(scalarAt offset: Int, in bytes: UnsafeBufferPointer<UInt8>) {
        let b = bytes[offset]
        if b < 0x80 {
            self = ASCII.isWhitespace(b) ? .whitespace : ASCII.isPunctuation(b) ? .punctuation : .other
            return
        }
        var decoder = UTF8()
        var iterator = UnsafeBufferPointer(rebasing: bytes[offset...]).makeIterator()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else {
            self = .other
            return
        }
        switch scalar.properties.generalCategory {
        case .spaceSeparator:
            self = .whitespace
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            self = .punctuation
        default:
            self = .other
        }
    }
}
