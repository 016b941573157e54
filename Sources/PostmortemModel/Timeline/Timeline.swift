import MarkdownSyntax

/// The timeline of a postmortem read as data: its entries with their instants and kinds,
/// the zone and day they are written in, the metadata's key timestamps, the durations the
/// text states, and the incident's figures. The linter, the CLI and the server all use it.
public struct Timeline: Sendable {
    /// Every entry of every timeline section, in document order.
    public var entries: [TimelineEntry]
    /// The headings of the timeline sections; empty when the document has none.
    public var headingRanges: [Range<Int>]
    /// The zone of times that do not state one, and where it comes from.
    public var zone: DocumentZone?
    /// The day of the incident: stated in the metadata or front matter, or the first date
    /// written with a key timestamp, an entry or in the summary.
    public var incidentDate: CalendarDate?
    public var keyTimestamps: [KeyTimestamp]
    public var statedDurations: [StatedDuration]
    public var metrics: IncidentMetrics

    /// An empty timeline, for a document without one.
    public init() {
        entries = []
        headingRanges = []
        keyTimestamps = []
        statedDurations = []
        metrics = IncidentMetrics(entries: [], keyTimestamps: [])
    }

    /// Reads the timeline of a document whose sections and metadata are already read.
    /// - Parameter sections: the top-level sections (subsections are visited).
    public init(sections: [Section], metadata: Metadata, frontMatter: FrontMatter?, source: SourceText, options: TimelineOptions) {
        self.init()
        let conventions = Self.conventions(timelineSections: Self.sections(of: .timeline, in: sections), sections: sections,
                                           metadata: metadata, frontMatter: frontMatter, source: source)
        var reader = TimelineEntryReader(source: source, conventions: conventions)
        let timelineSections = Self.timelineSections(in: sections) { [reader] in reader.dayMarker($0.titleRange) != nil }
        headingRanges = timelineSections.filter { $0.kind == .timeline }.map(\.headingRange)
        for section in timelineSections {
            // A day heading beside the timeline (`## July 22`) dates the rows under it.
            let day = section.kind == .timeline ? nil : reader.dayMarker(section.titleRange)
            reader.read(section, context: .init(day: day?.day, zone: day?.zone))
        }

        zone = Self.documentZone(timelineSections: timelineSections, sections: sections, headerZone: reader.headerZone,
                                 metadata: metadata, frontMatter: frontMatter, source: source, options: options)
        let summaries = Self.sections(of: .summary, in: sections)
        incidentDate = conventions.reference
            ?? Self.incidentDate(metadata: metadata, pending: reader.pending, summaries: summaries, source: source)
        keyTimestamps = metadata.entries.compactMap { entry in
            guard let field = entry.field, field.isTimestamp, let written = TimeText.read(source.bytes, in: entry.valueRange).time
            else { return nil }
            return Self.keyTimestamp(field: field, range: entry.valueRange, written: written, zone: zone?.zone, incidentDate: incidentDate)
        }
        if reader.pending.isEmpty, !keyTimestamps.contains(where: { $0.field == .impactStarted || $0.field == .resolved }),
           let window = Self.statedWindow(in: Self.openingRanges(summaries: summaries, sections: sections), source: source) {
            keyTimestamps += [(MetadataField.impactStarted, window.start), (.resolved, window.end)].map { field, written in
                var key = Self.keyTimestamp(field: field, range: window.range, written: written, zone: zone?.zone, incidentDate: incidentDate)
                key.isStatement = true
                return key
            }
        }
        let statedStart = keyTimestamps.first { $0.field == .impactStarted }?.instant
        let clock = TimelineClock(documentZone: zone?.zone, incidentDate: incidentDate,
                                  rolloverThreshold: options.rolloverThreshold, statedStart: statedStart)
        let classifier = options.eventClassifier
        entries = clock.resolve(reader.pending).map { entry in
            var entry = entry
            entry.kinds = classifier.kinds(of: entry.text)
            return entry
        }
        statedDurations = StatedDurationReader(source: source).read(metadata: metadata, summaries: summaries,
                                                                     impacts: Self.sections(of: .impact, in: sections))
        let stated = metadata.entries.compactMap { entry -> StatedFigure? in
            guard let field = entry.field, field.isStatedFigure, let seconds = DurationText.parse(entry.value) else { return nil }
            return StatedFigure(field: field, seconds: seconds, range: entry.valueRange)
        }
        metrics = IncidentMetrics(entries: entries, keyTimestamps: keyTimestamps, stated: stated)
    }

