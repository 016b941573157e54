import PostmortemModel

/// PM110: an apology for "any inconvenience" that never says what the inconvenience was.
struct PerformativeApologyRule: Rule {
    /// The group of bare apology words, reported only with a hedge in their sentence.
    private static let apologyGroup = 1

    static let list = PhraseList([
        PhraseGroup("“{phrase}” apologises without saying for what: name the actual impact (“We're sorry that exports failed for two hours on the morning of your reporting deadline”).",
                    ["[apologize|apologise|apologies|sorry|regret] (for) any inconvenience|inconveniences|trouble|disruption|frustration|issues|impact",
                     "[apologize|apologise|apologies|sorry|regret] (for) the inconvenience|inconveniences",
                     "any inconvenience (this|that|it) (may|might) (have) (caused|cause)", "any inconvenience caused",
                     "[apologize|apologise|apologies|sorry] if (this|you|anyone|any|your)"]),
        PhraseGroup("“{phrase}” hedges the apology (“any”, “may have”, “anyone who”): say what customers went through, how many and for how long.",
                    ["apologize|apologise|apologies|apology|sorry|regret|regrets", "[feel|felt] terrible|awful|bad"]),
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
        let builtIn = context.options.strings("phrases").isEmpty
        return Self.list.book(context.options).hits(in: prose, sections: nil, negatable: false).compactMap { hit in
            var words = hit.match.tokens
            if builtIn && hit.match.payload == Self.apologyGroup {
                guard let hedge = Self.hedge(near: words.lowerBound, in: prose) else { return nil }
                words = min(words.lowerBound, hedge)..<max(words.upperBound, hedge + 1)
            }
            let paragraph = prose.run(containing: words.lowerBound)
            let acknowledged = paragraph.contains { !hit.match.tokens.contains($0) && Self.namesImpact(at: $0, in: prose) }
            return acknowledged ? nil : Finding(range: prose.range(of: PhraseMatch(payload: hit.match.payload, tokens: words)), message: hit.message)
        }
    }

    /// The nearest word of the apology's sentence that hedges it: an indefinite quantifier or
    /// audience (`any`, `anyone`, `whatever`, `some of you`) or a possibility (`may`, `might`,
    /// `if`, `possibly`); "could not" says what happened and is no hedge.
    private static func hedge(near index: Int, in prose: Prose) -> Int? {
        prose.sentence(containing: index).filter { isHedge(at: $0, in: prose) }.min { abs($0 - index) < abs($1 - index) }
    }

    private static func isHedge(at index: Int, in prose: Prose) -> Bool {
        let text = prose.text(at: index)
        let next = index + 1 < prose.tokens.count ? prose.text(at: index + 1) : ""
        switch text {
        case "could": return next != "not"
        case "some": return next == "of"
        // "your May subscription": the month, not a possibility.
        case "may": return !prose.tokens[index].isNameShaped || index == prose.sentence(containing: index).lowerBound
        // "the possible inconvenience", not "as soon as possible".
        case "possible": return index > 0 && ["the", "any", "for", "all", "of", "a"].contains(prose.text(at: index - 1))
        // "To the extent that you were affected".
        case "extent": return index > 1 && prose.text(at: index - 1) == "the" && prose.text(at: index - 2) == "to"
        default: return hedges.contains(index, in: prose)
        }
    }

    private static let hedges: WordSet = [
        "any", "anyone", "anybody", "anything", "whatever", "whoever", "may", "might", "if", "possibly", "potentially", "potential",
        "perhaps", "maybe",
    ]

    /// Whether word `index` says what happened: a number, a time, an impact word, or "could
    /// not"; not an impact word a quantifier hedges ("any delays"), nor one that only an
    /// indefinite audience or a possibility earlier in its sentence may have met ("to anyone
    /// who may have seen errors", "if your work was interrupted"). Numbers and times are
    /// specific wherever they stand.
    private static func namesImpact(at index: Int, in prose: Prose) -> Bool {
        let text = prose.text(at: index)
        if text.contains(where: \.isNumber) || times.contains(index, in: prose) { return true }
        if text == "could" { return index + 1 < prose.tokens.count && prose.text(at: index + 1) == "not" && !isHedged(index, in: prose) }
        guard impactWords.contains(index, in: prose) else { return false }
        return !(max(0, index - 2)..<index).contains { ["any", "whatever", "potential"].contains(prose.text(at: $0)) } && !isHedged(index, in: prose)
    }

    /// Whether a hedge stands before word `index` in its sentence.
    private static func isHedged(_ index: Int, in prose: Prose) -> Bool {
        (prose.sentence(containing: index).lowerBound..<index).contains { isHedge(at: $0, in: prose) }
    }

    /// Words that say when, or for how long: specific even in a hedged sentence.
    private static let times: WordSet = [
        "hours", "hour", "minutes", "morning", "afternoon", "evening", "overnight", "deadline", "deadlines", "yesterday's",
    ]

    /// Words that say what actually happened to customers.
    private static let impactWords: WordSet = [
        "unavailable", "unavailability", "error", "errors", "failed", "failure", "failures", "fail",
        "delayed", "delay", "delays", "stale", "lost", "loss", "unable", "couldn't", "slow", "slower", "timeout", "timeouts",
        "degraded", "interrupted", "missing", "incorrect", "wrong", "duplicate", "duplicated", "blocked", "offline", "down",
        "inaccessible", "broken", "late", "outdated",
    ]
}
