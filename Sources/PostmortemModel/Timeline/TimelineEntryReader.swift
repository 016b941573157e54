import MarkdownSyntax

/// Reads the entries of timeline sections: list items, table rows and paragraph lines
/// that start with a time, with the day each falls under (from a day sub-heading such as
/// `### 2024-04-15`, a date line, or a date column).
struct TimelineEntryReader {
    /// An entry before dates and zones are resolved.
    struct Pending {
        var entry: TimelineEntry
        /// The day given by a heading, date line or date column above or beside it.
        var day: CalendarDate?
        /// The zone of the table's time column header, `Time (UTC)`.
        var columnZone: WrittenZone?
    }

    let source: SourceText
    private(set) var pending: [Pending] = []
    /// The first zone named in a time column header, for the document's zone.
    private(set) var headerZone: (zone: WrittenZone, range: Range<Int>)?

    init(source: SourceText) { self.source = source }

    var bytes: [UInt8] { source.bytes }

    mutating func read(_ section: Section, day: CalendarDate?) {
        var day = day
        readBlocks(section.blocks, day: &day)
        for subsection in section.subsections {
            read(subsection, day: DateText.parsePrefix(subsection.title) ?? day)
        }
    }

    mutating func readBlocks(_ blocks: [Block], day: inout CalendarDate?) {
        for block in blocks {
            switch block.kind {
            case .paragraph(let content):
                for segment in content.segments {
                    if let date = dayMarker(segment) {
                        day = date
                    } else if case .time(let time) = TimeText.read(bytes, in: segment) {
                        add(range: segment, time: time, problem: nil, textSegments: [segment], day: day)
                    }
                }
            case .list:
                readList(block, day: &day)
            case .table(let table):
                readTable(table, day: day)
            case .blockQuote:
                readBlocks(block.children, day: &day)
            default:
                break
            }
        }
    }

    private mutating func readList(_ list: Block, day: inout CalendarDate?) {
        let items: [(item: Block, segments: [Range<Int>])] = list.children.compactMap { item in
            guard let paragraph = item.children.first, case .paragraph(let content) = paragraph.kind, !content.segments.isEmpty
            else { return nil }
            return (item, content.segments)
        }
        let readings = items.map { TimeText.read(bytes, in: $0.segments[0]) }
        let listHasTimes = readings.contains { $0.time != nil }
        for ((item, segments), reading) in zip(items, readings) {
            switch reading {
            case .time(let time):
                add(range: item.range, time: time, problem: nil, textSegments: segments, day: day)
            case .invalid(let range, let reason):
                if let date = dayMarker(segments[0]) {
                    day = date
                    readNested(item, day: date)
                } else {
                    add(range: item.range, timeRange: range, problem: reason, textSegments: segments, textStart: range.upperBound, day: day)
                }
            case .none:
                if let date = dayMarker(segments[0]) {
                    day = date
                    readNested(item, day: date)
                } else if listHasTimes, let label = label(of: segments[0]) {
                    add(range: item.range, timeRange: label, problem: "it is not a time", textSegments: segments,
                        textStart: label.upperBound, day: day)
                }
            }
        }
    }

    /// The lists under a list item that names a day (`- April 15:` followed by times).
    private mutating func readNested(_ item: Block, day: CalendarDate) {
        var day: CalendarDate? = day
        readBlocks(Array(item.children.dropFirst()), day: &day)
    }

