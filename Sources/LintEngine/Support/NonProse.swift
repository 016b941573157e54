import MarkdownSyntax

/// The parts of inline content that are not prose: code spans, links and images (their
/// text and destination), autolinks and raw HTML. Rules that read words skip them.
enum NonProse {
    /// The non-prose ranges of `content`, parsing its inlines only when it has a byte that
    /// can open one of them: most paragraphs and cells have none, or only emphasis.
    static func ranges(of content: InlineContent, in markdown: MarkdownDocument) -> [Range<Int>] {
        let bytes = markdown.source.bytes
        let mayHaveSome = content.segments.contains { segment in bytes[segment].contains(where: opensNonProse) }
        return mayHaveSome ? ranges(in: markdown.inlines(content)) : []
    }

    /// `` ` `` (code), `[` (link, image) and `<` (autolink, HTML): without one of them, every
    /// inline is text or emphasis (an escape only ever takes a construct away).
    private static func opensNonProse(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "`") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "<")
    }

    private static func ranges(in inlines: [Inline]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var stack = inlines
        while let inline = stack.popLast() {
            switch inline.kind {
            case .code, .link, .image, .autolink, .html:
                result.append(inline.range)
            case .emphasis, .strong, .strikethrough:
                stack.append(contentsOf: inline.children)
            case .text, .softBreak, .hardBreak:
                continue
            }
        }
        return result.sorted { $0.lowerBound < $1.lowerBound }
    }
}
