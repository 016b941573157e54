import MarkdownSyntax
import PostmortemModel

/// PM103: an action item that no one could verify as done.
struct VagueActionItemRule: Rule {
    /// The groups of `list`, by payload.
    private enum Lead: Int {
        /// An exploratory, deliberative or communicative verb: vague whatever its object,
        /// unless a clause delivers something.
        case openEnded
        /// A verb that is vague only with nothing but generic words after it ("fix the issue").
        case generic
        /// A verb that changes an amount of a burden or quality: vague without the amount or a
        /// mechanism ("reduce alert fatigue", not "reduce p95 latency to 300 ms").
        case scalar
    }

    static let list = PhraseList([
        PhraseGroup("“{phrase}” leads an item that cannot be closed: say what will exist when it is done (“… and add an alert when …”, “… and record the decision in …”, “… so that …” with a measure).",
                    ["investigate", "look into|at|for", "look deeper", "follow up (on|with)", "follow-up", "discuss", "explore", "consider", "evaluate",
                     "review", "revisit", "research", "think about|through", "understand", "assess", "analyze|analyse", "figure out", "dig into",
                     "deep dive", "do a deep dive", "circle back (on)", "sync on|about|with", "talk about|to|with", "check on|whether|if|with",
                     "check into|in|why|how|what|again", "check more|further (deeply|closely)", "see what|whether|if|how|why", "weigh (up)", "mull over", "ponder", "debate",
                     "keep an eye on", "monitor", "brainstorm", "reflect (on)", "reconsider", "re-evaluate", "reassess", "study", "examine",
                     "spike (on)", "reach out (to)", "touch base", "continue to attempt|try|investigate|look", "attempt", "try (to)",
                     "determine [whether|if|why|how|what|the cause]", "find out", "work out", "work|partner|collaborate|coordinate|liaise with", "scope (out)",
                     "have|take a|another (quick|closer|close|deeper|hard|good|second|fresh|proper) look (at|into)",
                     "check|explore|assess|evaluate|investigate|study (the|a) possibility|feasibility|viability",
                     "[raise|bring up|mention|flag] this|it (incident|issue|topic|problem)", "bring this|it up", "learn about|more", "clarify",
                     "confirm whether|if", "ask", "chat with|about", "loop in", "look for ways|options", "reevaluate", "re-examine|reexamine",
                     "schedule|open|start|have|hold|arrange|organise|organize|book (a|an) discussion|meeting|call|sync|conversation|session|workshop|chat|review|retro",
                     "set up (a|an) discussion|meeting|call|sync|conversation|session|workshop|chat|retro",
                     "come up with (some|a few|more) ideas|options",
                     "raise the|a topic|question|concern|issue", "get (a) better|clearer|deeper|full understanding|picture|idea|sense",
                     "gather|collect|get|seek feedback|input|opinions|thoughts", "explore whether|if|options", "discuss whether|if",
                     // Exploration kept going or deepened, time given to a topic, a think had.
                     "continue|keep looking|investigating|digging|exploring|researching|monitoring|watching", "look more|further|closer|closely",
                     "spend|dedicate|devote|allocate (some|more|extra|additional|real|quality|dedicated) time|effort|cycles",
                     "have|take a|another think|ponder",
                     // A placeholder for an action ("something for DNS changes", "do something about the queue").
                     "something|anything for|about|on|around|regarding", "do something|anything"]),
        PhraseGroup("“{phrase}” cannot be checked off: say what will exist when it is done (an alert on X, a test for Y, a limit of Z), so anyone can verify it.",
                    ["address", "handle", "make sure", "ensure", "fix", "document", "follow through", "work on", "clean|tidy up"]),
        PhraseGroup("“{phrase}” has no end state: say by how much, or what will exist when it is done (a target, a limit, an alert), so anyone can verify it.",
                    ["reduce|decrease|lower|lessen|minimise|minimize|increase|raise|boost"]),
    ], configuredMessage: "“{phrase}” is on the team's list of vague actions: say what will exist when the item is done.")

