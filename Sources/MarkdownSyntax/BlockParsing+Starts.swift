/// A block opened by the current line.
struct StartedBlock {
    var block: Int
    /// A leaf takes the rest of the line; a container lets further blocks start inside it.
    var isLeaf: Bool
}

extension BlockParsing {
    /// Tries every kind of block start at the current position, in CommonMark's order.
    mutating func startBlock(in container: Int) -> StartedBlock? {
        if let started = startBlockQuote(in: container) { return started }
        if let started = startATXHeading() { return started }
        if let started = startFencedCode() { return started }
        if let started = startHTMLBlock(in: container) { return started }
        if let started = startSetextHeading(in: container) { return started }
        if let started = startThematicBreak() { return started }
        if let started = startListItem(in: container) { return started }
        return startIndentedCode()
    }

    private func hasRoom(in container: Int, for levels: Int) -> Bool {
        nodes[container].depth + levels <= BlockParser.maximumDepth
    }

    /// The first non-space byte of the line, or a line feed on a line of only spaces and tabs:
    /// the last line of a file may have no line ending to stand there ("x\n\t").
    private var currentByte: UInt8 { cursor.nextNonspace < cursor.lineEnd ? bytes[cursor.nextNonspace] : ASCII.newline }

    private mutating func startBlockQuote(in container: Int) -> StartedBlock? {
        guard !cursor.indented && currentByte == ASCII.greaterThan && hasRoom(in: container, for: 1) else { return nil }
        let start = cursor.nextNonspace
        cursor.advanceNextNonspace()
        cursor.advance(1, columns: false, in: bytes)
        if cursor.offset < cursor.lineEnd && ASCII.isSpaceOrTab(bytes[cursor.offset]) {
            cursor.advance(1, columns: true, in: bytes)
        }
        return StartedBlock(block: addChild(.blockQuote, start: start), isLeaf: false)
    }

    private mutating func startATXHeading() -> StartedBlock? {
        guard !cursor.indented && currentByte == ASCII.hash else { return nil }
        let start = cursor.nextNonspace
        let end = cursor.lineEnd
        var i = start
        while i < end && bytes[i] == ASCII.hash { i += 1 }
        let level = i - start
        guard level <= 6 && (i == end || ASCII.isSpaceOrTab(bytes[i])) else { return nil }
        var content = bytes.trimmingSpaces(i..<end)
        // An optional closing sequence of #s, preceded by a space (or making up the whole text).
        var closing = content.upperBound
        while closing > content.lowerBound && bytes[closing - 1] == ASCII.hash { closing -= 1 }
        if closing == content.lowerBound {
            content = content.lowerBound..<content.lowerBound
        } else if closing < content.upperBound && ASCII.isSpaceOrTab(bytes[closing - 1]) {
            content = bytes.trimmingSpaces(content.lowerBound..<closing)
        }
        cursor.advanceNextNonspace()
        let heading = addChild(.heading, start: start)
        nodes[heading].level = level
        nodes[heading].lines = [content]
        cursor.advanceToEnd()
        return StartedBlock(block: heading, isLeaf: true)
    }

    private mutating func startFencedCode() -> StartedBlock? {
        let fence = currentByte
        guard !cursor.indented && (fence == ASCII.backtick || fence == ASCII.tilde) else { return nil }
        let start = cursor.nextNonspace
        let end = cursor.lineEnd
        var i = start
        while i < end && bytes[i] == fence { i += 1 }
        let length = i - start
        guard length >= 3 else { return nil }
        let info = bytes.trimmingSpaces(i..<end)
        if fence == ASCII.backtick {
            for k in info where bytes[k] == ASCII.backtick { return nil }
        }
        let indent = cursor.indent
        cursor.advanceNextNonspace()
        let code = addChild(.fencedCode, start: start)
        nodes[code].level = length
        nodes[code].fenceCharacter = fence
        nodes[code].fenceIndent = indent
        nodes[code].info = info
        cursor.advanceToEnd()
        return StartedBlock(block: code, isLeaf: true)
    }

    private mutating func startHTMLBlock(in container: Int) -> StartedBlock? {
        guard !cursor.indented && currentByte == ASCII.lessThan,
              let kind = HTMLSyntax.blockKind(in: bytes, at: cursor.nextNonspace, end: cursor.lineEnd)
        else { return nil }
        if kind == 7 {
            // Kind 7 cannot interrupt a paragraph (not even lazily) nor a table.
            let interrupted = nodes[container].kind
            let lazyParagraph = !allClosed && nodes[tip].kind == .paragraph
            guard interrupted != .paragraph && interrupted != .table && !lazyParagraph else { return nil }
        }
        let html = addChild(.html, start: cursor.nextNonspace)
        nodes[html].level = kind
        return StartedBlock(block: html, isLeaf: true)
    }

