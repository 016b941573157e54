/// The cross-document rules, registered with `RuleRegistry.archive`.
enum ArchiveRules {
    static let all: [any ArchiveRule.Type] = [RecurringServiceRule.self, SharedOpenTicketRule.self, DuplicateIncidentIDRule.self]
}
