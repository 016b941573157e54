import LintEngine

/// What comes back across incidents, as the cross-document rules find it.
public struct Recurrence: Sendable {
    /// Services affected by two or more incidents, each within 90 days of the one before.
    public var services: [RecurringServiceRule.Recurrence]
    /// Tickets left open by two or more documents.
    public var tickets: [SharedOpenTicketRule.SharedTicket]
    /// Incident IDs given by two or more documents.
    public var duplicateIDs: [DuplicateIncidentIDRule.SharedID]

    /// The entries' indexes are those of `documents`.
    init(_ documents: [ReportDocument]) {
        let archive = documents.map { ArchiveEntry(path: $0.path, facts: $0.facts) }
        services = RecurringServiceRule.recurrences(in: archive)
        tickets = SharedOpenTicketRule.sharedTickets(in: archive)
        duplicateIDs = DuplicateIncidentIDRule.duplicates(in: archive)
    }
}
