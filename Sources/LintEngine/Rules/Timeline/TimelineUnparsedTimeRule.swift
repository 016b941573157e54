import PostmortemModel

/// A timeline entry whose time cannot be read.
struct TimelineUnparsedTimeRule: Rule {
    static let description = RuleDescription(
        id: "PM204", name: "timeline-unparsed-time",
        summary: "A timeline entry's time cannot be read.",
        rationale: """
            An entry whose time is a typo (25:10), a template placeholder (HH:MM) or a vague \
            label ("later that day") cannot be ordered or measured, and readers cannot tell when \
            it happened. pmlint reads 24-hour and 12-hour clocks (`1625` after a date, `10h47`), \
            ISO 8601, dates with month names or written day first where the document does, \
            zones, relative offsets such as `T+00:25`, and a date alone (an entry known to the \
            day). Template placeholders such as `HH:MM` are reported by `placeholder-text`. A \
            warning: the entry is still there for a reader, only its place in time is lost.
            """,
        defaultSeverity: .warning,
        triggering: [
            RuleExample("## Timeline\n\n- 09:14 UTC Deploy\n- ↓25:10 UTC Alert fired", isWrappable: false),
            RuleExample("## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n| ↓14:7 | Monitoring alert fired |\n| 14:20 | Rollback |", isWrappable: false),
            RuleExample("## Timeline\n\n- **09:14 UTC:** Deploy\n- **↓Later that morning:** Rollback started\n- **↓9:5 UTC:** Recovered"),
        ],
        nonTriggering: [
            RuleExample("## Timeline\n\n- 09:14 UTC Deploy\n- 9:42am UTC Ticket\n- T+02:33 Recovered"),
            RuleExample("## Timeline\n\n| Time | Event |\n|---|---|\n| April 15, 2024 9:14 AM ET | Deploy |"),
            RuleExample("## Timeline\n\nAll times UTC. The deploy is described in the summary.\n\n- 09:14 Deploy\n- HH:MM Rollback"),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        context.document.timeline.entries.compactMap { entry in
            guard let problem = entry.problem, problem != TimeText.placeholderReason else { return nil }
            return Finding(range: entry.timeRange, message: """
                Cannot read the time '\(context.source.text(entry.timeRange))': \(problem); pmlint expects a time such as \
                09:14, 9:14 PM or 2024-04-15 09:14 UTC, or a date alone for an entry known only to the day.
                """)
        }
    }
}
