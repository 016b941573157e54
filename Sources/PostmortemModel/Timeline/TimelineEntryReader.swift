import MarkdownSyntax

/// Reads the entries of timeline sections: list items, table rows, paragraph lines that
/// start with a time, lines that are only a time (or a chat log's `name [1:46 PM]`) with
/// the event on the lines below, and sub-headings that are a time (`### 08:52 PM`). Each
/// entry gets the day it falls under (from a day heading such as `### 2024-04-15` or
/// `#### 14/10/2023 (All times CEST)`, a date line, or a date column) and that heading's zone.
struct TimelineEntryReader {
    /// An entry before dates and zones are resolved.
    struct Pending {
        var entry: TimelineEntry
        /// The day given by a heading, date line or date column above or beside it.
        var day: CalendarDate?
        /// The zone of the table's time column header (`Time (UTC)`) or of the day heading.
        var columnZone: WrittenZone?
    }

    /// The day and zone that rows inherit from the heading or line above them.
    struct Context {
        var day: CalendarDate?
        var zone: WrittenZone?
    }

    let source: SourceText
    let conventions: DateConventions
    private(set) var pending: [Pending] = []
    /// The first zone named in a time column header, for the document's zone.
    private(set) var headerZone: (zone: WrittenZone, range: Range<Int>)?

    init(source: SourceText, conventions: DateConventions) {
        self.source = source
        self.conventions = conventions
    }

    var bytes: [UInt8] { source.bytes }

    func readTime(_ range: Range<Int>) -> TimeReading { TimeText.read(bytes, in: range, conventions: conventions) }

    mutating func read(_ section: Section, context: Context) {
        var context = context
        readBlocks(section.blocks, context: &context)
        for subsection in section.subsections {
            if let heading = dayMarker(subsection.titleRange) {
                read(subsection, context: Context(day: heading.day, zone: heading.zone ?? context.zone))
            } else if case .time(let time) = readTime(subsection.titleRange), time.secondsOfDay != nil {
                readTimestampHeading(subsection, time: time, context: context)
            } else {
                read(subsection, context: context)
            }
        }
    }

    /// `### 08:52 PM` followed by the event in paragraphs: one entry, whose words are the
    /// first paragraph's.
    private mutating func readTimestampHeading(_ section: Section, time: WrittenTime, context: Context) {
        let paragraph = section.blocks.lazy.compactMap { block -> [Range<Int>]? in
            if case .paragraph(let content) = block.kind { content.segments } else { nil }
        }.first ?? []
        add(range: section.headingRange, timeRange: time.range, time: time, problem: nil, textSegments: paragraph,
            textStart: paragraph.first?.lowerBound ?? section.headingRange.upperBound, context: context)
    }

    mutating func readBlocks(_ blocks: [Block], context: inout Context) {
        var index = 0
        while index < blocks.count {
            let block = blocks[index]
            index += 1
            switch block.kind {
            case .paragraph(let content):
                if readParagraph(content.segments, context: &context), index < blocks.count,
                   case .paragraph(let next) = blocks[index].kind, !startsWithTime(next.segments.first) {
                    // A time alone on the last line: the event is the next paragraph.
                    attachText(next.segments)
                    index += 1
                }
            case .list:
                readList(block, context: &context)
            case .table(let table):
                readTable(table, context: context)
            case .blockQuote:
                readBlocks(block.children, context: &context)
            default:
                break
            }
        }
    }

    /// Reads a paragraph's lines: a line starting with a clock starts an entry, and the
    /// lines below it, up to the next, continue its words. True when the last entry is a
    /// time with no words yet.
    private mutating func readParagraph(_ segments: [Range<Int>], context: inout Context) -> Bool {
        var current: Int?  // the entry the lines below continue
        for segment in segments {
            if let marker = dayMarker(segment) {
                context.day = marker.day
                if let zone = marker.zone { context.zone = zone }
                current = nil
            } else if let stamp = chatStamp(segment) {
                add(range: segment, timeRange: stamp.range, time: stamp, problem: nil, textSegments: [], textStart: segment.upperBound,
                    context: context)
                current = pending.count - 1
            } else if case .time(let time) = readTime(segment), time.secondsOfDay != nil || time.relativeSeconds != nil {
                // A prose line opening with a bare date ("Saturday March 16th, we …") is not an entry.
                add(range: segment, time: time, textSegments: [segment], context: context)
                current = pending.count - 1
            } else if let entry = current {
                attachText([segment], to: entry)
            }
        }
        return current.map { pending[$0].entry.text.isEmpty } ?? false
    }

