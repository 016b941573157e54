import PostmortemModel

/// A postmortem without a single timed event.
struct TimelineMissingRule: Rule {
    static let description = RuleDescription(
        id: "PM201", name: "timeline-missing",
        summary: "The timeline has no timed entries (or, in a profile that does not demand the section, there is no timeline).",
        rationale: """
            A timeline is the factual spine of a postmortem: reviewers read detection, response and \
            recovery off it, and pmlint computes time to detect and time to resolve from it. A \
            narrative without times cannot be checked or measured. Write one entry per event, \
            starting with its time (`- 09:42 UTC: first customer ticket`) or as a table row. \
            A warning, not an error: teams write times in more ways than any reader knows, and \
            a timeline pmlint cannot read is not a missing one; blocking CI on that guess would \
            punish the writer for pmlint's gap.
            """,
        defaultSeverity: .warning,
        // Not wrappable: inside a code fence or front matter the timeline is gone, which is
        // exactly what the rule reports.
        triggering: [
            RuleExample("↓## Timeline\n\nThe deploy went out in the morning and we rolled it back after lunch.", isWrappable: false),
            RuleExample("↓## What Happened (Timeline)\n\n- A routine cache update was deployed\n- Customers reported stale dashboards\n- Cache rolled back", profile: "external", isWrappable: false),
            RuleExample("↓## Incident timeline\n\n| Time | Event |\n|------|-------|", isWrappable: false),
        ],
        nonTriggering: [
            RuleExample("## Timeline\n\n- 09:14 UTC: cache update deployed\n- 09:42 UTC: first customer ticket"),
            RuleExample("## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n| 14:02 | Alert fired |"),
            RuleExample("## What Happened (Timeline)\n\n- **9:14am ET:** A routine cache update was deployed", profile: "external"),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        let document = context.document
        guard document.timeline.entries.isEmpty else { return [] }
        if let heading = document.timeline.headingRanges.first {
            return [Finding(range: heading, message: """
                The timeline has no entries starting with a time; write one line per event, such as "- 09:42 UTC: first customer report".
                """)]
        }
        // When the profile asks for a timeline section, missing-section already reports its absence.
        if let requirement = context.profile.requirement(for: .timeline), requirement.level != .optional { return [] }
        let start = document.sections.first?.headingRange ?? context.source.lines.contentRange(ofLine: 0)
        return [Finding(range: start, message: """
            The postmortem has no timeline; add a Timeline section with one line per event, such as "- 09:42 UTC: first customer report".
            """)]
    }
}
