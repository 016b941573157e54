import MarkdownSyntax
import PostmortemModel

/// What the cross-document rules and the archive report need of one postmortem, kept after
/// its lint so that a folder of thousands of documents need not keep their models.
public struct ArchiveFacts: Sendable {
    /// A value written in the document, with the form documents are compared by.
    public struct Mention: Sendable, Equatable {
        /// As written, without surrounding space.
        public var text: String
        /// Lower-case, without surrounding space, backticks or a leading `#`: what makes two
        /// documents name the same service, ticket or ID.
        public var key: String
        public var range: Range<Int>

        public init(text: String, range: Range<Int>) {
            self.text = String(text.trimmingCharacters { $0 == " " || $0 == "\t" })
            self.range = range
            key = String(text.lowercased().trimmingCharacters { $0 == " " || $0 == "`" || $0 == "#" || $0 == "\t" })
        }
    }

    /// The day of the incident: the metadata's date, else the day the timeline starts on
    /// when it gives one; nil when the document does not say.
    public var incidentDate: CalendarDate?
    public var incidentID: Mention?
    /// Each affected service the metadata names (a comma, semicolon or slash separates them).
    public var services: [Mention]
    /// The tickets of the action items still open.
    public var openTickets: [Mention]
    /// The severity each cross-document rule reports with in this document; a rule that is
    /// off here (configuration or profile) has none.
    public var severities: [String: Severity]
    let suppressions: Suppressions

    public init(result: LintResult, configuration: Configuration) {
        let document = result.document
        let metadata = document.metadata
        incidentDate = metadata[.date].flatMap { DateText.parsePrefix($0.value) }
            ?? document.timeline.metrics.start.flatMap { $0.isDateKnown ? $0.instant.utcDate : nil }
        incidentID = metadata[.incidentID].flatMap { entry in
            entry.value.isEmpty ? nil : Mention(text: entry.value, range: entry.valueRange)
        }
        services = metadata[.services].map { entry in
            entry.value.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "/" }).map { Mention(text: String($0), range: entry.valueRange) }
                .filter { !$0.key.isEmpty }
        } ?? []
        openTickets = document.actionItems.filter(\.isOpen).compactMap { item in
            item.ticket.map { Mention(text: $0.value, range: $0.range) }
        }.filter { !$0.key.isEmpty }
        var severities: [String: Severity] = [:]
        for rule in RuleRegistry.archive {
            let description = rule.description
            let setting = configuration.setting(for: description.id)
            guard setting.isEnabled ?? !description.isOptIn, description.applies(to: result.profile.audience) else { continue }
            severities[description.id] = setting.severity ?? description.defaultSeverity
        }
        self.severities = severities
        suppressions = Suppressions(document: document.markdown) { RuleRegistry.rule(named: $0)?.description.id }
    }
}

private extension String {
    func trimmingCharacters(_ isTrimmed: (Character) -> Bool) -> Substring {
        guard let first = firstIndex(where: { !isTrimmed($0) }), let last = lastIndex(where: { !isTrimmed($0) }) else { return "" }
        return self[first...last]
    }
}
