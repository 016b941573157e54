import PostmortemModel

/// An entry earlier than one written before it.
struct TimelineOrderRule: Rule {
    static let description = RuleDescription(
        id: "PM202", name: "timeline-order",
        summary: "A timeline entry is earlier than an entry written above it.",
        rationale: """
            Readers take a timeline to be chronological; an entry out of place makes the response \
            look faster or slower than it was, and it is usually a typo in the time (10:05 for \
            11:05) that also corrupts the computed time to detect or resolve. A time after \
            midnight that belongs to the next day is read as such when the step back is large or \
            the entry says "next day". A warning: a timeline grouped by topic rather than by \
            time is unusual but deliberate.
            """,
        defaultSeverity: .warning,
        triggering: [
            RuleExample("## Timeline\n\n- **10:15 UTC** — Root cause identified\n- **↓10:05 UTC** — Cache rollback initiated"),
            RuleExample("## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n| 14:02 | Alert fired |\n| 14:20 | Rollback started |\n| ↓14:11 | On-call acknowledged |", isWrappable: false),
            RuleExample("## Timeline\n\nAll times in ET.\n\n- **9:42am** Support ticket received\n- **9:47am** Engineering alerted\n- **↓9:45am** Dashboard checked\n- **↓9:44am** Status page updated"),
        ],
        nonTriggering: [
            RuleExample("## Timeline\n\n- 09:14 UTC deploy\n- 09:42 UTC ticket\n- 11:47 UTC resolved"),
            RuleExample("## Timeline (UTC)\n\n- 23:40 Alert fired\n- 23:55 Rollback started\n- 00:20 Service restored"),
            RuleExample("## Timeline\n\n### 2024-04-15\n\n- 22:00 UTC Deploy\n\n### 2024-04-16\n\n- 06:00 UTC Customer report"),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        let entries = context.document.timeline.entries
        // Each entry is compared with the one just above it, so that a list pasted twice or a
        // single misplaced row gives one finding, not one per entry after it.
        let timed = entries.filter { $0.instant != nil }
        return zip(timed, timed.dropFirst()).compactMap { previous, entry in
            guard entry.instant! < previous.instant! else { return nil }
            return Finding(range: entry.timeRange, message: """
                \(TimelineMessages.entry(entry, in: context)) is earlier than \(TimelineMessages.entry(previous, in: context)) \
                written above it; put the entries in time order or correct the time.
                """)
        }
    }
}