    private mutating func readTable(_ table: Table, day: CalendarDate?) {
        let headers = table.header.cells.map { source.text($0.content).lowercased() }
        let firstRow = table.rows.first?.cells ?? []
        guard let timeColumn = headers.firstIndex(where: { $0.contains("time") || $0.contains("when") })
                ?? headers.firstIndex(where: { $0.contains("date") })
                ?? firstRow.firstIndex(where: { TimeText.read(bytes, in: $0.content).time != nil })
        else { return }
        let dateColumn = headers.indices.first { $0 != timeColumn && headers[$0].contains("date") }
        var columnZone: WrittenZone?
        if timeColumn < table.header.cells.count {
            let header = table.header.cells[timeColumn].content
            if let found = ZoneStatement.find(in: bytes, header) ?? zoneInParentheses(header) {
                columnZone = found.zone
                if headerZone == nil { headerZone = found }
            }
        }
        for row in table.rows where timeColumn < row.cells.count {
            let cell = row.cells[timeColumn].content
            // Row numbers (`| 3 |`) are not part of the event.
            let textCells = row.cells.indices.filter { $0 != timeColumn && $0 != dateColumn }.map { row.cells[$0].content }
                .filter { !$0.isEmpty && !bytes[$0].allSatisfy(ByteScanner.isDigit) }
            var rowDay = day
            if let dateColumn, dateColumn < row.cells.count, let date = DateText.parsePrefix(source.text(row.cells[dateColumn].content)) {
                rowDay = date
            }
            let reading = TimeText.read(bytes, in: cell)
            let problem: String? = switch reading {
            case .time: nil
            case .invalid(_, let reason): reason
            case .none: cell.isEmpty ? "no time is written" : "it is not a time"
            }
            let start = pending.count
            add(range: row.range, timeRange: reading.time?.range ?? cell, time: reading.time, problem: problem,
                textSegments: textCells, textStart: textCells.first?.lowerBound ?? row.range.upperBound, day: rowDay)
            pending[start].columnZone = columnZone
        }
    }

    /// `(UTC)` or `UTC` anywhere in a header cell such as `Timestamp (UTC)`.
    private func zoneInParentheses(_ range: Range<Int>) -> (zone: WrittenZone, range: Range<Int>)? {
        for i in range where bytes[i] == UInt8(ascii: "(") {
            var s = ByteScanner(bytes, i..<range.upperBound)
            if let zone = TimeText.readNamedZone(&s) { return (zone, i..<s.position) }
        }
        return nil
    }

    private mutating func add(range: Range<Int>, time: WrittenTime, problem: String?, textSegments: [Range<Int>], day: CalendarDate?) {
        add(range: range, timeRange: time.range, time: time, problem: problem, textSegments: textSegments,
            textStart: time.range.upperBound, day: day)
    }

    private mutating func add(range: Range<Int>, timeRange: Range<Int>, time: WrittenTime? = nil, problem: String?,
                              textSegments: [Range<Int>], textStart: Int, day: CalendarDate?) {
        // The event's words, lines joined by a space, without emphasis stars and code ticks.
        var text: [UInt8] = []
        var textRange = textStart..<textStart
        for segment in textSegments where segment.upperBound > textStart {
            let start = skipSeparators(from: max(segment.lowerBound, textStart), to: segment.upperBound)
            guard start < segment.upperBound else { continue }
            if textRange.isEmpty { textRange = start..<segment.upperBound } else { text.append(UInt8(ascii: " ")) }
            textRange = textRange.lowerBound..<segment.upperBound
            text += bytes[start..<segment.upperBound].lazy.filter { $0 != UInt8(ascii: "*") && $0 != UInt8(ascii: "`") }
        }
        let entry = TimelineEntry(range: range, timeRange: timeRange, written: time, problem: problem,
                                  text: String(decoding: text, as: UTF8.self), textRange: textRange)
        pending.append(Pending(entry: entry, day: day))
    }

    /// Skips what separates a time from its event: spaces, markup, `:`, `-`, `–`, `—`, `|`, `)`.
    private func skipSeparators(from start: Int, to end: Int) -> Int {
        var i = start
        while i < end {
            let b = bytes[i]
            if " \t*_`:-|).,]".utf8.contains(b) {
                i += 1
            } else if b == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0x93 || bytes[i + 2] == 0x94 {
                i += 3
            } else {
                break
            }
        }
        return i
    }

    /// A line that is only a date (`**April 15, 2024**`, `2024-04-16:`) starts a new day.
    private func dayMarker(_ segment: Range<Int>) -> CalendarDate? {
        let text = source.text(segment).filter { !"*_#:".contains($0) }
        return DateText.parse(text)
    }

    /// `Later that day:` — a short label before a colon or dash, where a time should be.
    private func label(of segment: Range<Int>) -> Range<Int>? {
        let limit = min(segment.upperBound, segment.lowerBound + 24)
        var i = segment.lowerBound
        while i < limit {
            if bytes[i] == UInt8(ascii: ":") || (bytes[i] == 0xE2 && i + 1 < limit && bytes[i + 1] == 0x80) {
                let start = skipSeparators(from: segment.lowerBound, to: i)
                var end = i
                while end > start, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
                return start < end ? start..<end : nil
            }
            i += 1
        }
        return nil
    }
}
