import MarkdownSyntax
import PostmortemModel

/// PM103: an action item that no one could verify as done.
struct VagueActionItemRule: Rule {
    static let list = PhraseList([
        PhraseGroup("“{phrase}” cannot be checked off: say what will exist when it is done (an alert on X, a test for Y, a limit of Z), so anyone can verify it.",
                    ["investigate", "look into|at", "follow up (on|with)", "follow-up", "discuss", "explore", "consider", "evaluate",
                     "review", "revisit", "research", "think about", "understand", "assess", "analyze|analyse", "figure out", "dig into",
                     "circle back (on)", "sync on|about", "talk about|to", "check on", "keep an eye on", "monitor", "improve", "enhance",
                     "optimize|optimise", "clean up", "address", "handle", "work on", "make sure", "ensure", "fix", "document"]),
    ], configuredMessage: "“{phrase}” is on the team's list of vague actions: say what will exist when the item is done.")

    static let description = RuleDescription(
        id: "PM103", name: "vague-action-item",
        summary: "An action item is a vague verb with nothing that can be verified.",
        rationale: """
            Action items without a verifiable outcome rot in backlogs: "Investigate", "Look into the issue" \
            or "Improve monitoring" can never be closed with confidence. The rule reports an item whose \
            text is a vague verb followed only by generic words (the issue, this, monitoring, our \
            processes). An item that names its object — "Review change management for schema migrations", \
            "Investigate why `cache_ttl` was 0 and add a test" — is left alone.
            """,
        defaultSeverity: .warning, options: PhraseList.options,
        triggering: [
            RuleExample("## Action Items\n\n| # | Action | Owner | Due date |\n|---|---|---|---|\n| 1 | ↓Investigate | @alice | 2024-05-01 |\n"),
            RuleExample("## Action Items\n\n| # | Action | Owner | Due date |\n|---|---|---|---|\n| 1 | ↓Look into the issue | @bob | 2024-05-01 |\n"),
            RuleExample("## Action Items\n\n| # | Action | Owner | Due date |\n|---|---|---|---|\n| 1 | ↓Improve monitoring | @carol | 2024-05-01 |\n"),
            RuleExample("## Action Items\n\n| # | Action | Owner | Due date |\n|---|---|---|---|\n| 1 | ↓Follow up with the team | @dave | 2024-05-01 |\n"),
            RuleExample("## Action Items\n\n| # | Action | Owner | Due date |\n|---|---|---|---|\n| 1 | ↓Discuss further | @erin | 2024-05-01 |\n| 2 | Add a heartbeat monitor for the billing export job | @erin | 2024-05-03 |\n"),
        ],
        nonTriggering: [
            RuleExample("## Action Items\n\n| # | Action | Owner | Due date |\n|---|---|---|---|\n| 1 | Add heartbeat monitor for the nightly export job | @alice | 2024-05-01 |\n"),
            RuleExample("## Action Items\n\n| # | Action | Owner | Due date |\n|---|---|---|---|\n| 1 | Review change management for schema migrations | @bob | 2024-05-01 |\n"),
            RuleExample("## Action Items\n\n| # | Action | Owner | Due date |\n|---|---|---|---|\n| 1 | Investigate why `cache_ttl` was set to 0 | @carol | 2024-05-01 |\n"),
            RuleExample("## Action Items\n\n| # | Action | Owner | Due date |\n|---|---|---|---|\n| 1 | Improve alert sensitivity on replication lag to page above 30 seconds | @dave | 2024-05-01 |\n"),
            RuleExample("## Action Items\n\n| # | Action | Owner | Due date |\n|---|---|---|---|\n| 1 | Add runbook link to the disk-full alert message | @erin | 2024-05-01 |\n"),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        let items = context.document.actionItems
        // All items read as one prose, one block each: one lexicon, and one pass of each
        // phrase list for the whole list of items, whose matches never cross a block.
        let prose = Prose(markdown: context.markdown, contents: items.map { InlineContent(segments: [$0.textRange]) }, section: .actionItems)
        let vague = Self.hitsByBlock(Self.list.book(context.options).hits(in: prose), in: prose)
        let prevention = VaguePreventionRule.list.book(RuleOptions(defaults: VaguePreventionRule.description.options))
        let unspecific = Self.hitsByBlock(prevention.hits(in: prose), in: prose)
        let tokens = prose.tokens
        return prose.blockRanges(count: items.count).enumerated().compactMap { block, itemTokens in
            guard let start = itemTokens.first(where: { !Self.leadingFiller.contains(prose.text(at: $0)) }) else { return nil }
            let range = tokens[start].range.lowerBound..<tokens[itemTokens.upperBound - 1].range.upperBound
            if let hit = vague[block, default: []].first(where: { $0.match.tokens.lowerBound == start }),
               (hit.match.tokens.upperBound..<itemTokens.upperBound).allSatisfy({ tokens[$0].kind == .word && Self.generic.contains(prose.text(at: $0)) }) {
                return Finding(range: range, message: hit.message)
            }
            // "Review our procedures for capacity changes": vague prevention, written as an item.
            guard let hit = VaguePreventionRule.unspecific(unspecific[block, default: []], in: prose).first else { return nil }
            return Finding(range: range, message: hit.message)
        }
    }

    /// `hits` grouped by the block (item) they stand in, in order.
    private static func hitsByBlock(_ hits: [PhraseHit], in prose: Prose) -> [Int: [PhraseHit]] {
        Dictionary(grouping: hits) { prose.tokens[$0.match.tokens.lowerBound].run }
    }

    /// Words an item may start with before its verb ("We will investigate", "TODO: look into").
    private static let leadingFiller: Set<String> = ["we", "we'll", "will", "should", "need", "needs", "must", "to", "todo", "action", "please", "let's", "i", "i'll"]

    /// Words that add nothing verifiable after a vague verb.
    private static let generic: Set<String> = [
        "the", "a", "an", "this", "that", "it", "these", "those", "our", "we", "us", "further", "more", "better", "options", "option",
        "issue", "issues", "incident", "incidents", "problem", "problems", "root", "cause", "causes", "what", "why", "how",
        "happened", "went", "wrong", "on", "about", "into", "with", "for", "of", "to", "and", "or", "if", "any", "all", "potential",
        "possible", "possibly", "process", "processes", "monitoring", "alerting", "observability", "testing", "communication",
        "documentation", "docs", "things", "stuff", "situation", "outage", "failure", "failures", "improvements", "approach",
        "approaches", "solution", "solutions", "fix", "fixes", "team", "teams", "stakeholders", "everyone", "again", "later", "next",
        "steps", "step", "reliability", "resilience", "performance", "stability", "quality", "coverage", "tooling", "practices",
        "procedures", "system", "systems", "service", "services", "infrastructure", "general", "overall", "related", "similar",
        "future", "prevention", "recurrence", "happening", "from", "whether", "ways", "way", "can", "could", "be", "needed", "etc",
        "vendor", "vendors", "provider", "supplier", "partner", "customer", "customers", "them", "people", "leadership", "management",
        "doesn't", "does", "not", "won't", "never", "happen", "occur", "recur", "as", "appropriate", "necessary", "where", "relevant", "internally", "offline", "together",
    ]
}
