/// One block of the document tree, with the exact byte range it covers.
///
/// Container blocks (document, block quote, list, list item) hold `children`; leaf blocks
/// hold their content in `kind`. Ranges run from the first byte of the block's first line
/// (markers included) to the end of its last line's content (line ending excluded).
public struct Block: Sendable, Equatable {
    public var kind: BlockKind
    public var range: Range<Int>
    public var children: [Block]

    public init(kind: BlockKind, range: Range<Int>, children: [Block] = []) {
        self.kind = kind
        self.range = range
        self.children = children
    }
}

public enum BlockKind: Sendable, Equatable {
    case document
    case frontMatter(FrontMatter)
    case heading(Heading)
    case paragraph(InlineContent)
    case blockQuote
    case list(ListInfo)
    case listItem(ListItemInfo)
    case table(Table)
    case codeBlock(CodeBlock)
    case htmlBlock(HTMLBlock)
    case thematicBreak
}

/// The inline text of a leaf block: one segment per source line, with container prefixes
/// (`> `, list indentation) and the block's own markers (`## `, closing `#`s) removed and
/// surrounding spaces trimmed. Segments are not contiguous in the source: a soft line
/// break separates each from the next.
public struct InlineContent: Sendable, Equatable {
    public var segments: [Range<Int>]

    public init(segments: [Range<Int>]) { self.segments = segments }

    /// From the first byte of the first segment to the last byte of the last one.
    public var span: Range<Int>? {
        guard let first = segments.first, let last = segments.last else { return nil }
        return first.lowerBound..<last.upperBound
    }
}

public struct Heading: Sendable, Equatable {
    public var level: Int
    public var isSetext: Bool
    public var content: InlineContent

    public init(level: Int, isSetext: Bool, content: InlineContent) {
        self.level = level
        self.isSetext = isSetext
        self.content = content
    }
}

public struct ListInfo: Sendable, Equatable {
    public var isOrdered: Bool
    /// The number of the first item of an ordered list.
    public var start: Int?
    /// A tight list has no blank lines between or inside its items.
    public var isTight: Bool

    public init(isOrdered: Bool, start: Int?, isTight: Bool) {
        self.isOrdered = isOrdered
        self.start = start
        self.isTight = isTight
    }
}

public struct ListItemInfo: Sendable, Equatable {
    /// The bullet (`-`, `*`, `+`) or number with its delimiter (`1.`, `2)`).
    public var markerRange: Range<Int>
    /// Set for a GFM task item (`- [ ]` or `- [x]`).
    public var task: TaskMarker?

    public init(markerRange: Range<Int>, task: TaskMarker?) {
        self.markerRange = markerRange
        self.task = task
    }
}

public struct TaskMarker: Sendable, Equatable {
    public var isChecked: Bool
    /// The three bytes `[ ]` or `[x]`.
    public var range: Range<Int>

    public init(isChecked: Bool, range: Range<Int>) {
        self.isChecked = isChecked
        self.range = range
    }
}

public struct CodeBlock: Sendable, Equatable {
    public var isFenced: Bool
    /// The info string after an opening fence (`swift`, `text`), trimmed; empty when absent.
    public var info: String
    /// The content lines, one range per line, without the fence lines.
    public var contentLines: [Range<Int>]

    public init(isFenced: Bool, info: String, contentLines: [Range<Int>]) {
        self.isFenced = isFenced
        self.info = info
        self.contentLines = contentLines
    }
}

public struct HTMLBlock: Sendable, Equatable {
    /// True when the block is an HTML comment (`<!-- ... -->`).
    public var isComment: Bool

    public init(isComment: Bool) { self.isComment = isComment }
}
