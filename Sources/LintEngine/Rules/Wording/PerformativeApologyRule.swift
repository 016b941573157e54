import PostmortemModel

/// PM110: an apology for "any inconvenience" that never says what the inconvenience was.
struct PerformativeApologyRule: Rule {
    static let list = PhraseList([
        PhraseGroup("“{phrase}” apologises without saying for what: name the actual impact (“We're sorry that exports failed for two hours on the morning of your reporting deadline”).",
                    ["[apologize|apologise|apologies|sorry|regret] (for) any inconvenience|inconveniences|trouble|disruption|frustration|issues|impact",
                     "[apologize|apologise|apologies|sorry|regret] (for) the inconvenience|inconveniences",
                     "any inconvenience (this|that|it) (may|might) (have) (caused|cause)", "any inconvenience caused",
                     "[apologize|apologise|apologies|sorry] if (this|you|anyone|any|your)"]),
    ], configuredMessage: "“{phrase}” is on the team's list of performative apologies: name the actual impact.")

    static let description = RuleDescription(
        id: "PM110", name: "performative-apology",
        summary: "An apology for “any inconvenience” with no acknowledgement of the actual impact.",
        rationale: """
            "We apologize for any inconvenience" is the apology of a form letter: it doubts that anything \
            happened and names nothing. Customers notice. Apologise for what actually happened — the hours, \
            the failed exports, the missed reports — in the same paragraph. The rule stays quiet when the \
            paragraph also names the impact (a number, a duration, or words such as outage, errors, \
            delayed, unable, stale).
            """,
        defaultSeverity: .warning, audiences: [.external], options: PhraseList.options,
        triggering: [
            RuleExample("## Apology and Commitment\n\nWe ↓apologize for any inconvenience this may have caused.\n", profile: "external"),
            RuleExample("## Apology\n\nWe are ↓sorry for any trouble and thank you for your patience.\n", profile: "external"),
            RuleExample("## Summary\n\nService has been restored. ↓Apologies for the inconvenience.\n", profile: "external"),
            RuleExample("## Apology\n\nWe ↓regret any inconvenience caused and value your business.\n", profile: "external"),
            RuleExample("## Apology\n\nWe're ↓sorry if this affected your team.\n", profile: "external"),
        ],
        nonTriggering: [
            RuleExample("## Apology and Commitment\n\nWe're sorry for the impact this caused, especially for customers who had reporting deadlines that morning.\n", profile: "external"),
            RuleExample("## Apology\n\nWe apologize for any inconvenience: for 2 hours 33 minutes your dashboards showed yesterday's data.\n", profile: "external"),
            RuleExample("## Apology\n\nWe're sorry that exports were delayed and that many of you could not send reports on time.\n", profile: "external"),
            RuleExample("## Apology\n\nWe're sorry for the outage. We apologize for the inconvenience of the failed logins during those 40 minutes.\n", profile: "external"),
            RuleExample("## Apology\n\nWe apologize for any inconvenience this may have caused.\n", profile: "internal"),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        let prose = context.prose
        return Self.list.book(context.options).hits(in: prose, sections: nil, negatable: false).compactMap { hit in
            let paragraph = prose.run(containing: hit.match.tokens.lowerBound)
            let acknowledged = paragraph.contains { !hit.match.tokens.contains($0) && Self.namesImpact(prose.text(at: $0)) }
            return acknowledged ? nil : Finding(range: prose.range(of: hit.match), message: hit.message)
        }
    }

    private static func namesImpact(_ text: String) -> Bool {
        text.contains(where: \.isNumber) || impactWords.contains(text)
    }

    /// Words that say what actually happened to customers.
    private static let impactWords: Set<String> = [
        "unavailable", "unavailability", "error", "errors", "failed", "failure", "failures", "fail",
        "delayed", "delay", "delays", "stale", "lost", "loss", "unable", "couldn't", "slow", "slower", "timeout", "timeouts",
        "degraded", "interrupted", "missing", "incorrect", "wrong", "duplicate", "duplicated", "blocked", "offline", "down",
        "inaccessible", "hours", "hour", "minutes", "morning", "afternoon", "evening", "overnight", "deadline", "deadlines",
        "could", "broken", "late", "outdated", "yesterday's",
    ]
}
