/// Reads front matter as far as postmortems use it. YAML (between `---` fences): `key: value`
/// lines, quoted or plain scalars, inline `[a, b]` sequences, block scalars (`|`, `>`), and one
/// level of nesting (a mapping or a `- item` sequence under a key). TOML (between `+++`
/// fences, as static site generators write it): `key = value` lines, and a `[table]` header
/// nesting the keys after it. Comments and blank lines are skipped; lines it cannot read are
/// ignored rather than failing the document.
struct FrontMatterReader {
    let bytes: UnsafeBufferPointer<UInt8>
    let lineIndex: LineIndex
    let syntax: Syntax

    enum Syntax {
        case yaml, toml

        var fence: StaticString {
            switch self {
            case .yaml: "---"
            case .toml: "+++"
            }
        }
    }

    /// The syntax whose opening fence `range` is (`---` or `+++`), if it is one.
    static func openingFence(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Syntax? {
        [Syntax.yaml, .toml].first { isFence(bytes, range, $0.fence) }
    }

    /// Whether `range` closes front matter opened by `syntax`'s fence (YAML may also close with `...`).
    static func isClosingFence(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, of syntax: Syntax) -> Bool {
        isFence(bytes, range, syntax.fence) || (syntax == .yaml && isFence(bytes, range, "..."))
    }

    private static func isFence(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ fence: StaticString) -> Bool {
        let trimmed = bytes.trimmingSpaces(range)
        return trimmed.lowerBound == range.lowerBound && trimmed.count == 3 && bytes.matches(fence, at: trimmed.lowerBound, end: trimmed.upperBound)
    }

    func read(lines: Range<Int>) -> FrontMatter {
        syntax == .toml ? readTOML(lines: lines) : readYAML(lines: lines)
    }

    private func readYAML(lines: Range<Int>) -> FrontMatter {
        var entries: [FrontMatterEntry] = []
        var line = lines.lowerBound
        while line < lines.upperBound {
            let range = lineIndex.contentRange(ofLine: line)
            line += 1
            let text = bytes.trimmingSpaces(range)
            guard !text.isEmpty && bytes[text.lowerBound] != ASCII.hash else { continue }
            let indent = text.lowerBound - range.lowerBound
            guard var entry = self.entry(in: text) else { continue }
            if isBlockScalarIndicator(entry.valueRange) {
                line = readBlockScalar(into: &entry, after: indent, lines: line..<lines.upperBound)
            }
            if indent == 0 || entries.isEmpty {
                entries.append(entry)
            } else {
                entries[entries.count - 1].children.append(entry)
            }
        }
        return FrontMatter(entries: entries)
    }

    /// `key = value` lines; a `[table]` header holds the keys after it as its children.
    private func readTOML(lines: Range<Int>) -> FrontMatter {
        var entries: [FrontMatterEntry] = []
        var inTable = false
        for line in lines {
            let text = bytes.trimmingSpaces(lineIndex.contentRange(ofLine: line))
            guard !text.isEmpty && bytes[text.lowerBound] != ASCII.hash else { continue }
            if bytes[text.lowerBound] == ASCII.openBracket && bytes[text.upperBound - 1] == ASCII.closeBracket {
                let name = bytes.trimmingSpaces((text.lowerBound + 1)..<(text.upperBound - 1))
                entries.append(scalarEntry(key: name, value: name.upperBound..<name.upperBound))
                inTable = true
                continue
            }
            guard let equals = text.first(where: { bytes[$0] == ASCII.equals }) else { continue }
            var entry = scalarEntry(key: unquoted(bytes.trimmingSpaces(text.lowerBound..<equals)),
                                    value: bytes.trimmingSpaces((equals + 1)..<text.upperBound))
            let value = entry.valueRange
            if value.count >= 2 && bytes[value.lowerBound] == ASCII.openBracket && bytes[value.upperBound - 1] == ASCII.closeBracket {
                entry.value = ""
                entry.children = sequenceItems(in: (value.lowerBound + 1)..<(value.upperBound - 1))
            }
            if inTable { entries[entries.count - 1].children.append(entry) } else { entries.append(entry) }
        }
        return FrontMatter(entries: entries)
    }

    /// `key: value`, `key:` (nested below) or `- item`.
    private func entry(in text: Range<Int>) -> FrontMatterEntry? {
        let first = bytes[text.lowerBound]
        if first == ASCII.dash && (text.count == 1 || ASCII.isSpaceOrTab(bytes[text.lowerBound + 1])) {
            let item = bytes.trimmingSpaces((text.lowerBound + 1)..<text.upperBound)
            return scalarEntry(key: text.lowerBound..<text.lowerBound, value: item)
        }
        guard let colon = keyEnd(in: text) else { return nil }
        var key = bytes.trimmingSpaces(text.lowerBound..<colon)
        key = unquoted(key)
        var entry = scalarEntry(key: key, value: bytes.trimmingSpaces((colon + 1)..<text.upperBound))
        let value = entry.valueRange
        if value.count >= 2 && bytes[value.lowerBound] == ASCII.openBracket && bytes[value.upperBound - 1] == ASCII.closeBracket {
            entry.value = ""
            entry.children = sequenceItems(in: (value.lowerBound + 1)..<(value.upperBound - 1))
        }
        return entry
    }

    /// The colon ending a key: the first one followed by a space or the line end, outside quotes.
    private func keyEnd(in text: Range<Int>) -> Int? {
        var quote: UInt8 = 0
        for i in text {
            let b = bytes[i]
            if quote != 0 {
                if b == quote { quote = 0 }
            } else if i == text.lowerBound && (b == ASCII.doubleQuote || b == ASCII.singleQuote) {
                quote = b
            } else if b == ASCII.colon && (i + 1 == text.upperBound || ASCII.isSpaceOrTab(bytes[i + 1])) {
                return i
            }
        }
        return nil
    }

    private func scalarEntry(key: Range<Int>, value written: Range<Int>) -> FrontMatterEntry {
        var value = written
        // A comment after a plain value.
        if !value.isEmpty && bytes[value.lowerBound] != ASCII.doubleQuote && bytes[value.lowerBound] != ASCII.singleQuote {
            if let hash = value.first(where: { bytes[$0] == ASCII.hash && ($0 == value.lowerBound || ASCII.isSpaceOrTab(bytes[$0 - 1])) }) {
                value = bytes.trimmingSpaces(value.lowerBound..<hash)
            }
        }
        let valueRange = value.isEmpty ? key.upperBound..<key.upperBound : value
        return FrontMatterEntry(key: text(key), keyRange: key, value: text(unquoted(value)), valueRange: valueRange)
    }

    private func sequenceItems(in inner: Range<Int>) -> [FrontMatterEntry] {
        var items: [FrontMatterEntry] = []
        var start = inner.lowerBound
        var quote: UInt8 = 0
        for i in inner.lowerBound...inner.upperBound {
            let b: UInt8 = i < inner.upperBound ? bytes[i] : ASCII.backslash
            if quote != 0 {
                if b == quote { quote = 0 }
                continue
            }
            if b == ASCII.doubleQuote || b == ASCII.singleQuote {
                quote = b
            } else if i == inner.upperBound || b == UInt8(ascii: ",") {
                let item = bytes.trimmingSpaces(start..<i)
                if !item.isEmpty { items.append(scalarEntry(key: item.lowerBound..<item.lowerBound, value: item)) }
                start = i + 1
            }
        }
        return items
    }

    private func unquoted(_ range: Range<Int>) -> Range<Int> {
        guard range.count >= 2 else { return range }
        let first = bytes[range.lowerBound]
        guard (first == ASCII.doubleQuote || first == ASCII.singleQuote) && bytes[range.upperBound - 1] == first else { return range }
        return (range.lowerBound + 1)..<(range.upperBound - 1)
    }

    private func isBlockScalarIndicator(_ value: Range<Int>) -> Bool {
        guard let first = value.first, value.count <= 2 else { return false }
        let b = bytes[first]
        return (b == ASCII.pipe || b == ASCII.greaterThan)
            && (value.count == 1 || bytes[first + 1] == ASCII.dash || bytes[first + 1] == ASCII.plus)
    }

    /// Folds the more-indented lines after `key: |` into the entry's value; returns the next line to read.
    private func readBlockScalar(into entry: inout FrontMatterEntry, after indent: Int, lines: Range<Int>) -> Int {
        let separator = bytes[entry.valueRange.lowerBound] == ASCII.pipe ? "\n" : " "
        var parts: [String] = []
        var covered: Range<Int>?
        var line = lines.lowerBound
        while line < lines.upperBound {
            let range = lineIndex.contentRange(ofLine: line)
            let text = bytes.trimmingSpaces(range)
            guard text.isEmpty || text.lowerBound - range.lowerBound > indent else { break }
            if !text.isEmpty {
                parts.append(self.text(text))
                covered = (covered?.lowerBound ?? text.lowerBound)..<text.upperBound
            }
            line += 1
        }
        if let covered {
            entry.value = parts.joined(separator: separator)
            entry.valueRange = covered
        }
        return line
    }

    private func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}

extension BlockParsing {
    /// Front matter: `---` on the first line up to a closing `---` or `...`, or `+++` up to
    /// `+++`. Returns the first line left for Markdown (0 when there is no front matter).
    mutating func parseFrontMatter() -> Int {
        let lineCount = lineIndex.lineCount
        guard lineCount > 1, let syntax = FrontMatterReader.openingFence(bytes, lineIndex.contentRange(ofLine: 0)) else { return 0 }
        var closing = 1
        while closing < lineCount && !FrontMatterReader.isClosingFence(bytes, lineIndex.contentRange(ofLine: closing), of: syntax) {
            closing += 1
        }
        guard closing < lineCount else { return 0 }
        frontMatter = FrontMatterReader(bytes: bytes, lineIndex: lineIndex, syntax: syntax).read(lines: 1..<closing)
        var node = ParseNode(kind: .frontMatter, parent: 0, start: 0, line: 0)
        node.end = lineIndex.contentRange(ofLine: closing).upperBound
        node.endLine = closing
        node.depth = 1
        nodes.append(node)
        nodes[0].children.append(nodes.count - 1)
        return closing + 1
    }
}
