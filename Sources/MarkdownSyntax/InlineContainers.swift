extension Block {
    /// Visits the inline content of every leaf that has some: paragraph lines, heading text
    /// and table cells (header included), in document order. Code, HTML and front matter
    /// hold no inline content and are never visited. Iterative, so deep nesting is safe.
    /// - Parameter includeQuotes: whether to descend into block quotes.
    public func forEachInlineContent(includeQuotes: Bool = true, _ body: (InlineContent) -> Void) {
        walk { block in
            switch block.kind {
            case .paragraph(let content):
                body(content)
            case .heading(let heading):
                body(heading.content)
            case .table(let table):
                for row in [table.header] + table.rows {
                    for cell in row.cells where !cell.content.isEmpty { body(cell.inlineContent) }
                }
            case .blockQuote where !includeQuotes:
                break
            default:
                return true
            }
            return false
        }
    }
}
