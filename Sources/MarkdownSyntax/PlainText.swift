extension MarkdownDocument {
    /// The text a reader sees in `content`: markup, link destinations and HTML dropped,
    /// code spans kept as their content, escapes resolved, line breaks as single spaces.
    public func plainText(_ content: InlineContent) -> String {
        // One line without markup (most table cells) is its own text: no inlines to build.
        if content.segments.count == 1, let line = content.segments.first, InlineContent.isPlain(source.bytes[line]) {
            return String(decoding: source.bytes[line], as: UTF8.self)
        }
        var out: [UInt8] = []
        appendPlainText(of: inlines(content), to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The plain text of already parsed inlines.
    public func plainText(of inlines: [Inline]) -> String {
        var out: [UInt8] = []
        appendPlainText(of: inlines, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private func appendPlainText(of inlines: [Inline], to out: inout [UInt8]) {
        let bytes = source.bytes
        for inline in inlines {
            switch inline.kind {
            case .text:
                let range = inline.range
                if range.count == 2 && bytes[range.lowerBound] == UInt8(ascii: "\\") {
                    out.append(bytes[range.lowerBound + 1])
                } else {
                    out += bytes[range]
                }
            case .softBreak, .hardBreak:
                out.append(UInt8(ascii: " "))
            case .code(let content):
                out += bytes[content]
            case .emphasis, .strong, .strikethrough, .link, .image:
                appendPlainText(of: inline.children, to: &out)
            case .autolink:
                let range = inline.range
                if range.count >= 2 { out += bytes[(range.lowerBound + 1)..<(range.upperBound - 1)] }
            case .html:
                break
            }
        }
    }
}
