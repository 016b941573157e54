import MarkdownSyntax

/// A byte offset as people and tools count it: 1-based line, 1-based UTF-8 byte column
/// (what terminals, Vim's quickfix and compilers use), and the 1-based UTF-16 column that
/// editors speaking LSP use.
struct SourcePosition {
    var line: Int
    var column: Int
    var utf16Column: Int
    var offset: Int

    init(_ offset: Int, in source: SourceText) {
        let utf8 = source.lines.utf8Position(of: offset)
        line = utf8.line + 1
        column = utf8.column + 1
        utf16Column = source.lines.utf16Position(of: offset).column + 1
        self.offset = offset
    }

    var json: JSONOutput {
        .object([("line", .int(line)), ("column", .int(column)), ("utf16Column", .int(utf16Column)), ("offset", .int(offset))])
    }
}
