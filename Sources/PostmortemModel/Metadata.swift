import MarkdownSyntax

/// A metadata field pmlint understands, whatever the writer called it.
public enum MetadataField: String, Sendable, CaseIterable, Codable {
    case incidentID = "incident-id"
    case severity
    case status
    case date
    case owner
    case services
    case lastUpdated = "last-updated"
    case duration
    case timezone
    case impactStarted = "impact-started"
    case detected
    case acknowledged
    case identified
    case mitigated
    case resolved
    case closed
    /// Figures the document states itself (`Time to detection: 7 hours`).
    case timeToDetect = "time-to-detect"
    case timeToAcknowledge = "time-to-acknowledge"
    case timeToMitigate = "time-to-mitigate"
    case timeToResolve = "time-to-resolve"

    /// The label a fix, a message and `pmlint init`'s template write for this field: one
    /// name per field everywhere, so that what pmlint asks for is what its template wrote.
    public var label: String {
        switch self {
        case .incidentID: "Incident ID"
        case .severity: "Severity"
        case .status: "Status"
        case .date: "Date"
        case .owner: "Document owner"
        case .services: "Affected services"
        case .lastUpdated: "Last updated"
        case .duration: "Duration"
        case .timezone: "Timezone"
        case .impactStarted: "Impact started"
        case .detected: "Reported"
        case .acknowledged: "Acknowledged"
        case .identified: "Identified"
        case .mitigated: "Mitigated"
        case .resolved: "Resolved"
        case .closed: "Closed"
        case .timeToDetect: "Time to detect"
        case .timeToAcknowledge: "Time to acknowledge"
        case .timeToMitigate: "Time to mitigate"
        case .timeToResolve: "Time to resolve"
        }
    }

    /// Whether the field holds a length of the incident the document states itself.
    public var isStatedFigure: Bool {
        switch self {
        case .timeToDetect, .timeToAcknowledge, .timeToMitigate, .timeToResolve: true
        default: false
        }
    }

    /// Whether the field holds a point in time.
    public var isTimestamp: Bool {
        switch self {
        case .impactStarted, .detected, .acknowledged, .identified, .mitigated, .resolved, .closed: true
        default: false
        }
    }
}

/// Where a metadata value was written.
public enum MetadataSource: String, Sendable, Codable {
    case frontMatter = "front-matter"
    /// `**Key:** value` on a line of a paragraph.
    case keyValueLine = "key-value-line"
    /// `- Key: value` as a list item.
    case listItem = "list-item"
    /// A row of a two-column table, Markdown or HTML.
    case table
    /// A small section of its own: `## Status` followed by `Resolved`.
    case section
    /// Stated in the document's title ("# 2023-02-01 Pods evicted").
    case title
    /// Stated in the opening sentence ("On February 2nd, 2022 we were alerted…").
    case prose

    /// Whether the entry is written as a key and its value, which an editor can complete
    /// and a summary does not count as prose; not what a title or a sentence states.
    public var isFieldLine: Bool { self != .title && self != .prose }
}

/// One `key: value` pair found in the document, known field or not.
public struct MetadataEntry: Sendable {
    /// The key as written, without markup.
    public var key: String
    public var field: MetadataField?
    /// The value as the reader sees it, trimmed, markup removed.
    public var value: String
    public var keyRange: Range<Int>
    /// The value's range; empty (at the end of the key) when no value was written.
    public var valueRange: Range<Int>
    public var source: MetadataSource

    public init(key: String, field: MetadataField?, value: String, keyRange: Range<Int>, valueRange: Range<Int>, source: MetadataSource) {
        self.key = key
        self.field = field
        self.value = value
        self.keyRange = keyRange
        self.valueRange = valueRange
        self.source = source
    }
}

/// Every metadata entry of a document, with the first entry of each known field at hand.
public struct Metadata: Sendable {
    public var entries: [MetadataEntry]
    /// The severity levels the document itself declares, in a front matter comment or an
    /// HTML comment (`# Possible severity levels: down, disrupted, notice`); empty when none.
    public var declaredSeverities: [String]

    public init(entries: [MetadataEntry], declaredSeverities: [String] = []) {
        self.entries = entries
        self.declaredSeverities = declaredSeverities
    }

    /// The first entry for `field`, if any.
    public subscript(field: MetadataField) -> MetadataEntry? {
        entries.first { $0.field == field }
    }
}
