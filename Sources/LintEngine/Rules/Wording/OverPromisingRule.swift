import PostmortemModel

/// PM105: promises no one can keep.
struct OverPromisingRule: Rule {
    private static let recur = "happen|occur|recur"
    /// Verbs of an incident coming back or a system failing.
    private static let comeBack = "happen|occur|recur|reoccur|repeat|return|affect|hit|impact|fail|break|crash|expire|lose|drop|corrupt|go|run|be|stall|hang|overload|fill|leak|slip|cause"
    /// A future that cannot be: the negated modal of an absolute claim.
    private static let never = "[never|will never|can never|could never|won't ever|will not ever|can't ever|cannot ever|shall never|would never|no longer|can no longer|will no longer|cannot|can't|can not]"
    /// Three words at most between a verb of making sure and what it makes sure of.
    private static let gap = "(that) ({any}) ({any}) ({any})"
    /// The things every one of which a claim says will be caught or prevented.
    private static let failures = "problem|problems|issue|issues|failure|failures|error|errors|regression|regressions|bug|bugs|mistake|mistakes|misconfiguration|misconfigurations|outage|outages|incident|incidents|recurrence|recurrences|repeat|repeats|downtime|defect|defects|change|changes|deploy|deploys|vulnerability|vulnerabilities|attack|attacks|breach|breaches|data"
    private static let absolutely = "fully|completely|totally|entirely|absolutely|perfectly|100%|permanently"

    static let list = PhraseList([
        PhraseGroup("“{phrase}” promises what no one can guarantee: say what changed and how it lowers the risk, and commit to improvement, not perfection.",
                    ["(this|it|that) [will never|won't ever|will not ever|can never|could never|won't|will not|cannot|can't|can no longer] \(recur) again",
                     "[will never|can never|won't ever|could never] \(recur) again", "[will never|can never|won't ever] recur",
                     "you|customers|users will never [experience|see|face|encounter|have] this|it|that again",
                     "nothing (like this|like that|of this kind|similar) [can|will|could] ever \(recur) (again)", "never \(recur) again", "never again",
                     "[can no longer|cannot|can't] \(recur) (again|anymore)", "(is|are) now impossible", "impossible going forward",
                     "impossible to \(recur) again", "zero chance|risk|possibility of", "no [chance|possibility] of (this|it) [happening again|recurring]",
                     "[eliminate|eliminated|eliminating] (any|all|the) [risk|possibility|chance] of",
                     "[ensure|guarantee|make sure|make certain|ensuring|guaranteeing] \(gap) \(never) (ever) (again) \(comeBack)",
                     "[ensure|guarantee|make sure|make certain] \(gap) [doesn't|does not|won't|will not|isn't|is not] (ever) \(recur)|repeat|recur|reoccur (ever) again",
                     "[will not|won't|cannot|can't|can not|shall not|will never|can never|won't ever] (ever) (be able to|be) reoccur|recur|repeat|return",
                     "[will never|can never|could never|won't ever|shall never|will not ever|can't ever|cannot ever|never again] {any} ({any}) ({any}) (ever) again",
                     "never {any} ({any}) ({any}) again", "[can't|cannot|can not|won't|will not] (ever) fail|break|crash|overflow|corrupt",
                     "[no|nothing|none|nobody|no one] ({any}) ({any}) [will|can|could|shall] (now) [ever|be able to]",
                     "[no|nothing|none|nobody|no one] ({any}) ({any}) [will|can|could|shall] {any} ({any}) ({any}) ({any}) [anymore|again|ever again]",
                     "[will|shall] (now) always know|catch|detect|prevent|block|stop|flag|notice|spot|work|succeed", "[every|all] possible", "zero {any} ({any}) [from now on|going forward|in future|in the future|ever again|anymore|forever]",
                     "means|mean|meaning zero", "[will|shall] (now|always) be seamless|flawless|perfect|instantaneous|painless|lossless|guaranteed",
                     "[all|every] future ({any}) ({any}) ({any}) [will|shall|can]",
                     "prevent {any} ({any}) ({any}) (from) ever \(recur)|reoccur|repeat (again)",
                     "prevent|eliminate|stop|block|avoid any|all|every (future|further|similar|such|possible|kind of|type of) ({any}) \(failures)",
                     "prevent|eliminate|stop|block|avoid {any} ({any}) ({any}) [forever|permanently|altogether|once and for all|for good|entirely|completely]",
                     "no (longer) (any) (more) [risk|chance|possibility|way|danger|likelihood] [of|that]", "no longer possible",
                     "zero [chance|risk|possibility|probability|likelihood]", "[will be|will have|will see|ensure|ensures|guarantee|guarantees|promise|deliver] zero"]),
        PhraseGroup("“{phrase}” claims more certainty than any fix has: describe the fix and how you will know if it stops working.",
                    ["completely|permanently|totally|entirely fixed|solved|eliminated|eradicated", "permanently resolved|prevented",
                     "fixed|solved|resolved|gone|eliminated [for good|forever|once and for all]", "fully resolved forever",
                     "100% reliable|reliability|uptime|available|availability|safe|secure|guaranteed",
                     "100 percent reliable|reliability|uptime|available|availability|safe|secure", "bulletproof", "bullet-proof",
                     "foolproof", "fool-proof", "will never fail (again)", "a thing of the past",
                     "fix|solve|resolve (the|this) (underlying) problem|issue|bug|cause permanently|forever",
                     "100% resilient|resilience|protected|stable|robust", "[fully|completely|totally|permanently] [protected|immune|safe] [against|from]",
                     "eliminate|eradicate|fix|solve|resolve (the|this) (underlying|root) cause|problem|issue|bug completely|entirely|permanently|forever",
                     "behind us [for good|forever|once and for all]",
                     "\(absolutely) safe|secure|reliable|resilient|protected|stable|robust|immune|invulnerable|reliable|watertight|airtight|error-free|risk-free",
                     "immune to", "invulnerable", "unbreakable", "flawless", "flawlessly", "error-free", "risk-free", "bug-free", "fail-safe|failsafe|failproof|fail-proof",
                     "watertight", "airtight", "infallible", "[will never|won't ever|can never|shall never|will not ever] \(comeBack)",
                     "[will|would|can|shall|now|always] [catch|detect|block|stop|flag|prevent|find|reject|spot|surface|intercept|eliminate] [every|all] (future|such|similar|other|possible|remaining) ({any}) (\(failures))",
                     "[will|would|can|shall|now|always] [catch|detect|block|stop|flag|prevent|find|reject|spot|surface|intercept] any (future|such|similar|other|possible|kind of|type of|more) \(failures)",
                     "every|all|any (future|such|similar|other|possible) ({any}) ({any}) \(failures) (like this|of this kind) [will|shall|would|can] (now|always|immediately|automatically) be caught|detected|blocked|stopped|flagged|rejected|prevented|found|spotted|intercepted",
                     "[nothing|no problem|no issue|no error|no bug|no change|no regression|no mistake|no failure|no outage|nothing like this] [will|can|shall|could] (ever) (again) [slip|get|go|make it|fall|sneak] (through|past|by|unnoticed|undetected|wrong)",
                     "never (again) [slip|go|get|pass] [through|unnoticed|undetected|past]",
                     "100% [certain|sure|confident|guarantee|guaranteed|effective|safe|secure]",
                     "with (absolute|complete|total|100%) certainty", "[your data|the service|our service|our platform|the platform|our systems|the system|our api|the api] will always be available|up|online|reliable|accessible"]),
        PhraseGroup("“{phrase}” is a guarantee: customers remember guarantees; promise the specific changes instead.",
                    ["we|i [guarantee|can guarantee|will guarantee]", "we're guaranteeing", "guarantee (that) this|it [will|won't|cannot|can't|will never]",
                     "guaranteed [not to|never to|to never] \(recur)|fail", "[is|are|be] (now|always) guaranteed to", "rest assured", "you can be sure", "[you have|with] our guarantee", "you have our word",
                     "[we|i] (can|want to|would like to) assure|reassure you|customers|users|everyone (that) ({any}) ({any}) ({any}) [will|won't|cannot|can't|never|will never|will not]",
                     "[absolutely|definitely|certainly|surely] [will not|won't|never|cannot|can't|will never|not]",
                     "(absolutely|completely|totally|100%|fully) certain|sure|confident (that) ({any}) ({any}) ({any}) [will not|won't|never|cannot|can't|will never|not]"]),
    ], exceptions: [
        // Past experience, not a claim about the future.
        "[have|has|had] never {any} ({any}) ({any}) again", "[have|has|had] not {any} ({any}) ({any}) again",
        // A hedged commitment: the work aims at the outcome, it does not promise it.
        "[try|work|aim|strive|best|can|everything|possible|help|intend|hope] to [ensure|make sure|guarantee|prevent] \(gap) \(never) (ever) (again) \(comeBack)",
        "[try|work|aim|strive|best|can|everything|possible|help|intend|hope] to [ensure|make sure] \(gap) [doesn't|does not|won't|will not|isn't|is not] (ever) \(recur)|repeat|recur|reoccur (ever) again",
        "[try|work|aim|strive|best|can|everything|possible|help|intend|hope] to prevent|eliminate|stop|block|avoid any|all|every (future|further|similar|such|possible|kind of|type of) ({any}) \(failures)",
        "[not|never] 100% [certain|sure|confident]"],
       configuredMessage: "“{phrase}” is on the team's list of over-promising phrases: promise specific changes, not outcomes.")

