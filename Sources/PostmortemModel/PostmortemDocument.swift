import MarkdownSyntax

/// What a postmortem says, read from its syntax tree: sections, metadata, action items and
/// the timeline. Knows nothing about rules; rules and front ends read it.
public struct PostmortemDocument: Sendable {
    public let markdown: MarkdownDocument
    /// The top-level sections; each holds its subsections.
    public let sections: [Section]
    /// Blocks before the first heading.
    public let preamble: [Block]
    public let frontMatter: FrontMatter?
    public let metadata: Metadata
    public let actionItems: [ActionItem]
    public let timeline: Timeline
    /// Block quotes, pasted chat logs and status-page updates: not the author's prose.
    public let quoted: QuotedMaterial
    /// The questions the document answers, under the template's headings or elsewhere.
    public let coverage: SectionCoverage
    /// The profile the document asks for in its front matter (`pmlint:` or `profile:`).
    public let requestedProfile: String?
    /// Every section, subsections included, in document order: flattened once, as rules ask
    /// for it in loops over the kinds of sections.
    public let allSections: [Section]

    public var source: SourceText { markdown.source }

    public init(markdown: MarkdownDocument, options: ModelOptions = ModelOptions()) {
        self = PostmortemReader(markdown: markdown, options: options).read()
    }

    init(markdown: MarkdownDocument, sections: [Section], preamble: [Block], frontMatter: FrontMatter?, metadata: Metadata,
         actionItems: [ActionItem], timeline: Timeline, quoted: QuotedMaterial, coverage: SectionCoverage, requestedProfile: String?) {
        self.markdown = markdown
        self.sections = sections
        self.preamble = preamble
        self.frontMatter = frontMatter
        self.metadata = metadata
        self.actionItems = actionItems
        self.timeline = timeline
        self.quoted = quoted
        self.coverage = coverage
        self.requestedProfile = requestedProfile
        allSections = PostmortemReader.flatten(sections)
    }

    /// The sections of `kind`, in document order.
    public func sections(of kind: SectionKind) -> [Section] {
        allSections.filter { $0.kind == kind }
    }
}

/// What the reader needs to know beyond the text.
public struct ModelOptions: Sendable {
    public var catalog: SectionCatalog
    /// Zone, day rollover and event keywords for reading the timeline.
    public var timeline: TimelineOptions

    public init(catalog: SectionCatalog = SectionCatalog(), timeline: TimelineOptions = TimelineOptions()) {
        self.catalog = catalog
        self.timeline = timeline
    }
}
