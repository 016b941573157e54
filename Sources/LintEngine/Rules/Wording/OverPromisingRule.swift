import PostmortemModel

/// PM105: promises no one can keep.
struct OverPromisingRule: Rule {
    private static let recur = "happen|occur|recur"

    static let list = PhraseList([
        PhraseGroup("“{phrase}” promises what no one can guarantee: say what changed and how it lowers the risk, and commit to improvement, not perfection.",
                    ["(this|it|that) [will never|won't ever|will not ever|can never|could never|won't|will not|cannot|can't|can no longer] \(recur) again",
                     "[will never|can never|won't ever|could never] \(recur) again", "[will never|can never|won't ever] recur",
                     "you|customers|users will never [experience|see|face|encounter|have] this|it|that again",
                     "nothing (like this|like that|of this kind|similar) [can|will|could] ever \(recur) (again)", "never \(recur) again", "never again",
                     "[can no longer|cannot|can't] \(recur) (again|anymore)", "(is|are) now impossible", "impossible going forward",
                     "impossible to \(recur) again", "zero chance|risk|possibility of", "no [chance|possibility] of (this|it) [happening again|recurring]",
                     "[eliminate|eliminated|eliminating] (any|all|the) [risk|possibility|chance] of"]),
        PhraseGroup("“{phrase}” claims more certainty than any fix has: describe the fix and how you will know if it stops working.",
                    ["completely|permanently|totally|entirely fixed|solved|eliminated|eradicated", "permanently resolved|prevented",
                     "fixed|solved|resolved|gone|eliminated [for good|forever|once and for all]", "fully resolved forever",
                     "100% reliable|reliability|uptime|available|availability|safe|secure|guaranteed",
                     "100 percent reliable|reliability|uptime|available|availability|safe|secure", "bulletproof", "bullet-proof",
                     "foolproof", "fool-proof", "will never fail (again)", "a thing of the past",
                     "fix|solve|resolve (the|this) (underlying) problem|issue|bug|cause permanently|forever",
                     "100% resilient|resilience|protected|stable|robust", "[fully|completely|totally|permanently] [protected|immune|safe] [against|from]",
                     "eliminate|eradicate|fix|solve|resolve (the|this) (underlying|root) cause|problem|issue|bug completely|entirely|permanently|forever",
                     "behind us [for good|forever|once and for all]", "[your data|the service|our service|our platform|the platform|our systems|the system|our api|the api] will always be available|up|online|reliable|accessible"]),
        PhraseGroup("“{phrase}” is a guarantee: customers remember guarantees; promise the specific changes instead.",
                    ["we|i [guarantee|can guarantee|will guarantee]", "we're guaranteeing", "guarantee (that) this|it [will|won't|cannot|can't|will never]",
                     "guaranteed [not to|never to|to never] \(recur)|fail", "rest assured", "you can be sure", "[you have|with] our guarantee", "you have our word"]),
    ], configuredMessage: "“{phrase}” is on the team's list of over-promising phrases: promise specific changes, not outcomes.")

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
        Self.list.book(context.options).findings(in: context.prose, sections: nil, negatable: true)
    }
}
