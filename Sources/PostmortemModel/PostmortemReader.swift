import MarkdownSyntax

/// Builds a `PostmortemDocument` from a syntax tree.
struct PostmortemReader {
    let markdown: MarkdownDocument
    let options: ModelOptions

    func read() -> PostmortemDocument {
        var frontMatter: FrontMatter?
        if let first = markdown.root.children.first, case .frontMatter(let matter) = first.kind { frontMatter = matter }
        let (preamble, sections) = SectionBuilder(markdown: markdown, catalog: options.catalog).build(from: markdown.root.children)
        let all = Self.flatten(sections)
        let excluded = all.filter { $0.kind == .actionItems || $0.kind == .timeline }.map(\.range)
        var metadata = MetadataReader(markdown: markdown, excluded: excluded).read(frontMatter: frontMatter)
        metadata.entries += StatedMetadataReader(markdown: markdown).read(sections: all, preamble: preamble, frontMatter: frontMatter, known: metadata)
        let quoted = QuotedMaterial(root: markdown.root, source: markdown.source)
        let actionItems = ActionItemReader(markdown: markdown, catalog: options.catalog, quoted: quoted).read(sections: all, preamble: preamble)
        let requested = (frontMatter?.entry("pmlint") ?? frontMatter?.entry("profile"))?.value
        let timeline = Timeline(sections: sections, metadata: metadata, frontMatter: frontMatter, source: markdown.source, options: options.timeline)
        let coverage = SectionCoverageReader(markdown: markdown, catalog: options.catalog)
            .read(sections: all, preamble: preamble, actionItems: actionItems, timeline: timeline)
        return PostmortemDocument(markdown: markdown, sections: sections, preamble: preamble, frontMatter: frontMatter,
                                  metadata: metadata, actionItems: actionItems, timeline: timeline, quoted: quoted, coverage: coverage,
                                  requestedProfile: requested.flatMap { $0.isEmpty ? nil : $0.lowercased() })
    }

    /// Sections in document order, subsections after their parent. Iterative.
    static func flatten(_ sections: [Section]) -> [Section] {
        var result: [Section] = []
        var stack = Array(sections.reversed())
        while let section = stack.popLast() {
            result.append(section)
            stack.append(contentsOf: section.subsections.reversed())
        }
        return result
    }
}
