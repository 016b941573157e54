import PostmortemModel

/// PM102: prevention that names no mechanism.
struct VaguePreventionRule: Rule {
    /// Words that may stand before a process noun ("our change management processes").
    private static let area = "(change|deploy|deployment|release|incident|review|on-call|operational|engineering|security|database|maintenance|testing) (management|review|response)"
    private static let subject = "monitoring|alerting|observability|visibility|processes|process|procedures|testing|communication|documentation|tooling|safeguards|practices|controls|reliability|resilience|coverage|oversight|systems|infrastructure|platform"

    static let list = PhraseList([
        PhraseGroup("“{phrase}” names no mechanism: say what will be added or changed (which alert, threshold, check, test or runbook), who owns it and by when.",
                    ["improve|enhance|strengthen|tighten|bolster|increase|expand (our|the|existing|internal) \(area) \(subject)",
                     "improvements to (our|the) \(area) monitoring|alerting|observability|processes|process|procedures|testing|communication|tooling",
                     "better \(area) monitoring|alerting|testing|processes|communication|documentation|observability|visibility|tooling|safeguards|coordination|oversight|controls|practices|procedures|guardrails|checks",
                     "continue to [improve|strengthen|invest in|work on]",
                     "more testing|monitoring|alerting|safeguards|oversight|rigor|rigour|diligence|training",
                     "additional|further|extra|new safeguards|monitoring|alerting|testing|measures|controls|precautions|oversight|guardrails|training|steps",
                     "ensure (that) this|it [doesn't|does not|won't|will not|never|cannot|can't] happen|recur|occur (again)",
                     "[make sure|ensure] (that) [this|it|this issue|this incident|nothing like this] [doesn't|does not|won't|will not|never|cannot|can't] happen|recur|occur (again)",
                     "prevent (this|it|a) [from happening|recurrence|happening again|recurring]", "prevent similar|future|such incidents|issues|outages",
                     "review|revisit|reassess|re-evaluate|audit (our|the|existing|internal) \(area) procedures|processes|process|practices|policies",
                     "learn from this (incident|outage)", "take (appropriate|necessary|additional|further) steps|measures|action",
                     "continue to monitor"]),
        PhraseGroup("“{phrase}” asks people to try harder, which does not survive the next busy night: change the system instead (a check, a guard, an alert, a safer default).",
                    ["[be|being|remain|stay] more careful|vigilant|diligent|cautious|thorough|attentive",
                     "more vigilant|careful|diligent|cautious|attentive|rigorous", "[remain|stay] vigilant|alert|careful|cautious", "pay [more|closer|extra] attention",
                     "raise|increase|build awareness", "remind (the|all) team|engineers|everyone|staff", "take this seriously",
                     "redouble (our) efforts", "work harder", "double down on", "increase|improve|expand (our|the) test coverage"]),
    ], configuredMessage: "“{phrase}” is on the team's list of vague prevention: name the mechanism, its owner and a date.")

    /// The group of phrases about human effort, which a concrete word in the sentence does not
    /// redeem ("pay more attention to the canary results"); only a stated method does.
    private static let effortGroup = 1

    static let description = RuleDescription(
        id: "PM102", name: "vague-prevention",
        summary: "A prevention statement names no mechanism, owner or date.",
        rationale: """
            "We'll improve our monitoring" cannot be checked, scheduled or finished, so it is rarely done, \
            and "be more careful" does not survive the next busy night. A prevention measure names the thing \
            that will exist afterwards: an alert on cache age above 15 minutes, a deploy check, a runbook \
            step. The rule reads the action and prevention sections (configurable). It stays quiet when the \
            sentence names something concrete — an alert, threshold, check, test, runbook, limit, owner, \
            date, number or code identifier — and, for appeals to vigilance, when the sentence says how \
            ("by requiring a dry run"). Action items themselves are judged by vague-action-item.
            """,
        defaultSeverity: .warning,
        options: PhraseList.options + [SectionScope.option(default: [.actionItems], "The section kinds whose prose is read.")],
        triggering: [
            RuleExample("## What We're Changing\n\nWe will ↓improve our monitoring so that problems are found sooner.\n"),
            RuleExample("## Action Items\n\nGoing forward the team will ↓be more careful with configuration changes.\n"),
            RuleExample("## Prevention\n\nWe will do what it takes to ↓ensure this doesn't happen again.\n"),
            RuleExample("## What We're Changing\n\nWe are putting ↓additional safeguards in place and will ↓review our procedures.\n"),
            RuleExample("## Next Steps\n\nEngineers will ↓pay more attention to the canary dashboard. We will also invest in ↓better testing.\n"),
        ],
        nonTriggering: [
            RuleExample("## What We're Changing\n\nWe will add an alert when cache age exceeds 15 minutes.\n"),
            RuleExample("## Action Items\n\nTo improve monitoring, the cache exporter will publish `cache_age_seconds` and page on-call above 900.\n"),
            RuleExample("## Prevention\n\nA deploy check now blocks any rollout whose canary error rate exceeds 1%.\n"),
            RuleExample("## Lessons Learned\n\nWe should be more careful about trusting a green health check.\n"),
            RuleExample("## What We're Changing\n\nWe will be more careful with migrations by requiring a dry-run output in every change request.\n"),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        let prose = context.prose
        let items = context.document.actionItems.map(\.textRange)
        let hits = Self.list.book(context.options).hits(in: prose, sections: SectionScope.kinds(context.options), negatable: false)
        return Self.unspecific(hits, in: prose).compactMap { hit in
            let range = prose.range(of: hit.match)
            return items.contains(where: { $0.overlaps(range) }) ? nil : Finding(range: range, message: hit.message)
        }
    }

    /// The hits whose sentence names nothing concrete; for appeals to effort, whose sentence
    /// does not say how. Shared with vague-action-item, which applies it to item text.
    static func unspecific(_ hits: [PhraseHit], in prose: Prose) -> [PhraseHit] {
        hits.filter { hit in
            let rest = prose.sentence(containing: hit.match.tokens.lowerBound).filter { !hit.match.tokens.contains($0) }
            let specific = hit.match.payload == effortGroup
                ? rest.contains { statesMethod(at: $0, in: prose) || isNumberOrCode(at: $0, in: prose) }
                : rest.contains { ConcreteTerms.isConcrete(at: $0, in: prose) }
            return !specific
        }
    }

    /// "by requiring", "by adding": the sentence says how the care will be taken.
    private static func statesMethod(at index: Int, in prose: Prose) -> Bool {
        let tokens = prose.tokens
        return prose.text(at: index) == "by" && index + 1 < tokens.count && tokens[index + 1].isJoinedToPrevious && prose.text(at: index + 1).hasSuffix("ing")
    }

    private static func isNumberOrCode(at index: Int, in prose: Prose) -> Bool {
        prose.tokens[index].kind == .code || prose.text(at: index).contains(where: \.isNumber)
    }
}
