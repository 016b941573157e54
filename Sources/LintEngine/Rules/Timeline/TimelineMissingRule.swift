import PostmortemModel

/// A timeline section that holds no timed entries.
struct TimelineMissingRule: Rule {
    static let description = RuleDescription(
        id: "PM201", name: "timeline-missing",
        summary: "The timeline section has no entries that start with a time.",
        rationale: """
            A timeline is the factual spine of a postmortem: reviewers read detection, response and \
            recovery off it, and pmlint computes time to detect and time to resolve from it. A \
            narrative without times cannot be checked or measured. Write one entry per event, \
            starting with its time (`- 09:42 UTC: first customer ticket`) or as a table row. A \
            document without any timeline section is reported by `missing-section`.
            """,
        defaultSeverity: .error,
        triggering: [
            RuleExample("↓## Timeline\n\nThe deploy went out in the morning and we rolled it back after lunch."),
            RuleExample("↓## What Happened (Timeline)\n\n- A routine cache update was deployed\n- Customers reported stale dashboards\n- Cache rolled back", profile: "external"),
            RuleExample("↓## Incident timeline\n\n| Time | Event |\n|------|-------|"),
        ],
        nonTriggering: [
            RuleExample("## Timeline\n\n- 09:14 UTC: cache update deployed\n- 09:42 UTC: first customer ticket"),
            RuleExample("## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n| 14:02 | Alert fired |"),
            RuleExample("## Summary\n\nThe cache served stale data for two hours."),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        let timeline = context.document.timeline
        guard timeline.entries.isEmpty, let heading = timeline.headingRanges.first else { return [] }
        return [Finding(range: heading,
                        message: "The timeline has no entries starting with a time; write one line per event, such as \"- 09:42 UTC: first customer report\".")]
    }
}
