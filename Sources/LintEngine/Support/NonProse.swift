import MarkdownSyntax

/// The parts of inline content that are not prose: code spans, links and images (their
/// text and destination), autolinks and raw HTML. Rules that read words skip them.
enum NonProse {
    static func ranges(in inlines: [Inline]) -> [Range<Int>] {
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