    /// Where a document without a timeline states when its incident began and ended: its
    /// summaries, else the opening paragraphs of its first section ("Between approximately
    /// 21:27 UTC on July 30 and 07:27 UTC on July 31, the site could not be reached").
    static func openingRanges(summaries: [Section], sections: [Section]) -> [Range<Int>] {
        if !summaries.isEmpty { return summaries.map(\.range) }
        guard let first = sections.first else { return [] }
        return first.blocks.filter { if case .paragraph = $0.kind { true } else { false } }.prefix(2).map(\.range)
    }

    /// The first span between two clock times in `ranges` that opens with "between" or
    /// "from": the incident's window, as the opening of a report without a timeline states it.
    static func statedWindow(in ranges: [Range<Int>], source: SourceText) -> (start: WrittenTime, end: WrittenTime, range: Range<Int>)? {
        let bytes = source.bytes
        for range in ranges {
            for i in range where i == range.lowerBound || !KeywordMatch.isWordByte(bytes[i - 1]) {
                var s = ByteScanner(bytes, i..<range.upperBound)
                guard s.readAnyWord(TimeSpanText.openers) != nil else { continue }
                s.position = i
                if let span = TimeSpanText.readRange(&s), span.seconds > 0, span.start.secondsOfDay != nil, span.end.secondsOfDay != nil {
                    // "from 15:10 to 15:57 UTC": the zone written once is both times'.
                    var start = span.start
                    if start.zone == nil { start.zone = span.end.zone }
                    return (start, span.end, i..<s.position)
                }
            }
        }
        return nil
    }

    /// The timeline sections, each followed by the sibling sections that are day headings
    /// (`## Timeline` then `## July 22`): a day is part of the timeline above it.
    static func timelineSections(in sections: [Section], isDay: (Section) -> Bool) -> [Section] {
        var found: [Section] = []
        var inTimeline = false
        for section in sections {
            if section.kind == .timeline {
                found.append(section)
                inTimeline = true
            } else if inTimeline, section.kind == nil, isDay(section) {
                found.append(section)
            } else {
                inTimeline = false
                found += timelineSections(in: section.subsections, isDay: isDay)
            }
        }
        return found
    }

    /// How the document writes dates: the order its unambiguous numeric dates settle, and
    /// the day it is about (metadata, front matter, else the first date of its title).
    static func conventions(timelineSections: [Section], sections: [Section], metadata: Metadata, frontMatter: FrontMatter?,
                            source: SourceText) -> DateConventions {
        var ranges = timelineSections.map(\.range)
        if let date = metadata[.date] { ranges.append(date.valueRange) }
        var conventions = DateConventions(dayFirst: DateConventions.numericOrder(in: source.bytes, ranges))
        if let entry = metadata[.date], case (let date?, _) = Self.readDate(entry.valueRange, source: source, conventions: conventions) {
            conventions.reference = date
        } else if let value = frontMatter?.entry("date")?.value, let date = DateText.parsePrefix(value) {
            conventions.reference = date
        } else if let title = sections.first(where: { $0.level == 1 }) {
            conventions.reference = DateFinder.first(in: source.bytes, title.titleRange)
        }
        return conventions
    }

    static func readDate(_ range: Range<Int>, source: SourceText, conventions: DateConventions) -> (CalendarDate?, Bool) {
        var s = ByteScanner(source.bytes, range, conventions: conventions)
        return TimeText.readDate(&s)
    }

    /// The outermost sections of `kind` (a timeline's own subsections belong to it).
    static func sections(of kind: SectionKind, in sections: [Section]) -> [Section] {
        sections.flatMap { $0.kind == kind ? [$0] : Self.sections(of: kind, in: $0.subsections) }
    }

