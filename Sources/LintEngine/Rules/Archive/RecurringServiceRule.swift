import PostmortemModel

/// A service affected again within 90 days of an earlier incident.
public struct RecurringServiceRule: ArchiveRule {
    /// How close two incidents on one service must be to count as a recurrence.
    public static let windowDays = 90

    public static let description = RuleDescription(
        id: "PM301", name: "recurring-service",
        summary: "An affected service was also affected by another incident within 90 days.",
        rationale: """
            A service that breaks again within a quarter often breaks for the same reason, and \
            each postmortem read alone hides it. Naming the other incident lets reviewers check \
            whether the first one's actions were enough. It is information, not a fault of the \
            document, so it never fails a run.
            """,
        defaultSeverity: .info,
        triggering: [], nonTriggering: [])

    public static let triggeringArchives = [
        ArchiveExample([
            .init("2024-03-02-login.md", "# Login errors\n\n## Summary\n\n**Date of incident:** 2024-03-02  \n**Affected services:** ↓auth-api, web\n"),
            .init("2024-04-20-login.md", "# Login slow\n\n## Summary\n\n**Date of incident:** 2024-04-20  \n**Affected services:** ↓Auth-API\n"),
        ]),
    ]
    public static let nonTriggeringArchives = [
        ArchiveExample([
            .init("2024-01-05-search.md", "# Search down\n\n## Summary\n\n**Date of incident:** 2024-01-05  \n**Affected services:** search\n"),
            .init("2024-06-30-search.md", "# Search slow\n\n## Summary\n\n**Date of incident:** 2024-06-30  \n**Affected services:** search\n"),
        ]),
        ArchiveExample([
            .init("a.md", "# Queue backlog\n\n## Summary\n\n**Date of incident:** 2024-02-01  \n**Affected services:** queue\n"),
            .init("b.md", "# Disk full\n\n## Summary\n\n**Date of incident:** 2024-02-03  \n**Affected services:** storage\n"),
        ]),
    ]

    /// A service and the incidents that affected it, each within 90 days of the one before.
    public struct Recurrence: Sendable {
        /// The service as the earliest of its documents writes it.
        public var service: String
        /// What the documents' mentions are compared by.
        public var key: String
        /// Indexes into the archive, by incident date.
        public var entries: [Int]
    }

    public init() {}

    /// Every run of two or more dated incidents on one service, each within the window of
    /// the one before, by service then date.
    public static func recurrences(in archive: [ArchiveEntry]) -> [Recurrence] {
        ArchiveChecker.group(archive, by: \.services).flatMap { group -> [Recurrence] in
            let dated = group.entries.compactMap { entry in archive[entry.index].facts.incidentDate.map { (entry, $0.daysSinceEpoch) } }
                .sorted { ($0.1, $0.0.index) < ($1.1, $1.0.index) }
            var runs: [Recurrence] = []
            var run: [(entry: (index: Int, mention: ArchiveFacts.Mention), day: Int)] = []
            func close() {
                if run.count > 1 { runs.append(Recurrence(service: run[0].entry.mention.text, key: group.key, entries: run.map(\.entry.index))) }
                run = []
            }
            for (entry, day) in dated {
                if let last = run.last, day - last.day > windowDays { close() }
                run.append((entry, day))
            }
            close()
            return runs
        }
    }

    public func check(_ archive: [ArchiveEntry]) -> [ArchiveFinding] {
        Self.recurrences(in: archive).flatMap { recurrence in
            // The run is sorted by date, so the incidents within the window of each one are a
            // contiguous stretch of it: two cursors find it without comparing every pair.
            let days = recurrence.entries.map { archive[$0].facts.incidentDate!.daysSinceEpoch }
            var low = 0, high = 0
            return recurrence.entries.indices.compactMap { position -> ArchiveFinding? in
                let index = recurrence.entries[position]
                while days[position] - days[low] > Self.windowDays { low += 1 }
                while high + 1 < days.count && days[high + 1] - days[position] <= Self.windowDays { high += 1 }
                guard let mention = archive[index].facts.services.first(where: { $0.key == recurrence.key }) else { return nil }
                // The two nearest by date are named (they are among the two on each side), the others counted.
                let nearest = [position - 1, position + 1, position - 2, position + 2].filter { (low...high).contains($0) }
                    .sorted { (abs(days[$0] - days[position]), $0) < (abs(days[$1] - days[position]), $1) }.prefix(2)
                let named = ArchiveChecker.naming(nearest.map { "\(archive[recurrence.entries[$0]].path) (\(archive[recurrence.entries[$0]].facts.incidentDate!))" },
                                                  total: high - low)
                return ArchiveFinding(entry: index, finding: Finding(
                    range: mention.range,
                    message: "Service \"\(mention.text)\" was also affected within \(Self.windowDays) days by the incident of \(named); link them and say whether the cause is the same."))
            }
        }
    }
}