    private func startsWithTime(_ segment: Range<Int>?) -> Bool {
        guard let segment else { return false }
        return readTime(segment).time != nil || chatStamp(segment) != nil
    }

    /// Adds the words of `segments` to an entry (the last one by default).
    private mutating func attachText(_ segments: [Range<Int>], to index: Int? = nil) {
        guard let index = index ?? pending.indices.last, let first = segments.first else { return }
        let (text, range) = eventText(segments, from: first.lowerBound)
        guard !text.isEmpty else { return }
        var entry = pending[index].entry
        entry.text = entry.text.isEmpty ? text : entry.text + " " + text
        entry.textRange = entry.textRange.isEmpty ? range : entry.textRange.lowerBound..<range.upperBound
        entry.range = entry.range.lowerBound..<max(entry.range.upperBound, range.upperBound)
        pending[index].entry = entry
    }

    /// A chat log's line: a name of up to three words, then the time in brackets and nothing
    /// else (`alice [1:46 PM]`, `> bob   [07:16 AM]`); the message is on the lines below.
    private func chatStamp(_ segment: Range<Int>) -> WrittenTime? {
        var end = segment.upperBound
        while end > segment.lowerBound, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t") { end -= 1 }
        guard end > segment.lowerBound, bytes[end - 1] == UInt8(ascii: "]"),
              let open = bytes[segment.lowerBound..<end].lastIndex(of: UInt8(ascii: "[")), open > segment.lowerBound else { return nil }
        let name = source.text(segment.lowerBound..<open).split(separator: " ")
        guard (1...3).contains(name.count), name.allSatisfy({ $0.allSatisfy { $0.isLetter || $0.isNumber || "-_.@".contains($0) } }),
              case .time(var time) = readTime(open + 1..<end - 1), time.secondsOfDay != nil, time.range.upperBound == end - 1
        else { return nil }
        time.range = open + 1..<end - 1
        return time
    }

    private mutating func readList(_ list: Block, context: inout Context) {
        let items: [(item: Block, segments: [Range<Int>])] = list.children.compactMap { item in
            guard let paragraph = item.children.first, case .paragraph(let content) = paragraph.kind, !content.segments.isEmpty
            else { return nil }
            return (item, content.segments)
        }
        let readings = items.map { readTime($0.segments[0]) }
        let listHasTimes = readings.contains { $0.time != nil }
        for ((item, segments), reading) in zip(items, readings) {
            if let marker = dayMarker(segments[0]) {
                context.day = marker.day
                if let zone = marker.zone { context.zone = zone }
                readNested(item, context: context)
                continue
            }
            switch reading {
            case .time(let time):
                add(range: item.range, time: time, textSegments: segments, context: context)
            case .invalid(let range, let reason):
                add(range: item.range, timeRange: range, problem: reason, textSegments: segments, textStart: range.upperBound, context: context)
            case .none:
                if listHasTimes, let label = label(of: segments[0]) {
                    add(range: item.range, timeRange: label, problem: "it is not a time", textSegments: segments,
                        textStart: label.upperBound, context: context)
                }
            }
        }
    }

    /// The lists under a list item that names a day (`- April 15:` followed by times).
    private mutating func readNested(_ item: Block, context: Context) {
        var context = context
        readBlocks(Array(item.children.dropFirst()), context: &context)
    }

