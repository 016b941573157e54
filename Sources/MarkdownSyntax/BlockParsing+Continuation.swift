/// How an open block takes the start of a new line.
enum Continuation {
    /// The block continues; its prefix (if any) has been consumed.
    case matched
    /// The block does not continue on this line (it may still take it lazily).
    case unmatched
    /// The line was used up entirely (a closing code fence).
    case consumed
}

extension BlockParsing {
    mutating func continuation(of index: Int) -> Continuation {
        switch nodes[index].kind {
        case .document, .list:
            return .matched
        case .blockQuote:
            guard !cursor.indented && !cursor.blank && bytes[cursor.nextNonspace] == ASCII.greaterThan else { return .unmatched }
            cursor.advanceNextNonspace()
            cursor.advance(1, columns: false, in: bytes)
            if cursor.offset < cursor.lineEnd && ASCII.isSpaceOrTab(bytes[cursor.offset]) {
                cursor.advance(1, columns: true, in: bytes)
            }
            // A quote's range covers its `>` lines, even those left empty.
            nodes[index].end = cursor.lineEnd
            nodes[index].endLine = cursor.line
            return .matched
        case .item:
            let marker = nodes[index].marker
            if cursor.blank {
                // An item can begin with at most one blank line.
                guard !nodes[index].children.isEmpty else { return .unmatched }
                cursor.advanceNextNonspace()
            } else if cursor.indent >= marker.markerOffset + marker.padding {
                cursor.advance(marker.markerOffset + marker.padding, columns: true, in: bytes)
            } else {
                return .unmatched
            }
            return .matched
        case .fencedCode:
            if isClosingFence(of: index) {
                nodes[index].end = cursor.lineEnd
                nodes[index].endLine = cursor.line
                finalize(index)
                return .consumed
            }
            // Content lines lose up to the opening fence's indentation.
            var remaining = nodes[index].fenceIndent
            while remaining > 0 && cursor.offset < cursor.lineEnd && ASCII.isSpaceOrTab(bytes[cursor.offset]) {
                cursor.advance(1, columns: true, in: bytes)
                remaining -= 1
            }
            return .matched
        case .indentedCode:
            if cursor.indented {
                cursor.advance(4, columns: true, in: bytes)
            } else if cursor.blank {
                cursor.advanceNextNonspace()
            } else {
                return .unmatched
            }
            return .matched
        case .html:
            let endsAtBlankLine = nodes[index].level >= 6
            return cursor.blank && endsAtBlankLine ? .unmatched : .matched
        case .paragraph, .table:
            return cursor.blank ? .unmatched : .matched
        case .heading, .thematicBreak, .frontMatter, .removed:
            return .unmatched
        }
    }

    /// A closing fence: the same character, at least as long, indented less than 4
    /// columns, followed only by spaces.
    private func isClosingFence(of index: Int) -> Bool {
        guard !cursor.indented && !cursor.blank else { return false }
        let fence = nodes[index].fenceCharacter
        var i = cursor.nextNonspace
        while i < cursor.lineEnd && bytes[i] == fence { i += 1 }
        guard i - cursor.nextNonspace >= nodes[index].level else { return false }
        while i < cursor.lineEnd && ASCII.isSpaceOrTab(bytes[i]) { i += 1 }
        return i == cursor.lineEnd
    }
}
