import PostmortemModel

/// A stated duration that disagrees with the timeline.
struct DurationMismatchRule: Rule {
    static let description = RuleDescription(
        id: "PM206", name: "duration-mismatch",
        summary: "A stated duration disagrees with the span of the timeline or the key timestamps.",
        rationale: """
            The duration in the summary is the figure people quote; when the timeline says \
            otherwise, one of them is wrong and readers cannot tell which. The span runs from the \
            start (impact started, or the first entry) to the resolution (or the last entry). \
            Differences within the tolerance (the larger of `toleranceMinutes` and \
            `tolerancePercent` of the span) are rounding. A length counts only when its words \
            make it the incident's ("lasted 2 hours", "a 2-hour outage"; not "a 48 hour notice"). \
            A warning: the span is read off the timeline, whose first and last entries may lie \
            outside the impact.
            """,
        defaultSeverity: .warning,
        options: [
            RuleOption("toleranceMinutes", default: .number(5), "Differences up to this many minutes are accepted."),
            RuleOption("tolerancePercent", default: .number(10), "Differences up to this share of the span are accepted."),
        ],
        triggering: [
            RuleExample("## Summary\n\nCheckout was unavailable for ↓2 hours.\n\n## Timeline\n\n- 10:00 UTC Alert fired\n- 14:00 UTC Service restored"),
            RuleExample("## Impact\n\n| Dimension | Detail |\n|---|---|\n| Duration | ↓45 minutes |\n\n## Timeline\n\n- 09:14 UTC Deploy\n- 11:47 UTC Resolved", isWrappable: false),
            RuleExample("## Summary\n\nOn 2022-11-18 ↓from 15:39 to approximately 16:23 the app was down.\n\n## Timeline\n\n- 15:39 UTC Alert fired\n- 17:30 UTC Fix deployed, incident resolved"),
        ],
        nonTriggering: [
            RuleExample("## Summary\n\nWe had a 2-hour 33-minute incident.\n\n## Timeline\n\n- 9:14am ET Deploy\n- 11:47am ET Resolved"),
            RuleExample("## Summary\n\nThe outage lasted about 2 hours.\n\n## Timeline\n\n- 10:00 UTC Alert\n- 12:10 UTC Restored"),
            RuleExample("## Summary\n\nWe were alerted within 5 minutes.\n\n## Timeline\n\n- 10:00 UTC Alert\n- 14:00 UTC Restored"),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        let timeline = context.document.timeline
        guard let span = timeline.metrics.span else { return [] }
        let tolerance = max(context.options.double("toleranceMinutes") * 60, context.options.double("tolerancePercent") / 100 * Double(span.seconds))
        return timeline.statedDurations.compactMap { stated in
            guard Double(abs(stated.seconds - span.seconds)) > tolerance else { return nil }
            let what = switch stated.source {
            case .summary: "The summary states"
            case .impactTable: "The impact table states"
            case .metadata: "The duration field states"
            }
            let spanOrigin = span.from.isStated ? "the key timestamps run" : "the timeline runs"
            return Finding(range: stated.range, message: """
                \(what) \(DurationText.describe(stated.seconds)), but \(spanOrigin) \(DurationText.describe(span.seconds)) \
                (\(TimelineMessages.moment(span.from, in: context)) to \(TimelineMessages.moment(span.to, in: context))).
                """)
        }
    }
}
