@testable import MarkdownSyntax

/// Parses `text` (a Swift string literal, so valid UTF-8) into a document.
func parse(_ text: String) -> MarkdownDocument {
    MarkdownDocument(parsing: SourceText(text))
}

extension MarkdownDocument {
    /// Every block below the root, in document order.
    var allBlocks: [Block] {
        var blocks: [Block] = []
        root.forEachDescendant { blocks.append($0) }
        return Array(blocks.dropFirst())
    }

    func text(_ range: Range<Int>) -> String { source.text(range) }

    /// The text of each segment of `content`.
    func texts(_ content: InlineContent) -> [String] { content.segments.map(text) }
}

extension Block {
    var inlineContent: InlineContent? {
        switch kind {
        case .paragraph(let content): content
        case .heading(let heading): heading.content
        default: nil
        }
    }
}
