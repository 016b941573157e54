import MarkdownSyntax

/// Builds a `PostmortemDocument` from a syntax tree.
struct PostmortemReader {
    let markdown: MarkdownDocument
    let options: ModelOptions

    func read() -> PostmortemDocument {
        PostmortemDocument(markdown: markdown, sections: [], preamble: [], frontMatter: nil, metadata: Metadata(entries: []),
                           actionItems: [], timeline: Timeline(), requestedProfile: nil)
    }
}
