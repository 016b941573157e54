import MarkdownSyntax

/// A `**Key:** value` or `Key: value` line, as found in paragraphs and list items.
struct KeyValueLine {
    var key: String
    var keyRange: Range<Int>
    var valueRange: Range<Int>
    /// Whether the key was set in bold or italics, which makes any key count.
    var isEmphasized: Bool

    /// Reads one line (one segment of inline content). Nil when the line is not a pair.
    init?(segment: Range<Int>, in markdown: MarkdownDocument) {
        let bytes = markdown.source.bytes
        // Every line of every paragraph is asked; a pair needs a colon, most prose lines have
        // none, and looking for one costs far less than parsing the line's inlines.
        guard let firstColon = ByteScanner.firstIndex(of: UInt8(ascii: ":"), in: bytes, segment) else { return nil }
        // No markup before the colon: the line starts with plain text that runs past it.
        if InlineContent.isPlain(bytes[segment.lowerBound..<firstColon]) {
            self.init(plainKeyBefore: firstColon, segment: segment, markdown: markdown)
            return
        }
        let inlines = markdown.inlines(InlineContent(segments: [segment]))
        guard let first = inlines.first else { return nil }
        if first.kind == .strong || first.kind == .emphasis {
            var key = markdown.plainText(of: first.children).trimmingSpaces
            var valueStart = first.range.upperBound
            if key.hasSuffix(":") {
                key.removeLast()
            } else if valueStart < segment.upperBound && bytes[valueStart] == UInt8(ascii: ":") {
                valueStart += 1
            } else {
                return nil
            }
            key = key.trimmingSpaces
            guard !key.isEmpty else { return nil }
            self.init(key: key, keyRange: first.range, valueStart: valueStart, segment: segment, markdown: markdown, isEmphasized: true)
        } else {
            guard first.kind == .text, let colon = bytes[first.range].firstIndex(of: UInt8(ascii: ":")) else { return nil }
            self.init(plainKeyBefore: colon, segment: segment, markdown: markdown)
        }
    }

    /// Plain "Key: value": the key is a few words before the first colon.
    private init?(plainKeyBefore colon: Int, segment: Range<Int>, markdown: MarkdownDocument) {
        let bytes = markdown.source.bytes
        guard colon + 1 == segment.upperBound || bytes[colon + 1] == UInt8(ascii: " ") || bytes[colon + 1] == UInt8(ascii: "\t")
        else { return nil }
        let key = markdown.source.text(segment.lowerBound..<colon).trimmingSpaces
        let wordCount = key.split(separator: " ").count
        guard (1...5).contains(wordCount), !Self.mentionsWebAddress(key) else { return nil }
        self.init(key: key, keyRange: segment.lowerBound..<colon, valueStart: colon + 1, segment: segment,
                  markdown: markdown, isEmphasized: false)
    }

    private init(key: String, keyRange: Range<Int>, valueStart: Int, segment: Range<Int>, markdown: MarkdownDocument, isEmphasized: Bool) {
        let bytes = markdown.source.bytes
        var start = valueStart
        while start < segment.upperBound && (bytes[start] == UInt8(ascii: " ") || bytes[start] == UInt8(ascii: "\t")) { start += 1 }
        self.key = key
        self.keyRange = keyRange
        self.valueRange = start..<segment.upperBound
        self.isEmphasized = isEmphasized
    }

    /// `http` in a key: "See https://…" is a sentence with a link, not a field. Compared as
    /// bytes, which costs a small fraction of a `String` search.
    private static func mentionsWebAddress(_ key: String) -> Bool {
        let bytes = Array(key.utf8)
        return bytes.indices.contains { bytes[$0...].starts(with: "http".utf8) }
    }

    /// The value as plain text; read only for keys that name a field.
    func value(in markdown: MarkdownDocument) -> String {
        valueRange.isEmpty ? "" : markdown.plainText(InlineContent(segments: [valueRange])).trimmingSpaces
    }
}
