/// The CommonMark block parser (with GFM tables and task items, and YAML front matter).
///
/// It follows the reference algorithm of the CommonMark spec's appendix: each line first
/// continues the open container blocks it can, then may open new blocks, and is finally
/// added to the innermost open block (or lazily to an open paragraph). Everything is a
/// loop over lines and bytes, so the work is linear in the document's size and no stack
/// depth ever depends on the input.
struct BlockParser {
    let source: SourceText

    /// Deeper nesting of block quotes and list items is read as paragraph text. Real
    /// documents nest a handful of levels; the limit keeps every consumer of the tree
    /// (including Swift's own recursive destruction of nested arrays) far from the stack's end.
    static let maximumDepth = 100

    func parse() -> MarkdownDocument {
        source.bytes.withUnsafeBufferPointer { buffer in
            var parsing = BlockParsing(bytes: buffer, lineIndex: source.lines)
            parsing.run()
            let root = TreeBuilder(nodes: parsing.nodes, frontMatter: parsing.frontMatter, bytes: buffer).build()
            let comments = parsing.comments.sorted { $0.lowerBound < $1.lowerBound }
            return MarkdownDocument(source: source, root: root, comments: comments, linkLabels: parsing.linkLabels)
        }
    }
}

/// The mutable state of one block parse: the node arena, the stack of open blocks and a
/// cursor over the current line.
struct BlockParsing {
    let bytes: UnsafeBufferPointer<UInt8>
    let lineIndex: LineIndex
    var nodes: [ParseNode]
    /// Open blocks from the document down to the innermost one (the "tip").
    var openBlocks: [Int] = [0]
    var comments: [Range<Int>] = []
    var linkLabels: Set<String> = []
    var commentEnds = CommentEndFinder()
    var frontMatter: FrontMatter?

    var cursor = LineCursor()
    /// Whether every open block matched the current line (so no lazy continuation applies).
    var allClosed = true
    /// How many open blocks (from the document down) the current line matched.
    var matchedDepth = 1

    init(bytes: UnsafeBufferPointer<UInt8>, lineIndex: LineIndex) {
        self.bytes = bytes
        self.lineIndex = lineIndex
        self.nodes = [ParseNode(kind: .document, parent: -1, start: 0, line: 0)]
        nodes.reserveCapacity(bytes.count / 40 + 4)
    }

    var tip: Int { openBlocks[openBlocks.count - 1] }

    mutating func run() {
        var lineCount = lineIndex.lineCount
        // A final line ending ends the last line; it does not start an empty one.
        if lineCount > 1 && lineIndex.lineStarts[lineCount - 1] == bytes.count { lineCount -= 1 }
        let firstLine = parseFrontMatter()
        for line in firstLine..<lineCount {
            cursor.start(line: line, range: lineIndex.contentRange(ofLine: line))
            incorporateLine()
        }
        while !openBlocks.isEmpty { finalize(tip) }
    }

    private mutating func incorporateLine() {
        var depth = 1
        continuing: while depth < openBlocks.count {
            cursor.findNextNonspace(bytes)
            switch continuation(of: openBlocks[depth]) {
            case .matched: depth += 1
            case .unmatched: break continuing
            case .consumed: return
            }
        }
        matchedDepth = depth
        allClosed = depth == openBlocks.count
        var container = openBlocks[depth - 1]

        cursor.findNextNonspace(bytes)
        if nodes[container].kind == .paragraph && allClosed && startTable(after: container) { return }

        var matchedLeaf = nodes[container].kind != .paragraph && nodes[container].kind != .table && acceptsLines(container)
        while !matchedLeaf {
            cursor.findNextNonspace(bytes)
            guard cursor.indented || (!cursor.blank && Self.maybeStartsBlock(bytes[cursor.nextNonspace])),
                  let started = startBlock(in: container)
            else {
                cursor.advanceNextNonspace()
                break
            }
            container = started.block
            matchedLeaf = started.isLeaf
        }

        if !allClosed && !cursor.blank && nodes[tip].kind == .paragraph {
            addLine(to: tip, lazy: true)
            return
        }
        closeUnmatchedBlocks()
        if acceptsLines(container) {
            addLine(to: container, lazy: false)
        } else if cursor.offset < cursor.lineEnd && !cursor.blank {
            let paragraph = addChild(.paragraph, start: cursor.nextNonspace)
            cursor.advanceNextNonspace()
            addLine(to: paragraph, lazy: false)
        }
    }

    /// Bytes that may begin a block other than a paragraph (or a line of one).
    private static func maybeStartsBlock(_ b: UInt8) -> Bool {
        switch b {
        case ASCII.hash, ASCII.backtick, ASCII.tilde, ASCII.star, ASCII.plus, ASCII.underscore,
             ASCII.equals, ASCII.lessThan, ASCII.greaterThan, ASCII.dash:
            true
        default:
            ASCII.isDigit(b)
        }
    }

