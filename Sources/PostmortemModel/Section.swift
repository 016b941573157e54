import MarkdownSyntax

/// A heading and everything under it up to the next heading of the same or a higher level.
public struct Section: Sendable {
    /// The heading text as the reader sees it (inline markup removed).
    public var title: String
    /// The canonical kind, or nil when the heading is not one pmlint knows.
    public var kind: SectionKind?
    public var level: Int
    /// The heading line.
    public var headingRange: Range<Int>
    /// The heading's text without its markers.
    public var titleRange: Range<Int>
    /// From the heading to the end of the section's last block (subsections included).
    public var range: Range<Int>
    /// The blocks directly under the heading, before the first subsection.
    public var blocks: [Block]
    public var subsections: [Section]
    /// Whether the heading is the document's title, not a section: the first heading, at
    /// level 1, when pmlint does not know it as a section ("# Cache outage, 2024-04-15",
    /// even when the sections below are H1s too), and the heading that gives the value of
    /// a `# Title:` heading.
    public var isTitle = false

    public init(title: String, kind: SectionKind?, level: Int, headingRange: Range<Int>, titleRange: Range<Int>,
                range: Range<Int>, blocks: [Block], subsections: [Section]) {
        self.title = title
        self.kind = kind
        self.level = level
        self.headingRange = headingRange
        self.titleRange = titleRange
        self.range = range
        self.blocks = blocks
        self.subsections = subsections
    }

    /// This section's blocks followed by those of every subsection, in document order.
    public var allBlocks: [Block] {
        blocks + subsections.flatMap(\.allBlocks)
    }
}
