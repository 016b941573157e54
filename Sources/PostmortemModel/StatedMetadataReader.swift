import MarkdownSyntax

/// Metadata a document states in words rather than as fields: the date in its title
/// ("# 2023-02-01 Pods evicted", "# January 23rd, 2019 Outage") or in its opening
/// sentence ("On February 2nd, 2022 we were alerted…"), an incident number after its title
/// ("# Site down (#4)"), a status page's `resolved: true`, the date and status that key
/// timestamps give (a `Resolved` time means the incident is over), and a sentence saying the
/// incident was resolved or giving the window it lasted. Read only for fields no field line
/// gives, so a written field always wins.
struct StatedMetadataReader {
    let markdown: MarkdownDocument

    /// - Parameters:
    ///   - sections: every section, subsections included, in document order.
    ///   - preamble: the blocks before the first heading.
    func read(sections: [Section], preamble: [Block], frontMatter: FrontMatter?, known: Metadata) -> [MetadataEntry] {
        var entries: [MetadataEntry] = []
        let bytes = markdown.source.bytes
        let title = sections.first { $0.isTitle }
        let opening = [preamble, title?.blocks ?? [], sections.first { !$0.isTitle }?.blocks ?? []]
        let firstParagraph = opening.lazy.flatMap { $0 }.first(where: Self.isParagraph)
        if known[.date] == nil {
            for range in [title?.titleRange, firstParagraph.flatMap(firstSentence)].compactMap({ $0 }) {
                // A date with its year: "4/26" in a title is a day the reader has to place.
                guard let (date, written) = DateFinder.firstWritten(in: bytes, range), Self.hasYear(bytes[written]) else { continue }
                entries.append(entry(.date, value: date.description, range: written, source: range == title?.titleRange ? .title : .prose))
                break
            }
        }
        // Key timestamps with a date (`| Detected | 2022-01-05 12:00 |`) date the incident, and a
        // resolution stated with its time says the incident is over.
        let datedKeyTimes = known.entries.filter { [.impactStarted, .detected, .resolved].contains($0.field) }
            .compactMap { key in DateFinder.firstWritten(in: bytes, key.valueRange).map { (key: key, date: $0.date, written: $0.range) } }
        if known[.date] == nil, entries.isEmpty, let first = datedKeyTimes.first {
            entries.append(entry(.date, value: first.date.description, range: first.written, source: .prose))
        }
        if known[.status] == nil, let resolved = datedKeyTimes.first(where: { $0.key.field == .resolved })?.key {
            entries.append(MetadataEntry(key: resolved.key, field: .status, value: "Resolved", keyRange: resolved.keyRange,
                                         valueRange: resolved.valueRange, source: resolved.source))
        }
        if known[.status] == nil, !entries.contains(where: { $0.field == .status }),
           let statement = statusStatement(opening: firstParagraph, sections: sections) {
            entries.append(entry(.status, value: "Resolved", range: statement, source: .prose))
        }
        // "Between 21:27 and 07:27 UTC the site could not be reached": an opening that closes
        // the incident's window says it is over.
        if known[.status] == nil, !entries.contains(where: { $0.field == .status }), let firstParagraph,
           let window = Timeline.statedWindow(in: [firstParagraph.range], source: markdown.source) {
            entries.append(entry(.status, value: "Resolved", range: window.range, source: .prose))
        }
        if known[.incidentID] == nil, let title, let number = Self.incidentNumber(in: title.titleRange, bytes) {
            entries.append(entry(.incidentID, value: markdown.source.text(number), range: number, source: .title))
        }
        if known[.status] == nil, let resolved = frontMatter?.entries.first(where: { MetadataFieldAliases.field(forKey: $0.key) == .resolved }),
           let isResolved = Self.boolean(resolved.value) {
            // The flag says whether the incident is over, which is the status a reader asks for.
            entries.append(MetadataEntry(key: resolved.key, field: .status, value: isResolved ? "Resolved" : "Open",
                                         keyRange: resolved.keyRange, valueRange: resolved.valueRange, source: .frontMatter))
        }
        return entries
    }

    private func entry(_ field: MetadataField, value: String, range: Range<Int>, source: MetadataSource) -> MetadataEntry {
        MetadataEntry(key: field.label, field: field, value: value, keyRange: range.lowerBound..<range.lowerBound, valueRange: range, source: source)
    }

    /// A sentence saying the incident is over, in the opening paragraph or the first paragraph
    /// of a section that tells what happened or how it ended; deeper paragraphs, and sections
    /// on causes, lessons or actions, tell other things.
    private func statusStatement(opening: Block?, sections: [Section]) -> Range<Int>? {
        if let opening, let found = statement(in: opening) { return found }
        for index in sections.indices where !sections[index].isTitle && Self.tellingKinds.contains(sections[index].kind) {
            if let paragraph = sections[index].blocks.first(where: Self.isParagraph), let found = statement(in: paragraph) { return found }
        }
        return nil
    }

    private func statement(in paragraph: Block) -> Range<Int>? {
        guard case .paragraph(let content) = paragraph.kind else { return nil }
        for segment in content.segments {
            if let found = ResolutionStatement.find(in: markdown.source.bytes, segment) { return found }
        }
        return nil
    }

    /// A short list: compared in place, with no hashing per section.
    private static let tellingKinds: [SectionKind?] = [nil, .summary, .impact, .timeline, .response, .resolution]

    private static func isParagraph(_ block: Block) -> Bool {
        if case .paragraph = block.kind { true } else { false }
    }

    /// The paragraph's first sentence: up to the first full stop followed by a space, or its first line.
    private func firstSentence(_ block: Block) -> Range<Int>? {
        guard case .paragraph(let content) = block.kind, let first = content.segments.first else { return nil }
        let bytes = markdown.source.bytes
        var index = first.lowerBound
        while index + 1 < first.upperBound {
            if bytes[index] == UInt8(ascii: "."), bytes[index + 1] == UInt8(ascii: " ") { return first.lowerBound..<index }
            index += 1
        }
        return first
    }

    private static func hasYear(_ written: ArraySlice<UInt8>) -> Bool {
        var run = 0
        for byte in written {
            run = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") ? run + 1 : 0
            if run == 4 { return true }
        }
        return false
    }

    /// `(#12)` closing a title: how some teams number their incidents. A `#12` inside the
    /// title ("Release #12 failed") names something else.
    private static func incidentNumber(in title: Range<Int>, _ bytes: [UInt8]) -> Range<Int>? {
        var end = title.upperBound
        while end > title.lowerBound, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
        guard end - title.lowerBound >= 4, bytes[end - 1] == UInt8(ascii: ")") else { return nil }
        var start = end - 2
        while start > title.lowerBound, bytes[start] >= UInt8(ascii: "0"), bytes[start] <= UInt8(ascii: "9") { start -= 1 }
        guard start < end - 2, bytes[start] == UInt8(ascii: "#"), start > title.lowerBound, bytes[start - 1] == UInt8(ascii: "(") else { return nil }
        return start..<(end - 1)
    }

    private static func boolean(_ value: String) -> Bool? {
        switch value.lowercased() {
        case "true", "yes": true
        case "false", "no": false
        default: nil
        }
    }
}
