/// MDX, the Markdown of many documentation sites and blogs, lets a page start with JavaScript
/// module statements (`import X from '…'`, `export const post = {…}`). A CommonMark parser reads
/// them as paragraphs; they are code, not the author's words, and their object literals look
/// like `key: value` lines.
public enum MDXModuleStatement {
    /// Whether `block`, a top-level block, is an MDX `import` or `export` statement: a paragraph
    /// whose first line starts with `import` or `export` in lower case followed by the shape of a
    /// module statement, never a sentence ("import failures rose" is prose).
    public static func isModuleStatement(_ block: Block, in source: SourceText) -> Bool {
        guard case .paragraph(let content) = block.kind, let first = content.segments.first else { return false }
        let line = source.bytes[first]
        for (keyword, followers) in shapes where line.starts(with: keyword) {
            let rest = line.dropFirst(keyword.count)
            return followers.contains { rest.starts(with: $0) } || keyword == importKeyword && isDefaultImport(rest)
        }
        return false
    }

    /// The `key: value` lines of an exported object (`export const post = {` … `}`), which MDX
    /// sites use as their front matter: each key's range and its value's, inside the quotes and
    /// without the trailing comma. Empty for any other block.
    public static func exportedFields(of block: Block, in source: SourceText) -> [(key: Range<Int>, value: Range<Int>)] {
        guard isModuleStatement(block, in: source), case .paragraph(let content) = block.kind,
              let first = content.segments.first, source.bytes[first].starts(with: "export ".utf8),
              source.bytes[first].last == UInt8(ascii: "{")
        else { return [] }
        return content.segments.dropFirst().compactMap { field(in: $0, of: source.bytes) }
    }

    /// `key: 'value',` (or double quotes, or a bare value) on one line.
    private static func field(in line: Range<Int>, of bytes: [UInt8]) -> (key: Range<Int>, value: Range<Int>)? {
        var start = line.lowerBound
        while start < line.upperBound && (bytes[start] == UInt8(ascii: " ") || bytes[start] == UInt8(ascii: "\t")) { start += 1 }
        var colon = start
        while colon < line.upperBound && (ASCII.isAlphanumeric(bytes[colon]) || bytes[colon] == UInt8(ascii: "_")) { colon += 1 }
        guard colon > start, colon < line.upperBound, bytes[colon] == UInt8(ascii: ":") else { return nil }
        var valueStart = colon + 1
        while valueStart < line.upperBound && bytes[valueStart] == UInt8(ascii: " ") { valueStart += 1 }
        var valueEnd = line.upperBound
        while valueEnd > valueStart && (bytes[valueEnd - 1] == UInt8(ascii: ",") || bytes[valueEnd - 1] == UInt8(ascii: " ")) { valueEnd -= 1 }
        guard valueEnd > valueStart else { return nil }
        let quote = bytes[valueStart]
        if quote == UInt8(ascii: "'") || quote == UInt8(ascii: "\"") {
            guard valueEnd - valueStart >= 2, bytes[valueEnd - 1] == quote else { return nil }
            return (start..<colon, valueStart + 1..<valueEnd - 1)
        }
        return (start..<colon, valueStart..<valueEnd)
    }

    private static let importKeyword = Array("import ".utf8)

    /// What follows each keyword in a module statement.
    private static let shapes: [(keyword: [UInt8], followers: [[UInt8]])] = [
        (importKeyword, ["{", "*", "'", "\""].map { Array($0.utf8) }),
        (Array("export ".utf8), ["const ", "let ", "var ", "function ", "async ", "class ", "default ", "default(", "{", "*"].map { Array($0.utf8) }),
    ]

    /// `import Name from '…'`: one identifier, then `from` and a quoted module.
    private static func isDefaultImport(_ rest: ArraySlice<UInt8>) -> Bool {
        let words = rest.split(separator: UInt8(ascii: " "), maxSplits: 2)
        guard words.count == 3, words[1].elementsEqual("from".utf8), let quote = words[2].first else { return false }
        return words[0].allSatisfy { ASCII.isAlphanumeric($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "$") }
            && (quote == UInt8(ascii: "'") || quote == UInt8(ascii: "\""))
    }
}