    private mutating func readTable(_ table: Table, context: Context) {
        let headers = table.header.cells.map { source.text($0.content).lowercased() }
        let firstRow = table.rows.first?.cells ?? []
        guard let timeColumn = headers.firstIndex(where: { $0.contains("time") || $0.contains("when") })
                ?? headers.firstIndex(where: { $0.contains("date") })
                ?? firstRow.firstIndex(where: { readTime($0.content).time != nil })
        else { return }
        let dateColumn = headers.indices.first { $0 != timeColumn && headers[$0].contains("date") }
        var columnZone = context.zone
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
            var rowContext = Context(day: context.day, zone: columnZone)
            if let dateColumn, dateColumn < row.cells.count, let marker = dayMarker(row.cells[dateColumn].content) {
                rowContext.day = marker.day
            }
            let reading = readTime(cell)
            let problem: String? = switch reading {
            case .time: nil
            case .invalid(_, let reason): reason
            case .none: cell.isEmpty ? "no time is written" : "it is not a time"
            }
            add(range: row.range, timeRange: reading.time?.range ?? cell, time: reading.time, problem: problem,
                textSegments: textCells, textStart: textCells.first?.lowerBound ?? row.range.upperBound, context: rowContext)
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

    private mutating func add(range: Range<Int>, time: WrittenTime, textSegments: [Range<Int>], context: Context) {
        add(range: range, timeRange: time.range, time: time, problem: nil, textSegments: textSegments,
            textStart: time.range.upperBound, context: context)
    }

    private mutating func add(range: Range<Int>, timeRange: Range<Int>, time: WrittenTime? = nil, problem: String?,
                              textSegments: [Range<Int>], textStart: Int, context: Context) {
        let (text, textRange) = eventText(textSegments, from: textStart)
        let entry = TimelineEntry(range: range, timeRange: timeRange, written: time, problem: problem, text: text, textRange: textRange)
        pending.append(Pending(entry: entry, day: context.day, columnZone: context.zone))
    }

    /// The event's words from `textStart` on: lines joined by a space, without emphasis
    /// stars and code ticks, and the range they cover.
    private func eventText(_ segments: [Range<Int>], from textStart: Int) -> (String, Range<Int>) {
        var text: [UInt8] = []
        var textRange = textStart..<textStart
        for segment in segments where segment.upperBound > textStart {
            let start = skipSeparators(from: max(segment.lowerBound, textStart), to: segment.upperBound)
            guard start < segment.upperBound else { continue }
            if textRange.isEmpty { textRange = start..<segment.upperBound } else { text.append(UInt8(ascii: " ")) }
            textRange = textRange.lowerBound..<segment.upperBound
            text += bytes[start..<segment.upperBound].lazy.filter { $0 != UInt8(ascii: "*") && $0 != UInt8(ascii: "`") }
        }
        return (String(decoding: text, as: UTF8.self), textRange)
    }

    /// Skips what separates a time from its event: spaces, markup, `:`, `-`, `–`, `—`, `|`, `)`.
    private func skipSeparators(from start: Int, to end: Int) -> Int {
        var i = start
        while i < end {
            let b = bytes[i]
            if " \t*_`:-|).,]>".utf8.contains(b) {
                i += 1
            } else if b == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0x93 || bytes[i + 2] == 0x94 {
                i += 3
            } else {
                break
            }
        }
        return i
    }

    /// A line or heading that is only a date (`**April 15, 2024**`, `2024-04-16:`,
    /// `## July 22`, `03-10-2021 (All times CEST)`) starts a new day, in the zone it names.
    func dayMarker(_ range: Range<Int>) -> (day: CalendarDate, zone: WrittenZone?)? {
        var s = ByteScanner(bytes, range, conventions: conventions)
        s.skip { "*_#`[ \t".utf8.contains($0) }
        guard case (let day?, _) = TimeText.readDate(&s) else { return nil }
        s.skip { "*_`]:,. \t".utf8.contains($0) }
        if s.isAtEnd { return (day, nil) }
        // Only a zone statement may follow: `(All times CEST)`, `(UTC)`.
        guard s.peek() == UInt8(ascii: "("), let close = bytes[s.position..<s.end].firstIndex(of: UInt8(ascii: ")")),
              bytes[close + 1..<s.end].allSatisfy({ " \t*_:".utf8.contains($0) }) else { return nil }
        let zone = ZoneStatement.find(in: bytes, s.position..<close)?.zone ?? zoneInParentheses(s.position..<close + 1)?.zone
        return zone.map { (day, $0) }
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
