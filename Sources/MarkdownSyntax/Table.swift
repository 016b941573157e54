/// A GFM pipe table.
public struct Table: Sendable, Equatable {
    public var header: TableRow
    public var alignments: [TableAlignment]
    /// The body rows. A row may have fewer or more cells than the header, as written.
    public var rows: [TableRow]

    public init(header: TableRow, alignments: [TableAlignment], rows: [TableRow]) {
        self.header = header
        self.alignments = alignments
        self.rows = rows
    }
}

public enum TableAlignment: Sendable, Equatable {
    case none, left, center, right
}

public struct TableRow: Sendable, Equatable {
    /// The whole line, container prefixes excluded.
    public var range: Range<Int>
    public var cells: [TableCell]

    public init(range: Range<Int>, cells: [TableCell]) {
        self.range = range
        self.cells = cells
    }
}

public struct TableCell: Sendable, Equatable {
    /// Between the pipes (or the line's edge), spaces included.
    public var range: Range<Int>
    /// The cell's text with surrounding spaces trimmed; empty (at the cell's middle) for a blank cell.
    public var content: Range<Int>

    public init(range: Range<Int>, content: Range<Int>) {
        self.range = range
        self.content = content
    }

    public var inlineContent: InlineContent { InlineContent(segments: [content]) }
}
