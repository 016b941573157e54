import PostmortemModel

/// Timeline times without any zone, or in several zones named by abbreviation.
struct TimelineTimezoneRule: Rule {
    static let description = RuleDescription(
        id: "PM203", name: "timeline-timezone",
        summary: "The timeline's times have no time zone, or mix zones without explicit offsets.",
        rationale: """
            "09:14" means a different moment to every reader in another zone, and a timeline that \
            mixes ET and UTC forces each reader to convert in their head, which is where ordering \
            mistakes come from. State the zone once ("All times in UTC", `timezone:` in the front \
            matter, or `Time (UTC)` in the table header) or write an explicit offset with every \
            time (`2024-04-15T09:14-04:00`). A warning: a team that works in one zone reads its \
            own timeline without trouble; the risk is for readers elsewhere.
            """,
        defaultSeverity: .warning,
        triggering: [
            RuleExample("↓## Timeline\n\n- 09:14 Cache update deployed\n- 09:42 First customer ticket"),
            RuleExample("## Timeline\n\n- **9:14am ET** Cache update deployed\n- **↓13:42 UTC** First customer ticket"),
            RuleExample("## Timeline\n\nAll times in UTC.\n\n- 14:02 Alert fired\n- **↓16:10 CEST** Rollback started\n- **↓10:15 ET** Vendor confirmed the fix"),
        ],
        nonTriggering: [
            RuleExample("## Timeline\n\nAll times in UTC.\n\n- 09:14 Cache update deployed\n- 09:42 First customer ticket"),
            RuleExample("---\ntimezone: PT\n---\n\n## Timeline\n\n- 06:14 Deploy\n- 06:42 Ticket"),
            RuleExample("## Timeline\n\n- 2024-04-15T09:14-04:00 Deploy\n- 2024-04-15T15:42+02:00 Ticket from the Berlin office"),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        let timeline = context.document.timeline
        let clocked = timeline.entries.filter { $0.written?.secondsOfDay != nil }
        guard let first = clocked.first else { return [] }
        if timeline.zone == nil, clocked.allSatisfy({ $0.zone == nil }), let heading = timeline.headingRanges.first {
            return [Finding(range: heading, message: """
                The timeline's times have no time zone; state it once ("All times in UTC") or write it with each time.
                """)]
        }
        let named = clocked.filter { !($0.zone?.isNumeric ?? true) }
        guard let firstZone = (named.first ?? first).zone.map(Self.canonicalName) else { return [] }
        return named.filter { Self.canonicalName($0.zone!) != firstZone }.map { entry in
            Finding(range: entry.timeRange, message: """
                \(TimelineMessages.entry(entry, in: context)) is in \(entry.zone!.name) while earlier times are in \(firstZone); \
                use one zone throughout or write explicit offsets.
                """)
        }
    }

    /// UTC and GMT are the same zone to every reader.
    static func canonicalName(_ zone: WrittenZone) -> String {
        zone.name == "GMT" ? "UTC" : zone.name
    }
}
