extension BlockParsing {
    /// Closes the innermost open block `index` and settles what only its end can decide:
    /// link reference definitions, trailing blank code lines, list tightness, task items,
    /// container ranges and the HTML comments inside.
    mutating func finalize(_ index: Int) {
        openBlocks.removeLast()
        switch nodes[index].kind {
        case .paragraph:
            consumeLinkReferenceDefinitions(of: index)
            if nodes[index].lines.isEmpty {
                // Kept as a child (a definition is a block, so it can make a list loose) but left out of the tree.
                nodes[index].kind = .removed
            } else {
                collectInlineComments(nodes[index].lines)
            }
        case .heading, .table:
            collectInlineComments(nodes[index].lines)
        case .indentedCode:
            while let last = nodes[index].lines.last, bytes.trimmingSpaces(last).isEmpty, nodes[index].lines.count > 1 {
                nodes[index].lines.removeLast()
            }
            if let last = nodes[index].lines.last {
                nodes[index].end = last.upperBound
                nodes[index].endLine = lineIndex.line(containing: last.lowerBound)
            }
        case .html:
            collectBlockComments(in: nodes[index].start..<nodes[index].end)
        case .list:
            nodes[index].isTight = isTight(list: index)
            extendToLastChild(index)
        case .item:
            detectTaskMarker(item: index)
            extendToLastChild(index)
        case .blockQuote:
            if let last = nodes[index].children.last, nodes[last].end > nodes[index].end { extendToLastChild(index) }
        case .document:
            nodes[index].end = bytes.count
        case .fencedCode, .thematicBreak, .frontMatter, .removed:
            break
        }
    }

    private mutating func extendToLastChild(_ index: Int) {
        guard let last = nodes[index].children.last else { return }
        nodes[index].end = nodes[last].end
        nodes[index].endLine = nodes[last].endLine
    }

    /// A list is loose when a blank line separates two of its items, or two blocks
    /// directly inside one of its items.
    private func isTight(list: Int) -> Bool {
        let items = nodes[list].children
        for (k, item) in items.enumerated() {
            if k + 1 < items.count && nodes[item].endLine + 1 != nodes[items[k + 1]].startLine { return false }
            let blocks = nodes[item].children
            for (j, block) in blocks.enumerated().dropLast() where nodes[block].endLine + 1 != nodes[blocks[j + 1]].startLine {
                return false
            }
        }
        return true
    }

    /// A GFM task item: its first block is a paragraph starting with `[ ]`, `[x]` or `[X]`
    /// followed by a space or the end of the line. The marker leaves the paragraph's text.
    private mutating func detectTaskMarker(item: Int) {
        guard let first = nodes[item].children.first, nodes[first].kind == .paragraph,
              let segment = nodes[first].lines.first, segment.lowerBound == nodes[first].start, segment.count >= 3
        else { return }
        let s = segment.lowerBound
        let mark = bytes[s + 1]
        guard bytes[s] == ASCII.openBracket && bytes[s + 2] == ASCII.closeBracket
              && (mark == ASCII.space || mark == UInt8(ascii: "x") || mark == UInt8(ascii: "X"))
              && (segment.count == 3 || ASCII.isSpaceOrTab(bytes[s + 3]))
        else { return }
        nodes[item].task = TaskMarker(isChecked: mark != ASCII.space, range: s..<(s + 3))
        nodes[first].lines[0] = bytes.trimmingSpaces((s + 3)..<segment.upperBound)
    }

    /// Removes the link reference definitions at the start of a paragraph, remembering their labels.
    mutating func consumeLinkReferenceDefinitions(of paragraph: Int) {
        let lines = nodes[paragraph].lines
        guard let first = lines.first, !first.isEmpty, bytes[first.lowerBound] == ASCII.openBracket else { return }
        var reader = LinkReferenceDefinitionReader(bytes: bytes, lines: lines)
        let consumed = reader.readDefinitions()
        guard consumed > 0 else { return }
        linkLabels.formUnion(reader.labels)
        nodes[paragraph].lines.removeFirst(consumed)
        if let remaining = nodes[paragraph].lines.first {
            nodes[paragraph].start = remaining.lowerBound
            nodes[paragraph].startLine = lineIndex.line(containing: remaining.lowerBound)
        }
    }

    /// Every `<!--` in an HTML block opens a comment that runs to the next `-->`, or to the
    /// end of the document when there is none (as a browser would read it).
    private mutating func collectBlockComments(in range: Range<Int>) {
        var from = range.lowerBound
        while from < range.upperBound, let open = bytes.firstOccurrence(of: "<!--", in: from..<range.upperBound) {
            let end = commentEnds.end(of: open, in: bytes)
            comments.append(open..<end)
            from = end
        }
    }

    /// Inline comments must close within their block; code spans hide them.
    private mutating func collectInlineComments(_ segments: [Range<Int>]) {
        guard segments.contains(where: { bytes.firstOccurrence(of: "<!--", in: $0) != nil }) else { return }
        comments.append(contentsOf: InlineParser.comments(in: InlineContent(segments: segments), bytes: bytes, linkLabels: linkLabels))
    }
}

/// Finds where an HTML comment opened at some offset ends. Comments are looked up in
/// document order, so remembering the last `-->` found keeps the total work linear even
/// for thousands of unclosed comments.
struct CommentEndFinder {
    private var searchedFrom = Int.max
    private var foundEnd = 0

    /// The offset just past the first `-->` that closes a comment opened at `open`
    /// (`<!-->` and `<!--->` close at once), or the end of the document.
    mutating func end(of open: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let from = min(open + 2, bytes.count)
        if from >= searchedFrom && from + 3 <= foundEnd { return foundEnd }
        let close = bytes.firstOccurrence(of: "-->", in: from..<bytes.count)
        searchedFrom = from
        foundEnd = close.map { $0 + 3 } ?? bytes.count
        return foundEnd
    }
}
