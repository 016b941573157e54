import PostmortemModel

/// PM101: a person or role named as the cause.
struct BlameLanguageRule: Rule {
    /// The words that name a person as a subject: "the on-call engineer", "Alice".
    private static let subject = "(the|our|an|a) (on-call|oncall|senior|junior|new) {person} (on call|on-call|who|that)"
    /// Adverbs that may stand between a person and the verb ("the engineer simply forgot").
    private static let adverb = "(simply|just|apparently|clearly|obviously|also|then|again|somehow|accidentally|mistakenly)"

    static let list = PhraseList([
        PhraseGroup("“{phrase}” names a person as the cause: describe the condition that let an ordinary action do harm (a missing check, guard, default or alert).",
                    ["human|operator|engineer|pilot|user|developer|admin error", "human mistake|failure", "people problem"]),
        PhraseGroup("“{phrase}” puts the cause on a person: say what in the system made the slip possible and what would have caught it regardless of who was on call.",
                    ["\(subject) \(adverb) fail to", "\(subject) \(adverb) forget", "\(subject) \(adverb) neglect", "\(subject) \(adverb) ignore",
                     "\(subject) \(adverb) overlook", "\(subject) miss (the|an|a|both|all) (first|second|initial|critical|final|earlier|early) alert|alerts|alarm|alarms|page|pages|warning|warnings|step|notification|signs|sign|error",
                     "\(subject) [didn't|did not|never] bother|follow|check|notice|test|verify|read|review",
                     "\(subject) [should have|should've] catch|notice|know|check|test|verify|spot|review|see|realize|realise|confirm|double-check|escalate|validate|read",
                     "\(subject) \(adverb) break|botch|skip|rubber-stamp|fumble|rush",
                     "\(subject) make a|an (bad|poor|wrong|careless|costly|serious) mistake|error|call|decision|blunder",
                     "cause be (a|an|the|our) (on-call|oncall|senior|junior|new) {person}", "\(subject) mess|screw up", "\(subject) cause the|this outage|incident|issue|problem|failure",
                     "caused by (a|an|the|our) (on-call) {person}", "\(subject) be at fault", "\(subject) be to blame"]),
        PhraseGroup("“{phrase}” assigns fault to a person: describe the decision the system asked them to make and the information they had.",
                    ["(the|our) {possessive} (own) mistake|fault|error|oversight|negligence|carelessness|blunder|screw-up|slip-up|lapse",
                     "(the|our) {possessive} failure to",
                     "their fault|mistake|carelessness|negligence"]),
        PhraseGroup("“{phrase}” judges a person, not the system: describe what the process allowed and what will change in it.",
                    ["careless", "carelessly", "carelessness", "negligent", "negligently", "negligence", "sloppy", "sloppiness",
                     "incompetent", "incompetence", "reckless", "recklessly", "irresponsible", "inattentive", "inattention",
                     "lack of attention|care|diligence", "not paying attention", "lapse in judgment|judgement", "poor judgment|judgement",
                     "dropped the ball", "asleep at the wheel", "should have known better", "cowboy"]),
        PhraseGroup("“{phrase}” looks for someone at fault: a blameless review asks what made the failure possible.",
                    ["blame", "(the) fault [lies|rests|lay|rested] with", "finger-pointing", "finger pointing", "point fingers", "point the finger"]),
    ], exceptions: ["git|svn|hg blame", "blame view|output|annotation", "{possessive} error rate|rates|budget|handling|message|messages|log|logs|code|codes|count"],
       configuredMessage: "“{phrase}” is on the team's list of blaming phrases: describe the system condition, not the person.")

    static let description = RuleDescription(
        id: "PM101", name: "blame-language",
        summary: "A person or role is named as the cause of the incident.",
        rationale: """
            People stop telling the whole story when a review looks for someone to blame, and the same \
            failure comes back with the next person. A blameless postmortem treats every action as \
            reasonable given what the person knew, and looks for the missing check or guard that let it \
            do harm. Blame in the root cause or the timeline is an error; elsewhere a warning. \
            "The check failed to detect it" and "we should have had an alert" describe system gaps and \
            are fine; so are statements that no one is to blame.
            """,
        defaultSeverity: .warning, options: PhraseList.options, sectionSeverities: [.rootCause: .error, .timeline: .error],
        triggering: [
            RuleExample("## Root Cause\n\nThe outage was caused by ↓human error during the certificate rotation.\n"),
            RuleExample("## Timeline\n\n- 09:14 ↓The on-call engineer failed to acknowledge the page.\n"),
            RuleExample("## Summary\n\n↓Alice forgot to renew the TLS certificate before it expired.\n"),
            RuleExample("## Lessons Learned\n\n↓The reviewer should have caught the missing index in code review.\n"),
            RuleExample("## Root Cause\n\nIt was ↓Bob's mistake: he ran the migration against production.\n"),
            RuleExample("## Lessons Learned\n\nA ↓careless deploy took down checkout, and the team ↓dropped the ball on rollback.\n"),
        ],
        nonTriggering: [
            RuleExample("## Root Cause\n\nThe deploy failed because the health check failed to detect the stale cache.\n"),
            RuleExample("## Lessons Learned\n\nWe should have had an alert on certificate expiry.\n"),
            RuleExample("## Summary\n\nThis is a blameless review: nobody is to blame for following the runbook as written.\n"),
            RuleExample("## Root Cause\n\nThe runbook did not say which region to drain first, so the step was easy to get wrong.\n"),
            RuleExample("## Timeline\n\n- 10:02 We used `git blame` to find the change that removed the retry limit.\n"),
            RuleExample("## Impact\n\nThe checkout error rate peaked at 12% and customers failed to complete payments.\n"),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        Self.list.book(context.options).findings(in: context.prose, sections: nil, negatable: true, classes: context.wordClasses) {
            $0.flatMap { Self.description.sectionSeverities[$0] }
        }
    }
}
