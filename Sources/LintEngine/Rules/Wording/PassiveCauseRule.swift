import PostmortemModel

/// PM111: a cause stated in the passive voice, with no one and nothing doing it.
struct PassiveCauseRule: Rule {
    private static let adverb = "accidentally|mistakenly|inadvertently|incorrectly|wrongly|erroneously|unintentionally|unknowingly"

    static let list = PhraseList([
        PhraseGroup("“{phrase}” leaves out what allowed it: name the step of the process or the part of the system that let it happen (“the deploy tool applied the change without a review”).",
                    ["mistake|mistakes|error|errors be make", "be (\(adverb)) overlooked|missed|ignored|forgotten|skipped|neglected|mishandled|disregarded|botched|bungled",
                     "be \(adverb) {participle}", "things went wrong"]),
    ], configuredMessage: "“{phrase}” is on the team's list of agentless causes: name what allowed it.")

    static let description = RuleDescription(
        id: "PM111", name: "passive-cause",
        summary: "A root cause is stated in the passive voice with no agent (“mistakes were made”).",
        rationale: """
            "Mistakes were made" and "the warning was overlooked" avoid naming a person — rightly — but also \
            avoid naming the process or system that let the mistake through, and that is the part the \
            review needs. Say what allowed it: the missing review step, the alert that went to an unwatched \
            channel. Off by default; reads root-cause sections (configurable). A passive with its agent \
            ("was missed by the canary check") is fine.
            """,
        defaultSeverity: .warning, isOptIn: true,
        options: PhraseList.options + [SectionScope.option(default: [.rootCause], "The section kinds whose prose is read.")],
        triggering: [
            RuleExample("## Root Cause\n\n↓Mistakes were made during the migration.\n"),
            RuleExample("## Root Cause\n\nThe disk-usage warning ↓was overlooked for three days.\n"),
            RuleExample("## Root Cause\n\nThe production table ↓was accidentally dropped during cleanup.\n"),
            RuleExample("## Root Cause\n\nA step of the runbook ↓was skipped, and the old certificate ↓was mistakenly deployed.\n"),
            RuleExample("## Root Cause\n\nThe rate limit ↓was inadvertently removed in the refactor.\n"),
        ],
        nonTriggering: [
            RuleExample("## Root Cause\n\nThe change was deployed at 14:02 by the release pipeline without a canary stage.\n"),
            RuleExample("## Root Cause\n\nThe warning was missed by the canary check because it only sampled 1% of hosts.\n"),
            RuleExample("## Timeline\n\n- 10:02 The table was accidentally dropped by the cleanup job.\n"),
            RuleExample("## Root Cause\n\nThe cleanup job had no allow-list, so it dropped a production table.\n"),
            RuleExample("## Impact\n\nMistakes were made in 40 invoices, which were reissued.\n"),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        let prose = context.prose
        return Self.list.book(context.options).hits(in: prose, sections: SectionScope.kinds(context.options), negatable: false,
                                                     classes: context.wordClasses).compactMap { hit in
            let next = hit.match.tokens.upperBound
            let hasAgent = next < prose.tokens.count && prose.tokens[next].isJoinedToPrevious && prose.text(at: next) == "by"
            return hasAgent ? nil : Finding(range: prose.range(of: hit.match), message: hit.message)
        }
    }
}
