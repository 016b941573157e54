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
    /// Iterative, so that 10,000-deep nesting does not exhaust the stack.
    public func forEachDescendant(_ visit: (Block) -> Void) {
        var stack: [Block] = [self]
        while let block = stack.popLast() {
            visit(block)
            stack.append(contentsOf: block.children.reversed())
        }
    }
}
