import MarkdownSyntax

/// Reads metadata from an HTML table (`<tr><td>Severity</td><td>SEV-2</td></tr>`), which
/// some wikis and exported documents use instead of a Markdown table. A row counts when it
/// has exactly two cells and the first names a field.
enum HTMLTableFields {
    static func read(_ source: SourceText, _ range: Range<Int>) -> [MetadataEntry] {
        let bytes = source.bytes
        var entries: [MetadataEntry] = []
        var i = range.lowerBound
        while let row = tag("tr", in: bytes, from: i, to: range.upperBound) {
            var cells: [Range<Int>] = []
            var j = row.lowerBound
            while let cell = tag("td", in: bytes, from: j, to: row.upperBound) ?? tag("th", in: bytes, from: j, to: row.upperBound) {
                cells.append(cell)
                j = cell.upperBound
            }
            i = row.upperBound
            guard cells.count == 2 else { continue }
            let key = text(bytes, cells[0])
            guard let field = MetadataFieldAliases.field(forKey: key, value: { text(bytes, cells[1]) }) else { continue }
            entries.append(MetadataEntry(key: key, field: field, value: text(bytes, cells[1]), keyRange: cells[0],
                                         valueRange: cells[1], source: .table))
        }
        return entries
    }

    /// The content between `<name …>` and `</name>`, the first after `from`.
    static func tag(_ name: String, in bytes: [UInt8], from: Int, to end: Int) -> Range<Int>? {
        let open = Array("<\(name)".utf8), close = Array("</\(name)>".utf8)
        var start = find(open, in: bytes, from: from, to: end)
        // `<th` is also the start of `<thead>`: the name must end there.
        while let found = start, found + open.count < end, bytes[found + open.count] != UInt8(ascii: ">"),
              bytes[found + open.count] != UInt8(ascii: " ") {
            start = find(open, in: bytes, from: found + 1, to: end)
        }
        guard let start,
              let contentStart = ByteScanner.firstIndex(of: UInt8(ascii: ">"), in: bytes, start..<end).map({ $0 + 1 }),
              let stop = find(close, in: bytes, from: contentStart, to: end) else { return nil }
        return contentStart..<stop
    }

    /// `needle` in `bytes[from..<end]` without case, found byte by byte: tables are short.
    static func find(_ needle: [UInt8], in bytes: [UInt8], from: Int, to end: Int) -> Int? {
        guard end - from >= needle.count else { return nil }
        for i in from...(end - needle.count) where zip(bytes[i..<i + needle.count], needle).allSatisfy({ ASCII.lowercased($0) == $1 }) {
            return i
        }
        return nil
    }

    /// The cell's words without tags, spaces collapsed.
    static func text(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        var out: [UInt8] = []
        var inTag = false
        for b in bytes[range] {
            if b == UInt8(ascii: "<") { inTag = true } else if b == UInt8(ascii: ">") { inTag = false } else if !inTag { out.append(b) }
        }
        return String(decoding: out, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }
}