    static let description = RuleDescription(
        id: "PM103", name: "vague-action-item",
        summary: "An action item that is not actionable, specific and bounded.",
        rationale: """
            Action items without a verifiable outcome rot in backlogs (Lunney, Lueder and Beyer, "Postmortem \
            Action Items: Plan the Work and Work the Plan", ;login: 2017): "Investigate monitoring for this \
            scenario" can never be closed with confidence, "Add alerting for all cases where this service \
            returns >1% errors" can. The rule finds each item's leading verb, past priorities, owners and \
            a subject's modal ("We should consider …"). An item led by an exploratory, deliberative or \
            communicative verb (investigate, look into, discuss, consider, figure out, schedule a \
            discussion, …) is vague whatever its object unless a clause delivers something ("… and add an \
            alert when …", "… and record the decision in …", "… so that" with a measure); "improve X" or \
            "make X more Y" is vague without a measure, method or mechanism, and so is reducing or \
            increasing a burden or quality ("reduce alert fatigue") without an amount; "fix the issue" \
            is vague when only generic words follow; appeals to care and reminders are vague anywhere in an item. \
            It warns rather than errs: an exploratory item is sometimes the honest next step, and the \
            fix is to bound it, not to drop it.
            """,
        defaultSeverity: .warning, options: PhraseList.options,
        triggering: [
            RuleExample("## Action Items\n\n| # | Action | Owner | Due date |\n|---|---|---|---|\n| 1 | ↓Investigate | @alice | 2024-05-01 |\n"),
            RuleExample("## Action Items\n\n| # | Action | Owner | Due date |\n|---|---|---|---|\n| 1 | ↓Look into the flapping health checks on the edge proxy | @bob | 2024-05-01 |\n"),
            RuleExample("## Action Items\n\n| # | Action | Owner | Due date |\n|---|---|---|---|\n| 1 | ↓Improve monitoring | @carol | 2024-05-01 |\n"),
            RuleExample("## Action Items\n\n- We should ↓consider moving the scheduler onto leased locks and retiring the cron host\n"),
            RuleExample("## Action Items\n\n| # | Action | Owner | Due date |\n|---|---|---|---|\n| 1 | ↓Discuss further | @erin | 2024-05-01 |\n| 2 | Add a heartbeat monitor for the billing export job | @erin | 2024-05-03 |\n"),
            RuleExample("## Action Items\n\n- [ ] ↓Schedule a meeting about whether staging should mirror production quotas\n"),
            RuleExample("## Action Items\n\n- [ ] ↓Make the export pipeline more dependable\n"),
        ],
        nonTriggering: [
            RuleExample("## Action Items\n\n| # | Action | Owner | Due date |\n|---|---|---|---|\n| 1 | Add heartbeat monitor for the nightly export job | @alice | 2024-05-01 |\n"),
            RuleExample("## Action Items\n\n- [ ] Revisit the on-call rota to make sure every member of it receives the build-queue alert (@kim, 2024-06-01)\n"),
            RuleExample("## Action Items\n\n| # | Action | Owner | Due date |\n|---|---|---|---|\n| 1 | Investigate why `cache_ttl` was set to 0 and add a test that rejects a zero TTL | @carol | 2024-05-01 |\n"),
            RuleExample("## Action Items\n\n| # | Action | Owner | Due date |\n|---|---|---|---|\n| 1 | Improve alert sensitivity on replication lag to page above 30 seconds | @dave | 2024-05-01 |\n"),
            RuleExample("## Action Items\n\n| # | Action | Owner | Due date |\n|---|---|---|---|\n| 1 | Add runbook link to the disk-full alert message | @erin | 2024-05-01 |\n"),
            RuleExample("## Action Items\n\n- [ ] Compare two queue libraries and record the choice in a design note by June\n"),
            RuleExample("## Action Items\n\n- [ ] Document the restore procedure for the ledger database\n"),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        let items = context.document.actionItems
        // All items read as one prose, one block each: one lexicon, and one pass of each
        // phrase list for the whole list of items, whose matches never cross a block.
        let prose = Prose(markdown: context.markdown, contents: items.map { InlineContent(segments: [$0.textRange]) }, section: .actionItems)
        let configured = !context.options.strings("phrases").isEmpty
        let matches = Self.itemLists.matches(in: prose, classes: [])
        let leads = Self.hitsByStart(Self.list.configuredBook(context.options)?.hits(in: prose)
            ?? Self.list.reporting.hits(among: matches[0], in: prose))
        let prevention = VaguePreventionRule.list.reporting.hits(among: matches[1], in: prose)
        let improvements = Self.hitsByStart(prevention.filter { PreventionClass($0) == .improvement })
        let appeals = Dictionary(grouping: prevention.filter { PreventionClass($0) != .improvement && PreventionClass($0) != .exploration }) {
            prose.tokens[$0.match.tokens.lowerBound].run
        }
        let tokens = prose.tokens
        return prose.blockRanges(count: items.count).enumerated().compactMap { block, item in
            // An item with sub-items is their heading: they say what will be delivered.
            if block + 1 < items.count && items[block].range.contains(items[block + 1].range.lowerBound) { return nil }
            guard let verb = ActionLead.verb(of: item, in: prose, leads: { leads[$0] != nil || improvements[$0] != nil }) else { return nil }
            if let hit = leads[verb] {
                let kind = configured ? .generic : Lead(rawValue: hit.match.payload) ?? .generic
                let after = hit.match.tokens.upperBound..<item.upperBound
                switch kind {
                case .openEnded:
                    // "Review and tighten IAM permissions": what the item delivers is bounded by its exploration.
                    if Deliverables.hasDeliveringClause(after: after.lowerBound, before: after.upperBound, in: prose)
                        || Deliverables.hasMeasuredMeans(after: after.lowerBound, before: after.upperBound, in: prose)
                        || Deliverables.hasMakingMethod(after: after.lowerBound, before: after.upperBound, in: prose) {
                        return nil
                    }
                    return Finding(range: prose.range(of: hit.match), message: hit.message)
                case .scalar:
                    // "Increase size of the proxy VMs" resizes a thing; "reduce alert fatigue" moves a burden by no measure.
                    if after.contains(where: { Self.burdens.contains(prose.text(at: $0)) }),
                       !Deliverables.improvementIsSpecific(object: after.lowerBound, in: after, prose: prose, skipping: hit.match.tokens) {
                        return Finding(range: prose.range(of: hit.match), message: hit.message)
                    }
                case .generic:
                    if after.allSatisfy({ tokens[$0].kind == .word && Self.generic.contains(prose.text(at: $0)) }) {
                        return Finding(range: tokens[verb].range.lowerBound..<tokens[item.upperBound - 1].range.upperBound, message: hit.message)
                    }
                }
            }
            // "Improve logging in the payments service", "Make alerts less noisy", "Add more safeguards".
            // An improvement after "to" is the purpose of the item's own action ("Update the
            // shell prompt to better identify contexts"), not the action.
            let improving = item.compactMap { improvements[$0] }.filter { hit in
                let start = hit.match.tokens.lowerBound
                return start == verb || !(max(item.lowerBound, start - 2)..<start).contains { prose.text(at: $0) == "to" }
            }
            if let vague = VaguePreventionRule.vague(improving, in: prose, committed: true).first {
                return Finding(range: prose.range(of: vague.match), message: vague.message)
            }
            // "Remind the team to …", "Be more careful with …": vague prevention written as an item.
            guard let hit = VaguePreventionRule.vague(appeals[block, default: []], in: prose, committed: true).first else { return nil }
            return Finding(range: prose.range(of: hit.match), message: hit.message)
        }
    }

    /// The leads of items and vague prevention (always the built-in list: its classes are
    /// what the item's reading needs), matched in one pass over the items.
    private static let itemLists = CombinedPhrases([list, VaguePreventionRule.list])

    /// Compiles the lists now rather than at the first item (see `Linter.compileBuiltInLists`).
    static func compileItemLists() {
        _ = itemLists
    }

    /// `hits` by the token they start at.
    private static func hitsByStart(_ hits: [PhraseHit]) -> [Int: PhraseHit] {
        Dictionary(hits.map { ($0.match.tokens.lowerBound, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Burdens and qualities an item can reduce or increase without saying by how much.
    private static let burdens: WordSet = [
        "noise", "fatigue", "toil", "risk", "risks", "time", "effort", "friction", "complexity", "likelihood", "chance", "chances",
        "exposure", "radius", "overhead", "dependency", "dependencies", "reliance", "flakiness", "burden", "confidence",
        "visibility", "awareness", "resilience", "reliability", "robustness", "stability", "quality", "coverage", "frequency",
        "severity", "impact", "load", "pressure", "churn", "manual", "errors", "failures", "incidents", "outages", "pages", "alerts",
    ]

    /// Words that add nothing verifiable after "fix", "address" or "ensure".
    private static let generic: WordSet = [
        "the", "a", "an", "this", "that", "it", "these", "those", "our", "we", "us", "further", "more", "better", "options", "option",
        "issue", "issues", "incident", "incidents", "problem", "problems", "root", "cause", "causes", "what", "why", "how",
        "happened", "went", "wrong", "on", "about", "into", "with", "for", "of", "to", "and", "or", "if", "any", "all", "potential",
        "possible", "possibly", "process", "processes", "monitoring", "alerting", "observability", "testing", "communication",
        "documentation", "docs", "things", "stuff", "situation", "outage", "failure", "failures", "improvements", "approach",
        "approaches", "solution", "solutions", "fix", "fixes", "team", "teams", "stakeholders", "everyone", "again", "later", "next",
        "steps", "step", "reliability", "resilience", "performance", "stability", "quality", "coverage", "tooling", "practices",
        "procedures", "system", "systems", "service", "services", "infrastructure", "general", "overall", "related", "similar",
        "future", "prevention", "recurrence", "happening", "from", "whether", "ways", "way", "can", "could", "be", "needed", "etc",
        "doesn't", "does", "not", "won't", "never", "happen", "occur", "recur", "as", "appropriate", "necessary", "where", "relevant",
        "setup", "mess", "config", "configs", "configuration", "configurations",
    ]
}
