import PostmortemModel

/// Key moments out of their natural order.
extension Milestone {
    /// Whether the document states this moment (metadata, or a sentence of its opening) rather
    /// than pmlint reading it off the timeline.
    var isStated: Bool {
        switch origin {
        case .metadata, .statement: true
        case .timeline: false
        }
    }
}

struct KeyTimestampsOrderRule: Rule {
    static let description = RuleDescription(
        id: "PM207", name: "key-timestamps-order",
        summary: "Impact started, detected, acknowledged, mitigated, resolved and closed are not in that order.",
        rationale: """
            An incident cannot be resolved before it was detected, nor detected before its impact \
            started. Key timestamps out of order are typos, and they leave time to detect or time \
            to resolve unknown. The rule checks the moments the metadata states, against each \
            other and against the timeline's (which pmlint reads in order by construction). A \
            warning, not an error: a moment read from the timeline is an inference from its \
            wording, and an inference can be wrong.
            """,
        defaultSeverity: .warning,
        triggering: [
            RuleExample("- Impact started at: 2022-11-10 14:12 UTC\n- Reported at: ↓2022-11-10 14:02 UTC\n\n## Timeline\n\n- 14:12 UTC Errors begin", isWrappable: false),
            RuleExample("**Resolved at:** ↓10:05 UTC\n\n## Timeline\n\n- 09:14 UTC Deploy\n- 09:42 UTC Customer ticket received\n- 10:22 UTC Cache rollback initiated"),
            RuleExample("- Detected at: 14:20 UTC\n- Mitigated at: 14:40 UTC\n- Resolved at: 15:00 UTC\n- Closed at: ↓14:30 UTC", isWrappable: false),
        ],
        nonTriggering: [
            RuleExample("- Impact started at: November 10, 2022 2:12 PM\n- Reported at: November 10, 2022 2:12 PM\n- Identified at: November 10, 2022 2:18 PM\n- Fixed at: November 10, 2022 2:20 PM\n- Closed at: November 10, 2022 2:30 PM"),
            RuleExample("## Timeline\n\n- 09:14 UTC Deploy\n- 09:42 UTC Ticket received\n- 10:22 UTC Rollback\n- 11:47 UTC Restored"),
            RuleExample("**Resolved at:** 11:47 UTC\n\n## Timeline\n\n- 09:14 UTC Deploy\n- 10:22 UTC Rollback"),
        ])

    /// "Fixed at" as the metadata writes it, or `timelineName` for an entry.
    static func name(_ timelineName: String, of milestone: Milestone, in context: RuleContext) -> String {
        if case .statement = milestone.origin { return timelineName.replacing("the timeline's", with: "the stated") }
        guard case .metadata(let field) = milestone.origin, let entry = context.document.metadata[field] else { return timelineName }
        return "\"\(entry.key)\""
    }

    func check(_ context: RuleContext) -> [Finding] {
        let timeline = context.document.timeline
        let metrics = timeline.metrics
        let closed = timeline.keyTimestamps.first { $0.field == .closed }.flatMap { key in
            key.instant.map { Milestone(instant: $0, range: key.range, origin: .metadata(.closed), isDateKnown: key.isDateKnown, zone: key.zone) }
        }
        let chain: [(name: String, milestone: Milestone?)] = [
            ("the timeline's start", metrics.start), ("the timeline's detection", metrics.detection),
            ("the timeline's acknowledgement", metrics.acknowledgement), ("the timeline's mitigation", metrics.mitigation),
            ("the timeline's resolution", metrics.resolution), ("closed", closed),
        ]
        var latest: (name: String, milestone: Milestone)?
        var findings: [Finding] = []
        for (moment, milestone) in chain {
            guard let milestone else { continue }
            let name = Self.name(moment, of: milestone, in: context)
            if let previous = latest, milestone.instant < previous.milestone.instant, milestone.isStated || previous.milestone.isStated {
                findings.append(Finding(range: milestone.range, message: """
                    \(name) (\(TimelineMessages.moment(milestone, in: context))) is before \(previous.name) \
                    (\(TimelineMessages.moment(previous.milestone, in: context))); the order must be impact started, \
                    detected, acknowledged, mitigated, resolved, closed.
                    """))
            } else {
                latest = (name, milestone)
            }
        }
        return findings
    }
}
