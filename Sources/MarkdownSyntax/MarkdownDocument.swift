/// A parsed Markdown document: the source and its block tree.
public struct MarkdownDocument: Sendable {
    public let source: SourceText
    /// A block of kind `.document` whose children are the top-level blocks.
    public let root: Block
    /// Every HTML comment in the document, block or inline, in source order. Ranges cover
    /// `<!--` through `-->` (or the end of the document for an unclosed comment).
    public let comments: [Range<Int>]
    /// The normalized labels of the document's link reference definitions: `[text][label]`
    /// and `[label]` are links only when their label is defined.
    public let linkLabels: Set<String>

    public init(source: SourceText, root: Block, comments: [Range<Int>], linkLabels: Set<String> = []) {
        self.source = source
        self.root = root
        self.comments = comments
        self.linkLabels = linkLabels
    }

    /// Parses `source`. Never fails: any byte sequence is some Markdown document.
    public init(parsing source: SourceText) {
        self = BlockParser(source: source).parse()
    }

    /// The inline elements of `content`, parsed on demand: most rules never need them.
    public func inlines(_ content: InlineContent) -> [Inline] {
        source.bytes.withUnsafeBufferPointer { bytes in
            InlineParser(bytes: bytes, linkLabels: linkLabels).parse(content)
        }
    }
}

extension Block {
    /// Visits this block and every descendant in document order, depth first.
    public func forEachDescendant(_ visit: (Block) -> Void) {
        walk { block in
            visit(block)
            return true
        }
    }

    /// Visits this block and its descendants in document order, depth first, going into a
    /// block's children only when `visit` returns true. Iterative, so that 10,000-deep
    /// nesting does not exhaust the stack; the stack holds each level's children and where
    /// it is in them, not copies of the blocks, each of which would retain all its fields.
    func walk(_ visit: (Block) -> Bool) {
        guard visit(self) else { return }
        var stack: [(siblings: [Block], next: Int)] = [(children, 0)]
        while let level = stack.indices.last {
            let (siblings, next) = stack[level]
            guard next < siblings.count else {
                stack.removeLast()
                continue
            }
            stack[level].next = next + 1
            if visit(siblings[next]) && !siblings[next].children.isEmpty { stack.append((siblings[next].children, 0)) }
        }
    }
}
