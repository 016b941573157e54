/// The same follow-up ticket left open by more than one postmortem.
public struct SharedOpenTicketRule: ArchiveRule {
    public static let description = RuleDescription(
        id: "PM302", name: "shared-open-ticket",
        summary: "An open action item's ticket is also left open by another postmortem.",
        rationale: """
            When two incidents point at the same open ticket, the fix promised after the first \
            one has not landed and the second incident may be its price. It is a warning: the \
            document is not wrong, but the follow-up it depends on is overdue in practice.
            """,
        defaultSeverity: .warning,
        triggering: [], nonTriggering: [])

    public static let triggeringArchives = [
        ArchiveExample([
            .init("march.md", "# Cache stampede\n\n## Action Items\n\n| Action | Owner | Ticket |\n|---|---|---|\n| Add request coalescing | @kim | ↓OPS-41 |\n"),
            .init("may.md", "# Cache stampede again\n\n## Action Items\n\n- [ ] Add request coalescing (@kim, ↓OPS-41)\n"),
        ]),
    ]
    public static let nonTriggeringArchives = [
        ArchiveExample([
            .init("march.md", "# Cache stampede\n\n## Action Items\n\n- [x] Add request coalescing (@kim, OPS-41)\n"),
            .init("may.md", "# Cache stampede again\n\n## Action Items\n\n- [ ] Tune the coalescing window (@kim, OPS-41)\n"),
        ]),
    ]

    /// A ticket and the documents that leave it open.
    public struct SharedTicket: Sendable {
        /// As the first document writes it.
        public var ticket: String
        /// Indexes into the archive, in archive order.
        public var entries: [Int]
    }

    public init() {}

    /// Every ticket left open by two or more documents, by ticket.
    public static func sharedTickets(in archive: [ArchiveEntry]) -> [SharedTicket] {
        ArchiveChecker.group(archive, by: \.openTickets).filter { $0.entries.count > 1 }.map { group in
            SharedTicket(ticket: group.entries[0].mention.text, entries: group.entries.map(\.index))
        }
    }

    public func check(_ archive: [ArchiveEntry]) -> [ArchiveFinding] {
        ArchiveChecker.group(archive, by: \.openTickets).filter { $0.entries.count > 1 }.flatMap { group in
            group.entries.flatMap { entry in
                let others = ArchiveChecker.naming(group.entries.filter { $0.index != entry.index }.map { archive[$0.index].path })
                // Every open item of this document with the ticket, not only the first.
                return archive[entry.index].facts.openTickets.filter { $0.key == group.key }.map { mention in
                    ArchiveFinding(entry: entry.index, finding: Finding(
                        range: mention.range,
                        message: "Ticket \(mention.text) is also left open by \(others); the fix promised after the earlier incident has not landed."))
                }
            }
        }
    }
}
