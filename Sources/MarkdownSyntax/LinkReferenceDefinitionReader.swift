/// Reads the link reference definitions (`[label]: destination "title"`) that open a
/// paragraph. CommonMark removes them from the text; their labels decide which
/// `[text][label]` and `[label]` are links.
///
/// The paragraph's lines are joined with `\n` into a scratch buffer (only for paragraphs
/// that start with `[`), so that definitions spanning lines read like one string.
struct LinkReferenceDefinitionReader {
    private let text: [UInt8]
    private var position = 0
    private(set) var labels: [String] = []

    init(bytes: UnsafeBufferPointer<UInt8>, lines: [Range<Int>]) {
        var text: [UInt8] = []
        for (k, line) in lines.enumerated() {
            if k > 0 { text.append(ASCII.newline) }
            text.append(contentsOf: bytes[line])
        }
        self.text = text
    }

    /// How many whole lines the definitions at the start take up.
    mutating func readDefinitions() -> Int {
        var consumedLines = 0
        while position < text.count, let end = readDefinition(from: position) {
            consumedLines += text[position..<end].reduce(0) { $0 + ($1 == ASCII.newline ? 1 : 0) } + 1
            position = end + 1
        }
        return consumedLines
    }

    /// Reads one definition starting at `start`; returns the offset of the line end after it.
    private mutating func readDefinition(from start: Int) -> Int? {
        guard let labelEnd = labelEnd(from: start), labelEnd < text.count, text[labelEnd] == ASCII.colon else { return nil }
        var i = skipSpace(from: labelEnd + 1, allowingNewline: true)
        guard let destinationEnd = destinationEnd(from: i) else { return nil }
        i = destinationEnd
        let afterDestination = i
        let beforeTitle = skipSpace(from: i, allowingNewline: true)
        if beforeTitle > afterDestination, let titleEnd = titleEnd(from: beforeTitle), let lineEnd = lineEnd(from: titleEnd) {
            i = lineEnd
        } else if let lineEnd = lineEnd(from: afterDestination) {
            i = lineEnd
        } else {
            return nil
        }
        let label = text[(start + 1)..<(labelEnd - 1)]
        labels.append(LinkLabel.normalize(label))
        return i
    }

    /// The offset after `]` of a label starting with `[` at `start`.
    private func labelEnd(from start: Int) -> Int? {
        guard text[start] == ASCII.openBracket else { return nil }
        var i = start + 1
        var hasContent = false
        while i < text.count && i - start <= 1000 {
            let b = text[i]
            if b == ASCII.closeBracket { return hasContent && i - start <= 1000 ? i + 1 : nil }
            if b == ASCII.openBracket { return nil }
            if b == ASCII.backslash && i + 1 < text.count && ASCII.isPunctuation(text[i + 1]) { i += 1 }
            if !ASCII.isWhitespace(b) { hasContent = true }
            i += 1
        }
        return nil
    }

    private func skipSpace(from start: Int, allowingNewline: Bool) -> Int {
        var i = start
        var newlines = 0
        while i < text.count {
            if ASCII.isSpaceOrTab(text[i]) {
                i += 1
            } else if text[i] == ASCII.newline && allowingNewline && newlines == 0 {
                newlines += 1
                i += 1
            } else {
                break
            }
        }
        return i
    }

    private func destinationEnd(from start: Int) -> Int? {
        guard start < text.count else { return nil }
        if text[start] == ASCII.lessThan {
            var i = start + 1
            while i < text.count {
                let b = text[i]
                if b == ASCII.greaterThan { return i + 1 }
                if b == ASCII.newline || b == ASCII.lessThan { return nil }
                if b == ASCII.backslash && i + 1 < text.count && ASCII.isPunctuation(text[i + 1]) { i += 1 }
                i += 1
            }
            return nil
        }
        return LinkDestination.bareEnd(in: text, from: start, end: text.count)
    }

    private func titleEnd(from start: Int) -> Int? {
        guard start < text.count else { return nil }
        let open = text[start]
        let close: UInt8
        switch open {
        case ASCII.doubleQuote, ASCII.singleQuote: close = open
        case ASCII.openParen: close = ASCII.closeParen
        default: return nil
        }
        var i = start + 1
        while i < text.count {
            let b = text[i]
            if b == close { return i + 1 }
            if open == ASCII.openParen && b == ASCII.openParen { return nil }
            if b == ASCII.backslash && i + 1 < text.count && ASCII.isPunctuation(text[i + 1]) { i += 1 }
            i += 1
        }
        return nil
    }

    /// The offset of the line end (newline or end of text) if only spaces remain before it.
    private func lineEnd(from start: Int) -> Int? {
        var i = start
        while i < text.count && ASCII.isSpaceOrTab(text[i]) { i += 1 }
        return i == text.count || text[i] == ASCII.newline ? i : nil
    }
}

/// How link labels compare: case-insensitively, with runs of whitespace as one space.
enum LinkLabel {
    static func normalize<Bytes: Collection<UInt8>>(_ label: Bytes) -> String {
        var collapsed: [UInt8] = []
        collapsed.reserveCapacity(label.count)
        var pendingSpace = false
        for b in label {
            if ASCII.isWhitespace(b) {
                pendingSpace = !collapsed.isEmpty
            } else {
                if pendingSpace { collapsed.append(ASCII.space) }
                pendingSpace = false
                collapsed.append(b)
            }
        }
        return String(decoding: collapsed, as: UTF8.self).lowercased()
    }
}

/// Link destinations without angle brackets: no spaces or control characters, and
/// parentheses balanced unless escaped.
enum LinkDestination {
    static func bareEnd<Bytes: RandomAccessCollection<UInt8>>(in text: Bytes, from start: Int, end: Int) -> Int? where Bytes.Index == Int {
        var i = start
        var depth = 0
        while i < end {
            let b = text[i]
            if b <= ASCII.space || b == 0x7F { break }
            if b == ASCII.backslash && i + 1 < end && ASCII.isPunctuation(text[i + 1]) {
                i += 2
                continue
            }
            if b == ASCII.openParen {
                depth += 1
                if depth > 32 { return nil }
            } else if b == ASCII.closeParen {
                if depth == 0 { break }
                depth -= 1
            }
            i += 1
        }
        return i > start && depth == 0 ? i : nil
    }
}