    func acceptsLines(_ node: Int) -> Bool {
        switch nodes[node].kind {
        case .paragraph, .fencedCode, .indentedCode, .html, .table: true
        default: false
        }
    }

    /// Closes the open blocks the current line did not match (once a new block starts
    /// or the line is added somewhere other than a lazy paragraph).
    mutating func closeUnmatchedBlocks() {
        guard !allClosed else { return }
        while openBlocks.count > matchedDepth { finalize(tip) }
        allClosed = true
    }

    /// Opens a block of `kind` as the new tip, closing open blocks that cannot contain it.
    @discardableResult
    mutating func addChild(_ kind: ParseNode.Kind, start: Int) -> Int {
        closeUnmatchedBlocks()
        while !nodes[tip].canContain(kind) { finalize(tip) }
        let parent = tip
        let index = nodes.count
        var node = ParseNode(kind: kind, parent: parent, start: start, line: cursor.line)
        node.end = cursor.lineEnd
        node.depth = nodes[parent].depth + 1
        nodes.append(node)
        nodes[parent].children.append(index)
        openBlocks.append(index)
        return index
    }

    private mutating func addLine(to node: Int, lazy: Bool) {
        let lineRange = cursor.offset..<cursor.lineEnd
        nodes[node].end = cursor.lineEnd
        nodes[node].endLine = cursor.line
        switch nodes[node].kind {
        case .paragraph:
            nodes[node].lines.append(bytes.trimmingSpaces(lineRange))
            nodes[node].lastLineIndent = cursor.indent
            nodes[node].lastLineIsLazy = lazy
        case .fencedCode:
            // The opening fence line holds the info string, not content.
            if nodes[node].startLine != cursor.line { nodes[node].lines.append(lineRange) }
        case .indentedCode:
            nodes[node].lines.append(lineRange)
        case .table:
            nodes[node].lines.append(bytes.trimmingSpaces(lineRange))
        case .html:
            if HTMLSyntax.blockEnds(kind: nodes[node].level, in: bytes, line: lineRange) { finalize(node) }
        default:
            break
        }
    }
}

/// The position of the parser within the current line, counting columns with tabs
/// expanded to the next multiple of 4 as CommonMark requires.
struct LineCursor {
    var line = 0
    var lineStart = 0
    var lineEnd = 0
    var offset = 0
    var column = 0
    /// Set when only part of a tab's width has been consumed (a tab can stand for the
    /// spaces after a list marker and for indentation at once).
    var partiallyConsumedTab = false
    var nextNonspace = 0
    var nextNonspaceColumn = 0
    var indent = 0
    var blank = false

    var indented: Bool { indent >= 4 }

    mutating func start(line: Int, range: Range<Int>) {
        self.line = line
        lineStart = range.lowerBound
        lineEnd = range.upperBound
        offset = lineStart
        column = 0
        partiallyConsumedTab = false
        blank = false
    }

    mutating func findNextNonspace(_ bytes: UnsafeBufferPointer<UInt8>) {
        var i = offset
        var columns = column
        while i < lineEnd {
            let b = bytes[i]
            if b == ASCII.space {
                i += 1
                columns += 1
            } else if b == ASCII.tab {
                i += 1
                columns += 4 - columns % 4
            } else {
                break
            }
        }
        blank = i >= lineEnd
        nextNonspace = i
        nextNonspaceColumn = columns
        indent = columns - column
    }

    mutating func advanceNextNonspace() {
        offset = nextNonspace
        column = nextNonspaceColumn
        partiallyConsumedTab = false
    }

    /// Moves forward `count` bytes, or `count` columns when `columns` is set (then a tab
    /// may be consumed only partly).
    mutating func advance(_ count: Int, columns: Bool, in bytes: UnsafeBufferPointer<UInt8>) {
        var remaining = count
        while remaining > 0 && offset < lineEnd {
            if bytes[offset] == ASCII.tab {
                let toTab = 4 - column % 4
                if columns {
                    partiallyConsumedTab = toTab > remaining
                    let step = min(remaining, toTab)
                    column += step
                    if !partiallyConsumedTab { offset += 1 }
                    remaining -= step
                } else {
                    partiallyConsumedTab = false
                    column += toTab
                    offset += 1
                    remaining -= 1
                }
            } else {
                partiallyConsumedTab = false
                offset += 1
                column += 1
                remaining -= 1
            }
        }
    }

    mutating func advanceToEnd() {
        offset = lineEnd
    }
}
