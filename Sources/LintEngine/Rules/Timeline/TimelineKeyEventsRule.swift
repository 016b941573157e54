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
            under `timeline.keywords`; a key timestamp in the metadata counts as well, and a \
            mitigation that is the last entry ends the timeline, and a resolution implies a \
            mitigation. A warning: a timeline may word \
            an event in a way no keyword list foresees.
            """,
        defaultSeverity: .warning,
        triggering: [
            RuleExample("↓## Timeline\n\n- 09:14 UTC Cache update deployed\n- 10:15 UTC Root cause identified"),
            RuleExample("↓## Timeline\n\n- 12:00 UTC Customer reported the incident\n- 12:10 UTC Issue identified\n- 12:40 UTC Rollback started\n- 13:05 UTC Team met to plan follow-ups"),
            RuleExample("↓## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n| 14:02 | Monitoring alert fired |\n| 14:20 | Rolled back the release |\n| 14:45 | Team compared dashboards |"),
        ],
        nonTriggering: [
            RuleExample("## Timeline\n\n- 09:42 UTC Support ticket received\n- 10:22 UTC Cache rollback initiated\n- 11:47 UTC All dashboards restored"),
            RuleExample("**Mitigated at:** 14:30 UTC\n\n## Timeline\n\n- 14:02 UTC Alert fired\n- 15:10 UTC Incident resolved"),
            RuleExample("## Timeline\n\nNothing timed yet."),
            RuleExample("## Timeline\n\n- 08:02 UTC Pager fired for disk pressure\n- 09:40 UTC Runaway job killed, disk usage falling"),
        ])

    static let reported: [EventKind] = [.detection, .mitigation, .resolution]

    func check(_ context: RuleContext) -> [Finding] {
        let timeline = context.document.timeline
        guard timeline.entries.contains(where: { $0.instant != nil }), let heading = timeline.headingRanges.first else { return [] }
        let metrics = timeline.metrics
        // A timeline whose last entry mitigates ends there: nothing is left to resolve. A
        // resolution implies the impact was mitigated, whatever the entry's words.
        var endsWithMitigation = false
        if case .timeline(let index)? = metrics.lastEntry?.origin { endsWithMitigation = timeline.entries[index].kinds.contains(.mitigation) }
        let found: [EventKind: Bool] = [.detection: metrics.detection != nil, .mitigation: metrics.mitigation != nil || metrics.resolution != nil,
                                        .resolution: metrics.resolution != nil || endsWithMitigation]
        let missing = Self.reported.filter { found[$0] != true }
        guard !missing.isEmpty else { return [] }
        let keywords = context.configuration.timeline.eventKeywords
        let hints = missing.map { kind in
            "\(kind.rawValue) (such as \((keywords[kind] ?? []).prefix(2).map { "\"\($0)\"" }.joined(separator: " or ")))"
        }
        return [Finding(range: heading, message: "The timeline records no \(hints.joined(separator: ", no ")) event.")]
    }
}
