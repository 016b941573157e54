import PostmortemModel

/// PM102: prevention that names no mechanism.
struct VaguePreventionRule: Rule {
    static let list = PhraseList([
        PhraseGroup("“{phrase}” names no mechanism: say what will be added or changed (which alert, threshold, check, test or runbook), who owns it and by when.",
                    ["improve|enhance|strengthen|tighten|bolster|increase (our|the|existing|internal) monitoring|alerting|observability|visibility|processes|process|procedures|testing|communication|documentation|tooling|safeguards|practices|controls|reliability|resilience|coverage|oversight",
                     "improvements to (our|the) monitoring|alerting|observability|processes|process|procedures|testing|communication|tooling",
                     "better monitoring|alerting|testing|processes|communication|documentation|observability|visibility|tooling|safeguards|coordination|oversight",
                     "more testing|monitoring|alerting|safeguards|oversight|rigor|rigour|diligence|care|training",
                     "additional|further|extra|new safeguards|monitoring|alerting|testing|measures|controls|precautions|oversight|guardrails|training|steps",
                     "[be|being|remain|stay] more careful|vigilant|diligent|cautious|thorough|attentive",
                     "more vigilant|careful|diligent|cautious|attentive|rigorous", "pay (more|closer|close|extra) attention",
                     "ensure (that) this|it [doesn't|does not|won't|will not|never|cannot|can't] happen|recur|occur (again)",
                     "[make sure|ensure] (that) [this|it|this issue|this incident|nothing like this] [doesn't|does not|won't|will not|never|cannot|can't] happen|recur|occur (again)",
                     "prevent (this|it|a) [from happening|recurrence|happening again|recurring]", "prevent similar|future|such incidents|issues|outages",
                     "review|revisit|reassess|re-evaluate|audit (our|the|existing|internal) procedures|processes|process|practices|policies",
                     "raise|increase|build awareness", "remind (the|all) team|engineers|everyone|staff", "learn from this (incident|outage)",
                     "take (appropriate|necessary|additional|further) steps|measures|action", "take this seriously",
                     "continue to monitor", "redouble (our) efforts", "work harder", "double down on"]),
    ], configuredMessage: "“{phrase}” is on the team's list of vague prevention: name the mechanism, its owner and a date.")

    static let description = RuleDescription(
        id: "PM102", name: "vague-prevention",
        summary: "A prevention statement names no mechanism, owner or date.",
        rationale: """
            "We'll improve our monitoring" cannot be checked, scheduled or finished, so it is rarely done. \
            A prevention measure names the thing that will exist afterwards: an alert on cache age above \
            15 minutes, a deploy check, a runbook step. The rule reads the action and prevention sections \
            (configurable) and stays quiet when the sentence names something concrete — an alert, \
            threshold, check, test, runbook, limit, owner, date, number or code identifier. Action items \
            themselves are judged by vague-action-item.
            """,
        defaultSeverity: .warning,
        options: PhraseList.options + [SectionScope.option(default: [.actionItems], "The section kinds whose prose is read.")],
        triggering: [
            RuleExample("## What We're Changing\n\nWe will ↓improve our monitoring so that problems are found sooner.\n"),
            RuleExample("## Action Items\n\nGoing forward the team will ↓be more careful with configuration changes.\n"),
            RuleExample("## Prevention\n\nWe are taking steps to ↓ensure this doesn't happen again.\n"),
            RuleExample("## What We're Changing\n\nWe are putting ↓additional safeguards in place and will ↓review our procedures.\n"),
            RuleExample("## Next Steps\n\nThe team will ↓raise awareness of the failure mode and invest in ↓better testing.\n"),
        ],
        nonTriggering: [
            RuleExample("## What We're Changing\n\nWe will add an alert when cache age exceeds 15 minutes.\n"),
            RuleExample("## Action Items\n\nTo improve monitoring, the cache exporter will publish `cache_age_seconds` and page on-call above 900.\n"),
            RuleExample("## Prevention\n\nA deploy check now blocks any rollout whose canary error rate exceeds 1%.\n"),
            RuleExample("## Lessons Learned\n\nWe should be more careful about trusting a green health check.\n"),
            RuleExample("## What We're Changing\n\nWe are adding a runbook step so that this doesn't happen again: drain the region before rotating keys.\n"),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        let prose = Prose(document: context.document)
        let items = context.document.actionItems.map(\.textRange)
        return Self.list.book(context.options).hits(in: prose, sections: SectionScope.kinds(context.options), negatable: false)
            .compactMap { hit in
                let range = prose.range(of: hit.match)
                if items.contains(where: { $0.overlaps(range) }) { return nil }
                let sentence = prose.sentence(containing: hit.match.tokens.lowerBound)
                let named = sentence.contains { !hit.match.tokens.contains($0) && ConcreteTerms.isConcrete(prose.tokens[$0]) }
                return named ? nil : Finding(range: range, message: hit.message)
            }
    }
}
