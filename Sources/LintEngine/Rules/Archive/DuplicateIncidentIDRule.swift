/// Two postmortems that give the same incident ID.
public struct DuplicateIncidentIDRule: ArchiveRule {
    public static let description = RuleDescription(
        id: "PM303", name: "duplicate-incident-id",
        summary: "Another postmortem gives the same incident ID.",
        rationale: """
            Tickets, dashboards and later postmortems refer to an incident by its ID; when two \
            documents claim one ID, those references reach the wrong document and one of the \
            two IDs is a copy-paste mistake. It is an error because the archive cannot be \
            trusted until one of them is corrected.
            """,
        defaultSeverity: .error,
        triggering: [], nonTriggering: [])

    public static let triggeringArchives = [
        ArchiveExample([
            .init("2024-05-01-dns.md", "# DNS outage\n\n## Summary\n\n**Incident ID:** ↓INC-2024-050\n"),
            .init("2024-05-09-cdn.md", "# CDN purge\n\n## Summary\n\n**Incident ID:** ↓inc-2024-050\n"),
        ]),
    ]
    public static let nonTriggeringArchives = [
        ArchiveExample([
            .init("2024-05-01-dns.md", "# DNS outage\n\n## Summary\n\n**Incident ID:** INC-2024-050\n"),
            .init("2024-05-09-cdn.md", "# CDN purge\n\n## Summary\n\n**Incident ID:** INC-2024-051\n"),
        ]),
    ]

    /// An incident ID and the documents that give it.
    public struct SharedID: Sendable {
        /// As the first document writes it.
        public var id: String
        /// Indexes into the archive, in archive order.
        public var entries: [Int]
    }

    public init() {}

    /// Every ID given by two or more documents, by ID.
    public static func duplicates(in archive: [ArchiveEntry]) -> [SharedID] {
        ArchiveChecker.group(archive) { $0.incidentID.map { [$0] } ?? [] }.filter { $0.entries.count > 1 }.map { group in
            SharedID(id: group.entries[0].mention.text, entries: group.entries.map(\.index))
        }
    }

    public func check(_ archive: [ArchiveEntry]) -> [ArchiveFinding] {
        Self.duplicates(in: archive).flatMap { duplicate in
            duplicate.entries.map { index in
                let others = ArchiveChecker.naming(duplicate.entries.filter { $0 != index }.map { archive[$0].path })
                let mention = archive[index].facts.incidentID!
                return ArchiveFinding(entry: index, finding: Finding(
                    range: mention.range, message: "Incident ID \(mention.text) is also given by \(others); each incident needs its own ID."))
            }
        }
    }
}