    private mutating func startSetextHeading(in container: Int) -> StartedBlock? {
        let underline = currentByte
        guard !cursor.indented && nodes[container].kind == .paragraph && (underline == ASCII.equals || underline == ASCII.dash)
        else { return nil }
        var i = cursor.nextNonspace
        while i < cursor.lineEnd && bytes[i] == underline { i += 1 }
        while i < cursor.lineEnd && ASCII.isSpaceOrTab(bytes[i]) { i += 1 }
        guard i == cursor.lineEnd else { return nil }
        closeUnmatchedBlocks()
        consumeLinkReferenceDefinitions(of: container)
        guard !nodes[container].lines.isEmpty else { return nil }
        nodes[container].kind = .heading
        nodes[container].level = underline == ASCII.equals ? 1 : 2
        nodes[container].isSetext = true
        nodes[container].end = cursor.lineEnd
        nodes[container].endLine = cursor.line
        cursor.advanceToEnd()
        return StartedBlock(block: container, isLeaf: true)
    }

    private mutating func startThematicBreak() -> StartedBlock? {
        let mark = currentByte
        guard !cursor.indented && (mark == ASCII.star || mark == ASCII.underscore || mark == ASCII.dash),
              Self.isThematicBreak(bytes, cursor.nextNonspace..<cursor.lineEnd)
        else { return nil }
        let rule = addChild(.thematicBreak, start: cursor.nextNonspace)
        cursor.advanceToEnd()
        return StartedBlock(block: rule, isLeaf: true)
    }

    /// Three or more of the same `*`, `_` or `-`, with only spaces or tabs between.
    static func isThematicBreak(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard let mark = range.first.map({ bytes[$0] }) else { return false }
        var count = 0
        for i in range {
            if bytes[i] == mark {
                count += 1
            } else if !ASCII.isSpaceOrTab(bytes[i]) {
                return false
            }
        }
        return count >= 3
    }

    private mutating func startListItem(in container: Int) -> StartedBlock? {
        guard !cursor.indented || nodes[container].kind == .list else { return nil }
        guard hasRoom(in: container, for: 2), var marker = scanListMarker(in: container) else { return nil }
        let start = cursor.nextNonspace
        let markerLength = marker.padding
        cursor.advanceNextNonspace()
        cursor.advance(markerLength, columns: true, in: bytes)
        let afterMarker = cursor
        repeat {
            cursor.advance(1, columns: true, in: bytes)
        } while cursor.column - afterMarker.column < 5 && cursor.offset < cursor.lineEnd && ASCII.isSpaceOrTab(bytes[cursor.offset])
        let spaces = cursor.column - afterMarker.column
        if spaces >= 5 || spaces < 1 || cursor.offset >= cursor.lineEnd {
            // Content indented 5+ columns is indented code: the item's content starts one column after the marker.
            marker.padding = markerLength + 1
            cursor = afterMarker
            if cursor.offset < cursor.lineEnd && ASCII.isSpaceOrTab(bytes[cursor.offset]) {
                cursor.advance(1, columns: true, in: bytes)
            }
        } else {
            marker.padding = markerLength + spaces
        }
        closeUnmatchedBlocks()
        if nodes[tip].kind != .list || !nodes[tip].marker.continuesList(marker) {
            let list = addChild(.list, start: start)
            nodes[list].marker = marker
        }
        let item = addChild(.item, start: start)
        nodes[item].marker = marker
        nodes[item].markerRange = start..<(start + markerLength)
        return StartedBlock(block: item, isLeaf: false)
    }

    /// The list marker at the current position, with its length in `padding` for now.
    private func scanListMarker(in container: Int) -> ListMarker? {
        guard !cursor.indented else { return nil }
        let start = cursor.nextNonspace
        let end = cursor.lineEnd
        let first = bytes[start]
        var marker = ListMarker(isOrdered: false, delimiter: first, start: 0, markerOffset: cursor.indent, padding: 1)
        let interruptsParagraph = nodes[container].kind == .paragraph
        if first != ASCII.dash && first != ASCII.plus && first != ASCII.star {
            var i = start
            var number = 0
            while i < end && i - start < 9 && ASCII.isDigit(bytes[i]) {
                number = number * 10 + Int(bytes[i] - 0x30)
                i += 1
            }
            guard i > start && i < end && (bytes[i] == ASCII.dot || bytes[i] == ASCII.closeParen) else { return nil }
            // Only a list starting at 1 may interrupt a paragraph.
            guard !interruptsParagraph || number == 1 else { return nil }
            marker = ListMarker(isOrdered: true, delimiter: bytes[i], start: number, markerOffset: cursor.indent, padding: i + 1 - start)
        }
        let after = start + marker.padding
        guard after == end || ASCII.isSpaceOrTab(bytes[after]) else { return nil }
        // An empty item cannot interrupt a paragraph.
        if interruptsParagraph && bytes.trimmingSpaces(after..<end).isEmpty { return nil }
        return marker
    }

    private mutating func startIndentedCode() -> StartedBlock? {
        guard cursor.indented && !cursor.blank && nodes[tip].kind != .paragraph else { return nil }
        cursor.advance(4, columns: true, in: bytes)
        let code = addChild(.indentedCode, start: cursor.offset)
        return StartedBlock(block: code, isLeaf: true)
    }
}
