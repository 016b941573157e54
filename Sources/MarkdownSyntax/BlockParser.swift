/// Placeholder: the CommonMark block parser lands here.
struct BlockParser {
    let source: SourceText

    func parse() -> MarkdownDocument {
        MarkdownDocument(source: source, root: Block(kind: .document, range: 0..<source.count), comments: [])
    }
}
