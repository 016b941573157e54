/// GFM pipe-table rows: the delimiter row's alignments and the splitting of rows into
/// cells at unescaped pipes (`\|` stays inside its cell). Follows markdown-it's reading of
/// the GFM extension, which the differential tests compare against.
enum TableSyntax {
    /// The alignments of a delimiter row like `| :--- | :---: | ---: |`, or nil when `row`
    /// (trimmed, container prefixes excluded) is not one.
    static func alignments(of row: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> [TableAlignment]? {
        guard row.count >= 2 else { return nil }
        let first = bytes[row.lowerBound]
        let second = bytes[row.lowerBound + 1]
        guard first == ASCII.pipe || first == ASCII.dash || first == ASCII.colon else { return nil }
        // `- ` would be a list item.
        guard !(first == ASCII.dash && ASCII.isSpaceOrTab(second)) else { return nil }
        var alignments: [TableAlignment] = []
        var cellStart = row.lowerBound
        var k = row.lowerBound
        while k <= row.upperBound {
            if k < row.upperBound {
                let b = bytes[k]
                guard b == ASCII.pipe || b == ASCII.dash || b == ASCII.colon || ASCII.isSpaceOrTab(b) else { return nil }
                if b != ASCII.pipe {
                    k += 1
                    continue
                }
            }
            let cell = bytes.trimmingSpaces(cellStart..<k)
            let isEdge = cellStart == row.lowerBound || k == row.upperBound
            if cell.isEmpty {
                guard isEdge else { return nil }
            } else {
                guard let alignment = alignment(of: cell, in: bytes) else { return nil }
                alignments.append(alignment)
            }
            cellStart = k + 1
            k += 1
        }
        return alignments.isEmpty ? nil : alignments
    }

    /// `:?-+:?`
    private static func alignment(of cell: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> TableAlignment? {
        let left = bytes[cell.lowerBound] == ASCII.colon
        let right = bytes[cell.upperBound - 1] == ASCII.colon
        let dashes = (cell.lowerBound + (left ? 1 : 0))..<(cell.upperBound - (right ? 1 : 0))
        guard !dashes.isEmpty, dashes.allSatisfy({ bytes[$0] == ASCII.dash }) else { return nil }
        switch (left, right) {
        case (true, true): return .center
        case (true, false): return .left
        case (false, true): return .right
        case (false, false): return TableAlignment.none
        }
    }

    /// The cells of a row (trimmed, container prefixes excluded). A leading and a trailing
    /// pipe are edges, not cell separators.
    static func cells(of row: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> [TableCell] {
        var cells: [TableCell] = []
        var cellStart = row.lowerBound
        var k = row.lowerBound
        while k < row.upperBound {
            if bytes[k] == ASCII.pipe && (k == row.lowerBound || bytes[k - 1] != ASCII.backslash) {
                if k > row.lowerBound { cells.append(cell(cellStart..<k, in: bytes)) }
                cellStart = k + 1
            }
            k += 1
        }
        if cellStart < row.upperBound { cells.append(cell(cellStart..<row.upperBound, in: bytes)) }
        return cells
    }

    private static func cell(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> TableCell {
        var content = bytes.trimmingSpaces(range)
        if content.isEmpty {
            let middle = range.lowerBound + range.count / 2
            content = middle..<middle
        }
        return TableCell(range: range, content: content)
    }
}

extension BlockParsing {
    /// GFM: a paragraph's last line becomes a table header when the current line is a
    /// delimiter row with as many cells. Lines before the header stay a paragraph.
    mutating func startTable(after paragraph: Int) -> Bool {
        guard !cursor.blank && !cursor.indented && nodes[paragraph].lastLineIndent < 4 && !nodes[paragraph].lastLineIsLazy,
              let header = nodes[paragraph].lines.last
        else { return false }
        let delimiterRow = bytes.trimmingSpaces(cursor.nextNonspace..<cursor.lineEnd)
        guard let alignments = TableSyntax.alignments(of: delimiterRow, in: bytes),
              TableSyntax.cells(of: header, in: bytes).count == alignments.count,
              header.contains(where: { bytes[$0] == ASCII.pipe })
        else { return false }
        let table: Int
        if nodes[paragraph].lines.count == 1 {
            table = paragraph
            nodes[table].kind = .table
        } else {
            let headerLine = lineIndex.line(containing: header.lowerBound)
            nodes[paragraph].lines.removeLast()
            nodes[paragraph].end = lineIndex.contentRange(ofLine: headerLine - 1).upperBound
            nodes[paragraph].endLine = headerLine - 1
            finalize(paragraph)
            table = addChild(.table, start: header.lowerBound)
            nodes[table].lines = [header]
            nodes[table].startLine = headerLine
        }
        nodes[table].delimiterRow = delimiterRow
        nodes[table].end = cursor.lineEnd
        nodes[table].endLine = cursor.line
        cursor.advanceToEnd()
        return true
    }
}