    static let description = RuleDescription(
        id: "PM105", name: "over-promising",
        summary: "The document promises an outcome no one can guarantee.",
        rationale: """
            "This will never happen again" and "completely fixed" are remembered by customers, and the next \
            incident turns them into broken promises. Readers trust realism: name the changes, how they \
            reduce the risk, and how you will know if they stop working. A negated promise ("we can't \
            promise this will never happen again") and plain facts ("fully resolved at 11:47", "never \
            exceeded the limit") are fine.
            """,
        defaultSeverity: .warning, options: PhraseList.options,
        triggering: [
            RuleExample("## Apology and Commitment\n\nWe're sorry, and we promise ↓this will never happen again.\n"),
            RuleExample("## Resolution\n\nThe issue has been ↓completely fixed.\n"),
            RuleExample("## What We're Changing\n\nWith the new check in place, ↓we guarantee uninterrupted service.\n"),
            RuleExample("## Summary\n\nThe cache layer is now ↓100% reliable.\n"),
            RuleExample("## Resolution\n\nThe root cause is ↓fixed for good and a repeat ↓is now impossible.\n"),
        ],
        nonTriggering: [
            RuleExample("## Summary\n\nThe incident was fully resolved at 11:47am ET.\n"),
            RuleExample("## Impact\n\nThe queue never exceeded the limit of 10,000 messages.\n"),
            RuleExample("## Apology and Commitment\n\nWe can't promise this will never happen again, but the new check makes it far less likely.\n"),
            RuleExample("## Resolution\n\nThe permanent fix shipped on April 18 with a regression test.\n"),
            RuleExample("## Root Cause\n\nThe queue guarantees at-least-once delivery, so the consumer saw duplicates.\n"),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        Self.list.book(context.options).findings(in: context.prose, sections: nil, negatable: true, classes: context.wordClasses)
    }
}
