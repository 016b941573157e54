import PostmortemModel

/// First detected by a customer, with no action to detect it ourselves next time.
struct DetectionGapRule: Rule {
    static let description = RuleDescription(
        id: "PM208", name: "detection-gap",
        summary: "A customer report detected the incident, and no action item adds monitoring or alerting.",
        rationale: """
            When customers find an incident first, every minute before their report was impact \
            nobody could stop. The most valuable follow-up is usually the monitor or alert that \
            would have caught it; a review that records the gap and plans no detection work will \
            meet the same gap again. A warning: an outside report can be the right detection for \
            a rare failure, which the team may judge not worth a monitor.
            """,
        defaultSeverity: .warning, audiences: [.internal],
        options: [
            RuleOption("customerKeywords", default: .array(["customer", "support ticket", "user report", "reported by a user", "client"].map(JSONValue.string)),
                       "Words that say the detection came from outside."),
            RuleOption("monitoringKeywords", default: .array(["monitor", "alert", "alarm", "detect", "observability", "probe", "synthetic", "heartbeat", "paging", "slo"].map(JSONValue.string)),
                       "Words that make an action item a detection improvement."),
        ],
        triggering: [
            RuleExample("## Timeline\n\n- 09:14 UTC Deploy\n- **↓09:42 UTC** First customer support ticket received\n\n## Action Items\n\n- [ ] Add a deploy checklist (@dana, due 2024-05-01)"),
            RuleExample("## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n| ↓14:02 | Customer reported failed logins |\n\n## Action Items\n\n| Action | Owner |\n|---|---|\n| Fix retry loop | @sam |", isWrappable: false),
            RuleExample("**Detected at:** ↓10:02 UTC (customer report)\n\n## Timeline\n\n- 10:00 UTC Deploy\n\n## Action Items\n\n- Write a runbook (Owner: Kim)"),
        ],
        nonTriggering: [
            RuleExample("## Timeline\n\n- 09:42 UTC First customer support ticket received\n\n## Action Items\n\n- [ ] Add a divergence alert on cache freshness (@priya)"),
            RuleExample("## Timeline\n\n- 14:02 UTC Monitoring alert fired\n\n## Action Items\n\n- [ ] Fix retry loop (@sam)"),
            RuleExample("## What Happened (Timeline)\n\n- 9:42am ET: Customer support ticket received\n\n## What We're Changing\n\n1. Faster communication", profile: "external"),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        let document = context.document
        guard let detection = document.timeline.metrics.detection else { return [] }
        let detectionText: String = switch detection.origin {
        case .timeline(let index): document.timeline.entries[index].text
        case .metadata(let field): document.metadata[field]?.value ?? ""
        // An opening's sentence states when the incident began and ended, not how it was found.
        case .statement: ""
        }
        guard KeywordMatch.occursAny(context.options.strings("customerKeywords"), in: detectionText) else { return [] }
        let monitoring = context.options.strings("monitoringKeywords")
        guard !document.actionItems.contains(where: { KeywordMatch.occursAny(monitoring, in: $0.text) }) else { return [] }
        return [Finding(range: detection.range, message: """
            The incident was first detected by a customer report, and no action item adds monitoring or alerting that would catch it first next time.
            """)]
    }
}
