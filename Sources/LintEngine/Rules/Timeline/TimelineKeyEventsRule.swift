import PostmortemModel

/// A timeline without a detection, mitigation or resolution event.
struct TimelineKeyEventsRule: Rule {
    static let description = RuleDescription(
        id: "PM205", name: "timeline-key-events",
        summary: "The timeline records no detection, no mitigation or no resolution event.",
        rationale: """
            Time to detect, to mitigate and to resolve are the figures a review tracks across \
            incidents; they need the moments they run between. An event is recognised by keywords \
            ("alert fired", "rolled back", "restored"), which a configuration can change per kind \
            under `timeline.keywords`; a key timestamp in the metadata counts as well.
            """,
        defaultSeverity: .warning,
        triggering: [
            RuleExample("↓## Timeline\n\n- 09:14 UTC Cache update deployed\n- 10:15 UTC Root cause identified"),
            RuleExample("↓## Timeline\n\n- 12:00 UTC Customer reported the incident\n- 12:10 UTC Issue identified\n- 12:12 UTC Incident closed"),
            RuleExample("↓## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n| 14:02 | Monitoring alert fired |\n| 14:20 | Rolled back the release |"),
        ],
        nonTriggering: [
            RuleExample("## Timeline\n\n- 09:42 UTC Support ticket received\n- 10:22 UTC Cache rollback initiated\n- 11:47 UTC All dashboards restored"),
            RuleExample("**Mitigated at:** 14:30 UTC\n\n## Timeline\n\n- 14:02 UTC Alert fired\n- 15:10 UTC Incident resolved"),
            RuleExample("## Timeline\n\nNothing timed yet."),
        ])

    static let reported: [EventKind] = [.detection, .mitigation, .resolution]

    func check(_ context: RuleContext) -> [Finding] {
        let timeline = context.document.timeline
        guard timeline.entries.contains(where: { $0.instant != nil }), let heading = timeline.headingRanges.first else { return [] }
        let metrics = timeline.metrics
        let found: [EventKind: Milestone?] = [.detection: metrics.detection, .mitigation: metrics.mitigation, .resolution: metrics.resolution]
        let missing = Self.reported.filter { found[$0] ?? nil == nil }
        guard !missing.isEmpty else { return [] }
        let keywords = context.configuration.timeline.eventKeywords
        let hints = missing.map { kind in
            "\(kind.rawValue) (such as \((keywords[kind] ?? []).prefix(2).map { "\"\($0)\"" }.joined(separator: " or ")))"
        }
        return [Finding(range: heading, message: "The timeline records no \(hints.joined(separator: ", no ")) event.")]
    }
}