    static func keyTimestamp(field: MetadataField, range: Range<Int>, written: WrittenTime, zone: WrittenZone?,
                             incidentDate: CalendarDate?) -> KeyTimestamp {
        var instant: Instant?
        let zone = written.zone ?? zone
        if let seconds = written.secondsOfDay {
            let day = written.date ?? incidentDate ?? TimelineClock.unknownDay
            instant = Instant(date: day, secondsOfDay: seconds, offsetSeconds: zone?.offsetSeconds(on: day) ?? 0)
        }
        return KeyTimestamp(field: field, range: range, written: written, instant: instant,
                            isDateKnown: written.date != nil || incidentDate != nil, zone: zone)
    }

    /// A statement in a timeline section wins, then the time column's header, the front
    /// matter, the metadata, a statement elsewhere, and last the configuration.
    static func documentZone(timelineSections: [Section], sections: [Section], headerZone: (zone: WrittenZone, range: Range<Int>)?,
                             metadata: Metadata, frontMatter: FrontMatter?, source: SourceText, options: TimelineOptions) -> DocumentZone? {
        func statement(in sections: [Section]) -> DocumentZone? {
            for section in sections {
                if let found = ZoneStatement.find(in: source.bytes, section.titleRange) {
                    return DocumentZone(zone: found.zone, range: found.range, source: .statement)
                }
                for block in section.allBlocks {
                    guard case .paragraph(let content) = block.kind, let span = content.span else { continue }
                    if let found = ZoneStatement.find(in: source.bytes, span) {
                        return DocumentZone(zone: found.zone, range: found.range, source: .statement)
                    }
                }
            }
            return nil
        }
        if let zone = statement(in: timelineSections) { return zone }
        if let headerZone { return DocumentZone(zone: headerZone.zone, range: headerZone.range, source: .tableHeader) }
        for key in ["timezone", "time zone", "time_zone", "tz"] {
            if let entry = frontMatter?.entry(key), let zone = WrittenZone(parsing: entry.value) {
                return DocumentZone(zone: zone, range: entry.valueRange, source: .frontMatter)
            }
        }
        if let entry = metadata[.timezone], let zone = WrittenZone(parsing: entry.value) {
            return DocumentZone(zone: zone, range: entry.valueRange, source: .metadata)
        }
        if let zone = statement(in: sections) { return zone }
        return options.defaultZone.map { DocumentZone(zone: $0, range: nil, source: .configuration) }
    }

    /// The first date of a key timestamp, an entry or the summary, for a document whose
    /// metadata, front matter and title give none.
    static func incidentDate(metadata: Metadata, pending: [TimelineEntryReader.Pending],
                             summaries: [Section], source: SourceText) -> CalendarDate? {
        for entry in metadata.entries where entry.field?.isTimestamp == true {
            if let date = TimeText.read(source.bytes, in: entry.valueRange).time?.date { return date }
        }
        if let date = pending.lazy.compactMap({ $0.entry.written?.date ?? $0.day }).first { return date }
        for block in summaries.flatMap(\.allBlocks) {
            guard case .paragraph(let content) = block.kind, let span = content.span else { continue }
            if let date = DateFinder.first(in: source.bytes, span) { return date }
        }
        return nil
    }
}

/// Finds the first date written in prose ("On April 15, 2024, …").
enum DateFinder {
    static func first(in bytes: [UInt8], _ range: Range<Int>) -> CalendarDate? {
        firstWritten(in: bytes, range)?.date
    }

    /// The first date in `range` and the bytes it takes.
    static func firstWritten(in bytes: [UInt8], _ range: Range<Int>) -> (date: CalendarDate, range: Range<Int>)? {
        for i in range where i == range.lowerBound || !KeywordMatch.isWordByte(bytes[i - 1]) {
            var s = ByteScanner(bytes, i..<range.upperBound)
            if case (let date?, _) = TimeText.readDate(&s) { return (date, i..<s.position) }
        }
        return nil
    }
}
