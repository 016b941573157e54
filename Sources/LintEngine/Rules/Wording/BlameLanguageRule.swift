import MarkdownSyntax
import PostmortemModel

/// PM101: a person or role named as the cause.
struct BlameLanguageRule: Rule {
    /// Who can be blamed: an agent (`{agent}`: a person, role, team or pronoun), alone or
    /// after a determiner and one modifier ("a 2i2c engineer", "our database team"), perhaps
    /// followed by a relative clause opener ("the engineer who").
    private static let agents = ["{agent}", "[the|our|an|a|one|another|that|this] ({any}) {agent}"]
    /// Any capitalised word may be a name the lists cannot know; it stands as an agent only
    /// before a predicate no system is the subject of.
    private static let named = agents + ["{named}"]
    /// What may stand between the agent and the predicate ("the engineer had simply forgotten").
    private static let between = "(on call|on-call|on duty|on shift|in charge) (who|that) (simply|just|apparently|clearly|obviously|also|then|again|somehow|probably|evidently|still|unfortunately|completely|totally|had|has|have|was|were|then|later|once) (simply|just|apparently|clearly|obviously|also|then|again|somehow|probably|evidently|still|completely|totally|never)"
    private static let notDone = "[fail to|failed to|did not|didn't|never|forgot to|neglected to|refused to|chose not to|decided not to|didn't bother to|did not bother to|omitted to]"
    /// Verbs of attention and care: what a person does and a system does not.
    private static let attend = "understand|follow|notice|check|read|verify|test|review|heed|double-check|look|spot|escalate|acknowledge|respond|communicate|inform|tell|realize|realise|consider|validate|confirm|wait|ask|think|update|monitor|watch|coordinate|document|warn|question|remember|bother|pay|announce|answer|inspect|consult|look|plan|prepare|rehearse|see|hear|relay|forward|pass|recognise|recognize|raise|flag|report"
    /// What "we" can fail to do as a team and still be blaming itself: attention to a signal, not
    /// the work a missing safeguard stands for ("we did not monitor the lag" is a gap, like
    /// "we should have had an alert").
    private static let weAttend = "notice|read|follow|heed|spot|realize|realise|double-check|remember|bother|acknowledge|escalate|look|pay|see"
    /// Adverbs of doing something badly that a process or a tool can also be said to do: they
    /// need a person as the subject, and stand after the object ("did the cutover wrong").
    private static let manner = "wrong|badly|poorly"
    private static let care = "properly|fully|adequately|thoroughly|carefully|correctly|sufficiently|closely|really|even"
    private static let accident = BlameClasses.accident
    /// What a person is told about and can miss.
    private static let signal = "alert|alerts|page|pages|pager|warning|warnings|step|steps|ticket|tickets|message|messages|notification|notifications|email|emails|sign|signs|signal|signals|notice|notices|reminder|reminders|deadline|review|reviews|check|checks|runbook|handoff|handover|escalation|error|errors|run|canary|canaries|rehearsal|drill|test|tests|verification|validation|approval|approvals|sign-off|sign-offs|gate|gates|safeguard|safeguards|checklist|checklists|suite|suites"
    /// Safeguards a person can skip ("without running the tests", "without bothering to ask").
    private static let skipped = "ask|check|test|review|wait|read|verify|look|confirm|tell|inform|notify|consult|double-check|run|follow|bother|get|open|investigate|inspect|validate|escalate|acknowledge|warn|announce|understand|consider|notice|listen|heed"
    /// Safeguards a person can go ahead without ("without any review", "without sign-off").
    private static let safeguard = "review|reviews|approval|approvals|sign-off|testing|tests|verification|validation|canary|rehearsal|checklist|dry-run"
    /// What people follow and systems do not.
    private static let procedure = "runbook|runbooks|procedure|procedures|process|checklist|policy|freeze|playbook|guideline|guidelines|rules|instructions|steps"
    /// Verbs of attention no system is the subject of: a capitalised word before them is a name.
    private static let humanOnly: Set<String> = Set(["notice", "noticed", "heed", "heeded", "escalate", "escalated", "realize", "realized", "realise",
                                                 "realised", "remember", "remembered", "bother", "bothered", "spot", "spotted", "double-check",
                                                 "double-checked", "consult", "consulted", "rehearse", "rehearsed", "follow", "followed",
                                                 "mistake", "accident"]).union(BlameClasses.forms(of: BlameClasses.personalMisdoing))
    /// How much more care a counterfactual asks of a person ("a bit more careful").
    private static let degree = "(a bit|a little|a lot|slightly|much|far|any|just|only|actually)"
    /// States of attention a counterfactual says a person was not in.
    private static let attentive = "more|paying|careful|attentive|watching|looking|checking|monitoring|focused|alert|vigilant|diligent|thorough|awake|present"
    private static let harm = "outage|incident|failure|problem|issue|downtime|disruption|breach|loss|mistake|error|bug|misconfiguration|accident|mess|regression|it|this|that"

    /// Each predicate after each form of agent.
    private static func clauses(_ subjects: [String], _ predicates: [String]) -> [String] {
        subjects.flatMap { subject in predicates.map { "\(subject) \(between) \($0)" } }
    }

    static let list = PhraseList([
        PhraseGroup("“{phrase}” names a person as the cause: describe the condition that let an ordinary action do harm (a missing check, guard, default or alert).",
                    ["human|operator|engineer|pilot|user|developer|admin error", "human mistake|failure", "people problem"]),
        PhraseGroup("“{phrase}” puts the cause on a person: say what in the system made the slip possible and what would have caught it regardless of who was on call.",
                    clauses(named, ["forget|neglect", "\(notDone) remember|bother", "[overlook|ignore|disregard|dismiss]",
                                    "fat-finger|mistype|misconfigure|misread|misjudge|misclick|misunderstand|misinterpret|mishandle",
                                    "make a|an (bad|poor|wrong|careless|costly|serious|big|simple|silly|stupid|basic|rookie|obvious|human) mistake|error|typo|blunder|slip|misstep|call|decision|choice",
                                    "mess|screw|foul|goof up", "get it wrong", "drop the ball",
                                    "[should have|should've|ought to have] \(attend)|double-check|tested|asked|waited",
                                    "miss|skip|ignore (the|a|an|both|all|two|three|several|every|his|her|their|our|first|second|initial|final) ({any}) ({any}) \(signal)"])
                    + clauses(agents, ["\(notDone) \(attend)", "\(notDone) [run|execute|use|wait for] (the|a|an|any|our|their|his|her) ({any}) \(signal)",
                                       // Letting a problem through ("the team let this slip").
                                       "let (this|it|that|the|a|an) ({any}) slip|slide|fall (through|by|past)", "[fail to|failed to|forgot to|neglected to|refused to|didn't bother to|did not bother to|could not be bothered to|couldn't be bothered to] {any}",
                                       "\(notDone) (\(care)) \(care) {any}", "[has not|have not|hasn't|haven't] \(care) {any}", "[has not|have not|hasn't|haven't] (\(care)) \(weAttend)|check|verify|test|review|renew", "miss|skip|bypass|ignore (the|a|an|both|all|two|three|several|every|his|her|their|its|our) {any}",
                                       "[should have|should've|ought to have|shouldn't have|should not have|could have|must have] {any}",
                                       "be (simply|just) supposed to", "rush|botch|fumble|rubber-stamp|skim", "cut corners",
                                       "do (a|an) poor|bad|sloppy|careless|lazy|terrible|incomplete|hasty|rushed job",
                                       "[be|get|become|grow] (far|much|way) (too|so|very|a bit) careless|sloppy|negligent|lazy|inattentive|distracted|complacent|overconfident|hasty|rushed|hurried|impatient|unfocused|asleep|tired|slow",
                                       "[was not|wasn't|were not|weren't] (being) (enough|very|particularly|especially|sufficiently) careful|attentive|paying|focused|watching|alert|thorough|diligent",
                                       "break (the|our) (whole) {any}", "cause (the|this|that|our|an|a) ({any}) \(harm)",
                                       "be (solely|directly|fully|personally|ultimately|clearly|entirely) responsible|accountable|culpable for (the|this|that|our|today's|an|a) ({any}) \(harm)",
                                       "be (solely|directly|fully|personally|ultimately|clearly|entirely) culpable|to blame|at fault",
                                       "be (solely|directly|fully|personally|ultimately|clearly|entirely) responsible|accountable for (the|this|that|an|a) bad|broken|faulty|failed|botched|wrong|incorrect|careless"])
                    + agents.map { "if \($0) [had|hadn't|had not|were|was|would have] (been|not|only|just|simply|actually) {any}" }
                    + agents.map { "caused|introduced|triggered by \($0)" }
                    // A passive whose agent is a person ("the step that was skipped by the deploy engineer").
                    + agents.map { "skipped|ignored|overlooked|missed|forgotten|neglected|misconfigured|mistyped|misread|botched|bypassed|mishandled by \($0)" }
                    + agents.map { "\($0) [who|that] {any} ({any}) ({any}) ({any}) [should have|should've|ought to have|failed to|forgot to|neglected to|didn't|did not|never]" }
                    // Self-blame by the team: "we" doing what a person is blamed for.
                    + ["we (simply|just|also|then|again|clearly|completely|totally|all)"].flatMap { we in ["forget|neglect", "\(notDone) (\(care)) \(weAttend)", "\(notDone) follow (the|our|any|a) ({any}) \(procedure)",
                                       "miss|skip|ignore|overlook (the|a|an|both|all|two|three|several|every|our|first|second|initial|final) ({any}) ({any}) \(signal)",
                                       "mess|screw|foul|goof up", "drop the ball", "cut corners", "do (the|a|an|it|this|that|our|both) ({any}) ({any}) \(manner)",
                                       "[was not|wasn't|were not|weren't] (being|really) (\(care)) careful|attentive|paying|focused|watching|alert|thorough|diligent",
                                       "rush|botch|fumble (the|our|a|an|it|this|that|both)"].map { "\(we) \($0)" } }
                    + ["had (the|our|an|a) ({any}) {agent} (actually|only|just) paid|read|checked|looked|noticed|followed|tested|verified|waited|asked|double-checked",
                       "had (the|our|an|a) ({any}) {agent} (on|in) (call|duty|shift|charge) been \(degree) \(attentive)",
                       "if {named} had (only|just|actually) read|checked|looked|noticed|followed|tested|verified|waited|asked|double-checked|paid|listened|escalated",
                       "if {named} had been \(degree) \(attentive)",
                       "had {named} (actually|only|just) paid|read|checked|looked|noticed|followed|tested|verified|waited|asked|double-checked|listened|escalated",
                       "had {named} been \(degree) \(attentive)",
                       "[nobody|no one|none of us|none of them] ({any}) ({any}) ({any}) ({any}) bothered"]
                    + ["a|the more careful|attentive|experienced|diligent|senior|competent {person} would|could have"]),
        PhraseGroup("“{phrase}” assigns fault to a person: describe the decision the system asked them to make and the information they had.",
                    ["(the|our) {possessive} (own) mistake|fault|error|oversight|negligence|carelessness|blunder|screw-up|slip-up|lapse|typo|misstep|misjudgment|misjudgement|mix-up|haste|inattention",
                     "(the|our) {possessive} failure to",
                     "their fault|mistake|carelessness|negligence",
                     "my (own) mistake|fault|bad|error|oversight|carelessness|screw-up|slip-up|typo|blunder", "our (own) mistake|mistakes|fault|oversight|carelessness|screw-up|slip-up|blunder",
                     "[mistake|error|oversight|blunder|typo|slip|misstep|slip-up|screw-up] (was|were) (made|committed) [by|of|from|on the part of] (the|our|an|a|one) ({any}) {agent}",
                     "[mistake|error|oversight|blunder|typo|slip|misstep|slip-up|screw-up] (was|were) (made|committed) by {named}",
                     // A human error and whose it was ("a slip-up by the engineer on call", "a goof by one of our developers").
                     "[\(BlameClasses.humanError)] [by|on the part of] (the|our|an|a|one|some|two) (of) (the|our|their|his|her) ({any}) {agent}",
                     // A duty held against a person ("it was the on-call's job to check").
                     "[was it not|wasn't it|it was|that was] (the|their|his|her) job|duty|responsibility of (the|our) ({any}) {agent}",
                     "[responsibility|blame|fault|ownership|accountability] (for|of) ({any}) ({any}) ({any}) [lies|rests|lay|rested|falls|fell|sits|sat] (squarely|entirely|solely|fully|clearly) [with|on]",
                     "[this|that|it] (one) (is|was) (all|entirely|squarely) on me|him|her|them", "that's|it's on me|him|her|them",
                     "hold|held (the|our|an|a) ({any}) {agent} (personally) responsible|accountable"]),
        PhraseGroup("“{phrase}” judges a person, not the system: describe what the process allowed and what will change in it.",
                    BlameClasses.judgements + [
                     "out of (sheer|pure|plain) haste|impatience|ignorance|arrogance|complacency|laziness",
                     "lack of attention|care|diligence|discipline|ownership", "out of his|her|their|my|our depth", "not paying attention", "lapse in judgment|judgement", "poor|bad judgment|judgement",
                     "dropped the ball", "drag his|her|their|my|our feet", "asleep at the wheel", "should have known better", "cowboy",
                     "rookie|amateur|stupid|dumb|silly|boneheaded|inexcusable mistake|error|move", "inexcusable", "unforgivable"]),
        PhraseGroup("“{phrase}” looks for someone at fault: a blameless review asks what made the failure possible.",
                    ["blame", "(the) fault [lies|rests|lay|rested] with", "finger-pointing", "finger pointing", "point fingers", "point the finger"]),
        // Predicates only a person does, found by their own words; whose clause they stand in is
        // read back from them in `check` (`Subject`), so any words may come between the person
        // and the predicate ("Someone on the platform team ran the migration against the wrong
        // database").
        PhraseGroup("“{phrase}” puts the cause on a person: say what in the system made the slip possible and what would have caught it regardless of who was on call.",
                    ["by mistake|accident", "\(accident)", "the|a wrong", "without \(skipped)",
                     // A safeguard gone without, or a procedure replaced ("instead of following the staged rollout").
                     "instead of \(skipped)", "without (any|a|an|the|proper|prior|adequate|sufficient|enough) (peer|code|second|further|security|proper|prior|formal) \(safeguard)",
                     "\(notDone) (\(care)) \(attend)|double-check",
                     "\(notDone) follow (the|our|their|his|her|any|a) ({any}) \(procedure)",
                     "\(notDone) [run|execute|use|wait for] (the|a|an|any|our|their|his|her) ({any}) \(signal)",
                     "mistake|fault|oversight|negligence|carelessness|blunder|screw-up|slip-up|misjudgment|misjudgement",
                     // Work done badly, however far from its person ("The author of the script did a poor job").
                     "do (a|an) poor|bad|sloppy|careless|lazy|terrible|incomplete|hasty|rushed job", "\(manner)",
                     // Forgetting and skipping a safeguard, with words between the person and the verb
                     // ("One of the maintainers of the library forgot to tag the release").
                     "forget|neglect to",
                     // Leaving a task undone or doing it wrongly, read back to the clause's subject
                     // ("One of the SREs on the night rotation mistyped the cluster name").
                     "[\(BlameClasses.neglecting)]", "\(BlameClasses.misdoing)",
                     // What a person should have attended to, however far from them ("Whoever was on the bridge should have noticed").
                     "[should have|should've|ought to have] \(attend)|double-check",
                     // Letting a problem through or time run out ("let forty minutes pass", "let the certificate lapse").
                     "let ({any}) ({any}) ({any}) slip|slide|pass|ship|lapse|expire (through|by|past|unnoticed)", "lose track|sight of",
                     // A signal left waiting ("let the disk warning sit unacknowledged").
                     "let (the|a|an|their|his|her|our|its|that|this|both|all|every) ({any}) ({any}) sit|stay|remain|go|languish unacknowledged|unanswered|unread|unnoticed|ignored|unattended|unchecked|unreviewed|unhandled",
                     // A duty held against a person ("It was Kemal's job to watch the run"): the possessive is read in `check`.
                     "job|duty|responsibility to",
                     // A person's act called wrong ("Marek's faulty assumption"): the possessive is read in `check`.
                     "\(BlameClasses.faultyActs) assumption|assumptions|decision|call|judgment|judgement|guess|command|edit|estimate|deploy|deployment|change|push|rollout|merge|fix|migration|upgrade|restart|cutover",
                     // A person's attention denied in a gerund ("comes down to Yusuf not reading the notice").
                     "not|never (\(care)) reading|checking|noticing|following|verifying|testing|reviewing|watching|monitoring|acknowledging|escalating|heeding",
                     "skip|ignore|overlook (the|a|an|both|all|two|three|several|every|his|her|their|our|first|second|initial|final) ({any}) ({any}) \(signal)",
                     // Going round a safeguard or a procedure ("bypassing the change freeze").
                     "bypass|circumvent|override (the|a|an|all|every|his|her|their|our) ({any}) ({any}) \(signal)|\(procedure)",
                     // Something left in a dangerous state by a person ("Someone on the data team left debug logging enabled").
                     "leave (the|a|an|their|his|her|our|its|some) ({any}) ({any}) [on|enabled|open|running|exposed|unlocked|unprotected|behind|in place|turned on|switched on|unattended]"]),
        // What nobody noticed: a universal negative person as the subject of attention
        // ("Nobody on the team noticed the error rate climbing"); found back from the verb.
        PhraseGroup("“{phrase}” says people failed to notice: say what would have shown it to them (an alert, a dashboard, a check).",
                    ["notice|spot|escalate|question|catch|heed|realize|realise|acknowledge"]),
    ], exceptions: ["git|svn|hg blame", "blame view|output|annotation", "(the|our) {possessive} error rate|rates|budget|handling|message|messages|log|logs|code|codes|count",
                    // Human error as what a safeguard removes ("makes human error impossible", "human error has been eliminated").
                    "[eliminate|prevent|reduce|remove|minimise|minimize|avoid|rule out|guard against|protect against|tolerate] (the|any|most|all) (risk|chance|possibility) (of) human|operator error|errors|mistake|mistakes",
                    "human|operator error|errors|mistake|mistakes [has been|have been|is|are] (now) (all but) eliminated|removed|prevented|impossible",
                    "human|operator error|errors|mistake|mistakes impossible|unlikely", "make|makes human|operator error|errors|mistake|mistakes",
                   ]
                    // What was done to the person or what they lacked, not what they did.
                    + clauses(agents, ["[should have|should've|could have] [been|received|had|got|gotten]"])
                    + agents.map { "if \($0) had been {participle}" },
       configuredMessage: "“{phrase}” is on the team's list of blaming phrases: describe the system condition, not the person.")

    static let description = RuleDescription(
        id: "PM101", name: "blame-language",
        summary: "A person or role is named as the cause of the incident.",
        rationale: """
            People stop telling the whole story when a review looks for someone to blame, and the same \
            failure comes back with the next person. A blameless postmortem treats every action as \
            reasonable given what the person knew, and looks for the missing check or guard that let it \
            do harm. The rule reads a person (a name, a role, a team, a pronoun, any capitalised word \
            before a verb only people do) as the subject of forgetting, harm by accident, failing to \
            notice or follow, careless work, what they should have done, and judgements about them. It \
            warns and never errs: wording is read by a grammar of word classes, not understood, so it \
            must not stop a build. "Should have been caught" with no one named blames no one and is not \
            reported. "The check failed to detect it", "we should have had an alert", a timeline saying \
            who did what, a person as the object of what a tool did ("the form let the admin type the \
            wrong number"), promises ("we'll never miss a page again") and apologies are fine; so are \
            statements that no one is to blame. "We" blaming itself ("we ignored the warnings") is not.
            """,
        defaultSeverity: .warning, options: PhraseList.options,
        triggering: [
            RuleExample("## Root Cause\n\nThe outage was caused by ↓human error during the certificate rotation.\n"),
            RuleExample("## Timeline\n\n- 09:14 ↓The on-call engineer failed to acknowledge the page.\n"),
            RuleExample("## Summary\n\n↓Alice forgot to renew the TLS certificate before it expired.\n"),
            RuleExample("## Lessons Learned\n\n↓The reviewer should have caught the missing index in code review.\n"),
            RuleExample("## Root Cause\n\nIt was ↓Bob's mistake: he ran the migration against production.\n"),
            RuleExample("## Lessons Learned\n\nA ↓careless deploy took down checkout, and ↓the team dropped the ball on rollback.\n"),
        ],
        nonTriggering: [
            RuleExample("## Root Cause\n\nThe deploy failed because the health check failed to detect the stale cache.\n"),
            RuleExample("## Lessons Learned\n\nWe should have had an alert on certificate expiry.\n"),
            RuleExample("## Summary\n\nThis is a blameless review: nobody is to blame for following the runbook as written.\n"),
            RuleExample("## Root Cause\n\nThe runbook did not say which region to drain first, so the step was easy to get wrong.\n"),
            RuleExample("## Timeline\n\n- 10:02 We used `git blame` to find the change that removed the retry limit.\n"),
            RuleExample("## Impact\n\nThe checkout error rate peaked at 12% and customers failed to complete payments.\n"),
        ])

    /// The group whose predicates find their person by reading back to the clause's subject.
    private static let anchored = 5
    /// The group of predicates right after their person.
    private static let agentPredicates = 1
    private static let unnoticed = 6

    func check(_ context: RuleContext) -> [Finding] {
        let prose = context.prose
        let classes = context.wordClasses
        return context.hits(of: .blame, sections: nil, negatable: false)
            .filter { hit in
                // "Nobody is to blame"; but "nobody noticed" is negated by its own subject.
                if hit.match.payload != Self.unnoticed && prose.isNegated(before: hit.match.tokens.lowerBound) { return false }
                if Self.isPromiseOrApology(hit.match, in: prose) || Self.isPopulation(hit.match, in: prose) || Self.isNoRecurrence(hit.match, in: prose)
                    || Self.isSimile(hit.match, in: prose) || Self.isDiscoveryCleft(hit.match, in: prose) || Self.isPrevented(hit.match, in: prose) { return false }
                // "did the cutover wrong", not "did it read the wrong address".
                let last = hit.match.tokens.upperBound - 1
                if hit.match.tokens.count > 1 && Self.mannerAdverbs.contains(prose.text(at: last)) && !Self.determiners.contains(last - 1, in: prose)
                    && !Self.isAdverbial(last, in: prose) { return false }
                if [Self.agentPredicates, Self.anchored].contains(hit.match.payload) && !Self.standsAsVerb(hit.match, in: prose, classes: classes) { return false }
                return switch hit.match.payload {
                case Self.anchored: Self.hasPersonSubject(hit.match, in: prose, classes: classes)
                case Self.unnoticed: Self.isNobodys(hit.match.tokens.lowerBound, in: prose) && !Self.causeIsMissingDetector(of: hit.match.tokens.lowerBound, in: prose)
                default: true
                }
            }
            .map { Finding(range: prose.range(of: $0.match), message: $0.message, severity: $0.severity) }
    }

    /// Whether the clause `match` stands in has a person as its subject: an agent (a person,
    /// role, team or pronoun, perhaps after a determiner and one modifier, or "one of our …"),
    /// the relative "who", or, before a predicate only people do, a capitalised word the lists
    /// cannot know ("Sales engineering flipped the flag by accident"). A possessive anchor
    /// ("Jenny's mistake") reads the word just before it. A passive subject ("Alice was sent
    /// the wrong link") is what was done to a person.
    private static func hasPersonSubject(_ match: PhraseMatch, in prose: Prose, classes: [WordClass]) -> Bool {
        let anchor = match.tokens.lowerBound
        let lastWord = prose.text(at: match.tokens.upperBound - 1)
        var humanOnly = humanOnly.contains(lastWord) || humanOnly.contains(prose.text(at: anchor)) || procedureWords.contains(lastWord) || accidentAdverbs.contains(lastWord)
        if match.tokens.count == 1 && mannerAdverbs.contains(lastWord) && !isAdverbial(anchor, in: prose) { return false }
        if faultNouns.contains(anchor, in: prose) || match.tokens.count > 1 && faultyActs.contains(prose.text(at: anchor)) {
            // "Jenny's mistake", "the QA team's oversight", "Kemal's job to": a person's possessive right before.
            let before = anchor - 1
            guard before >= 0, prose.tokens[anchor].isJoinedToPrevious else { return false }
            // A duty is blame when it is told of as one not done ("It was Kemal's job to …").
            if dutyNouns.contains(anchor, in: prose), !(max(0, before - 3)..<before).contains(where: { ["was", "were"].contains(prose.text(at: $0)) }) {
                return false
            }
            if classes[before].contains(.possessive) { return true }
            let raw = prose.rawBytes(at: before)
            guard raw.count > 2, raw.last == UInt8(ascii: "s"), prose.text(at: before).dropLast().hasSuffix("'") else { return false }
            let stem = String(prose.text(at: before).dropLast(2))
            return prose.tokens[before].isNameShaped && !People.notNames.contains(stem) || People.groups.contains(stem) || People.roles.contains(stem)
        }
        var start = prose.clauseStart(of: anchor, openers: clauseOpeners)
        // "deployed to all regions at once instead of …": "at once" is an adverb, not a clause's "once".
        if start >= 2, prose.text(at: start - 1) == "once", prose.text(at: start - 2) == "at" {
            start = prose.clauseStart(of: start - 2, openers: clauseOpeners)
        }
        // "… turned off the limiter and forgot to turn it back on", "… rolled out by @j.chen,
        // skipping the approvals": a clause without a subject shares the one before it.
        let ownStart = start
        if let shared = sharedSubjectClause(start, anchor: anchor, in: prose, classes: classes) {
            // The one who acted in a passive before ("rolled out by @j.chen").
            if (shared..<ownStart).contains(where: { prose.text(at: $0) == "by" && $0 + 1 < ownStart && classes[$0 + 1].contains(.agent) }) { return true }
            start = shared
        }
        // "14:02 @kwame accidentally …": a time or an adverb before the subject.
        while start < anchor && (leadingAdverbs.contains(start, in: prose) || prose.rawBytes(at: start).first.map(ASCII.isDigit) == true) {
            start += 1
        }
        // "Greg, the vendor's account manager, misconfigured …": a clause that opens with its verb
        // after a comma has its subject in the comma-set words before.
        if start <= anchor, !determiners.contains(start, in: prose), !classes[start].contains(.named),
           appositiveSubject(before: start, in: prose, classes: classes, humanOnly: humanOnly) != nil {
            return !isPassive(start..<anchor, in: prose)
        }
        guard start < anchor else { return false }
        // "Paulo did the cutover wrong": doing a thing wrong is an idiom of people.
        if mannerAdverbs.contains(lastWord) && (start..<anchor).contains(where: { ["do", "did", "does", "done"].contains(prose.text(at: $0)) }) { humanOnly = true }
        var head = start
        if ["who", "whoever"].contains(prose.text(at: head)) { return !isPassive(head + 1..<anchor, in: prose) }
        // "The engineer which did the deploy did not read …": "which" after a person stands for "who".
        if head >= 2, prose.text(at: head - 1) == "which", classes[head - 2].contains(.agent), prose.tokens[head - 1].isJoinedToPrevious,
           !(head..<anchor).contains(where: { classes[$0].contains(.agent) }) {
            return !isPassive(head..<anchor, in: prose)
        }
        if quantifiers.contains(head, in: prose), head + 2 < anchor, prose.text(at: head + 1) == "of" { head += 2 }
        var subject: Int?
        for offset in 0..<4 where head + offset < anchor {
            let index = head + offset
            if classes[index].contains(.agent) { subject = index; break }
            if offset == 0 && !determiners.contains(index, in: prose) {
                if humanOnly && classes[index].contains(.named) && !isCommonWord(index, in: prose) { subject = index }
                // "Product owner signed off …": a role of two words with no determiner.
                else if index + 1 < anchor && classes[index + 1].contains(.person) && prose.tokens[index + 1].isJoinedToPrevious { subject = index + 1 }
                break
            }
        }
        // "an engineer deleting the wrong group": a person just before the predicate's verb.
        if subject == nil {
            // A capitalised word after a preposition is its object ("blocked traffic from Brazil by mistake").
            subject = (max(start, anchor - 5)..<anchor).last { classes[$0].contains(.agent) || humanOnly && classes[$0].contains(.named) && $0 > start
                && !prepositions.contains($0 - 1, in: prose) && !isCommonWord($0, in: prose) }
        }
        guard let subject else { return false }
        // "The form let the admin type the wrong number": a person after a verb of letting or
        // making is its object; the subject is what let them.
        // "caused by one of our engineers mistakenly deleting …": a passive's agent is who acted.
        if (start..<subject).contains(where: { causingVerbs.contains($0, in: prose) && prose.text(at: $0 + 1) != "by" }) { return false }
        // "The tooling gave the operator the wrong region": a person right before the anchor's
        // determiner is who was given it, not who acted.
        if subject == anchor - 1 && determiners.contains(anchor, in: prose) { return false }
        // "The engineer had the wrong permissions": what a person lacked, not what they did.
        if lastWord == "wrong" && (subject + 1..<anchor).contains(where: { ["had", "has", "have", "lacked"].contains(prose.text(at: $0)) }) { return false }
        return !isPassive(max(subject + 1, ownStart)..<anchor, in: prose)
    }

    /// Whether a verb of neglecting or mis-doing that starts or ends `match` is the predicate of
    /// its clause: not a noun or an adjective after a determiner or a possessive ("a
    /// misunderstanding", "the misconfigured node"), not denied by its object ("misconfigured
    /// nothing"), and not inside what a person saw or reported ("the engineer noticed the
    /// parser misread the date": the subject before is the one who noticed).
    private static func standsAsVerb(_ match: PhraseMatch, in prose: Prose, classes: [WordClass]) -> Bool {
        let anchor: Int
        if BlameClasses.verbForms.contains(prose.text(at: match.tokens.lowerBound)) {
            anchor = match.tokens.lowerBound
        } else if BlameClasses.verbForms.contains(prose.text(at: match.tokens.upperBound - 1)) {
            anchor = match.tokens.upperBound - 1
        } else {
            return true
        }
        if anchor + 1 < prose.tokens.count && prose.tokens[anchor + 1].isJoinedToPrevious
            && ["nothing", "none"].contains(prose.text(at: anchor + 1)) { return false }
        // A phrase that ends in the verb has its own subject before it (a possessive there is "the engineer's botch").
        if anchor != match.tokens.lowerBound { return true }
        if anchor > 0 && prose.tokens[anchor].isJoinedToPrevious
            && (determiners.contains(anchor - 1, in: prose) || classes[anchor - 1].contains(.possessive) || prose.text(at: anchor - 1).hasSuffix("'s")) {
            return false
        }
        let start = prose.clauseStart(of: anchor, openers: clauseOpeners)
        return !(start..<anchor).contains { reportingVerbs.contains($0, in: prose) }
    }

    /// Verbs whose object can be a clause of its own ("found the job misconfigured the pool").
    private static let reportingVerbs: WordSet = ["noticed", "notices", "found", "finds", "saw", "sees", "discovered", "realised", "realized",
                                                      "learned", "learnt", "confirmed", "reported", "reports", "said", "says", "thought", "believed",
                                                      "assumed", "suspected", "showed", "shows", "noted", "observed", "determined", "concluded",
                                                      "explained", "mentioned", "spotted", "knew", "know", "whether", "how"]

    /// The start of the clause whose subject the clause at `start` shares: it has none of its
    /// own, as it opens with a verb after "and" or "then" ("and forgot to …"), or with the
    /// predicate's own participle after a comma (", skipping the approvals").
    private static func sharedSubjectClause(_ start: Int, anchor: Int, in prose: Prose, classes: [WordClass]) -> Int? {
        guard start > 1, start <= anchor, prose.tokens[start - 1].sentence == prose.tokens[start].sentence else { return nil }
        var previous = start - 1
        // "and, predictably, dropped …": the adverb set off after "and" stands aside.
        var asideStart = previous
        while asideStart > 0 && prose.tokens[asideStart].isJoinedToPrevious { asideStart -= 1 }
        if !prose.tokens[start].isJoinedToPrevious, asideStart > 0, isAside(asideStart..<start, in: prose), ["and", "then"].contains(prose.text(at: asideStart - 1)) {
            let first = prose.text(at: start)
            guard !determiners.contains(first), !subjectWords.contains(first), !classes[start].contains(.named) else { return nil }
            previous = asideStart - 1
            while previous > 0, !prose.tokens[previous].isJoinedToPrevious { previous -= 1 }
            guard previous > 0, prose.tokens[previous].kind == .word else { return nil }
            return prose.clauseStart(of: previous - 1, openers: clauseOpeners)
        }
        let opener = prose.text(at: previous)
        if ["and", "then"].contains(opener) {
            let first = prose.text(at: start)
            guard prose.tokens[start].isJoinedToPrevious, !determiners.contains(first), !subjectWords.contains(first), !classes[start].contains(.named),
                  prose.rawBytes(at: start).first.map(ASCII.isDigit) != true else { return nil }
            // ", and forgot", "and then skipped": past the comma and the other opener.
            while previous > 0, !prose.tokens[previous].isJoinedToPrevious || ["and", "then"].contains(prose.text(at: previous - 1)) { previous -= 1 }
        } else {
            guard start == anchor, !prose.tokens[start].isJoinedToPrevious, prose.text(at: anchor).hasSuffix("ing") else { return nil }
        }
        guard previous > 0, prose.tokens[previous].sentence == prose.tokens[start].sentence, prose.tokens[previous].kind == .word else { return nil }
        return prose.clauseStart(of: previous, openers: clauseOpeners)
    }

    /// The subject of a clause that opens with its verb after a comma: up to two comma-set
    /// segments back in the sentence ("Greg, the vendor's account manager, misconfigured …"),
    /// each a noun phrase (a name, or a determiner and at most three more words), one of which
    /// is a person.
    private static func appositiveSubject(before start: Int, in prose: Prose, classes: [WordClass], humanOnly: Bool) -> Int? {
        var end = start
        for _ in 0..<3 {
            guard end > 0, prose.tokens[end - 1].kind == .word, prose.tokens[end - 1].sentence == prose.tokens[start].sentence else { return nil }
            var first = end - 1
            while first > 0 && prose.tokens[first].isJoinedToPrevious { first -= 1 }
            // "… came about because a member of our staff, working late, …": the segment's own
            // clause is after its last opener.
            if let opener = (first..<end - 1).last(where: { clauseOpeners.contains($0, in: prose) }), opener > first || end - first > 6 { first = opener + 1 }
            let words = first..<end
            // "in a hurry", "as usual", "somewhat predictably", "working late to finish an
            // upgrade": an aside, not the subject; read on before it.
            if isAside(words, in: prose) { end = first; continue }
            guard words.count <= 6, determiners.contains(first, in: prose) || prose.tokens[first].isNameShaped || classes[first].contains(.agent),
                  !words.contains(where: { clauseOpeners.contains($0, in: prose) || passiveWords.contains($0, in: prose) }) else { return nil }
            if let person = words.first(where: { classes[$0].contains(.agent) || humanOnly && classes[$0].contains(.named) && !isCommonWord($0, in: prose) }) {
                return person
            }
            end = first
        }
        return nil
    }

    /// Whether comma-set words are an aside between a subject and its verb: a prepositional
    /// phrase, an adverb ("somewhat predictably", "once again") or a participle clause
    /// ("working late to finish an upgrade", "in his rush to close the ticket").
    private static func isAside(_ words: Range<Int>, in prose: Prose) -> Bool {
        guard words.count <= 12, let first = words.first else { return false }
        let text = prose.text(at: first)
        if asides.contains(first, in: prose) { return words.count <= 4 || !words.contains { prose.text(at: $0).hasSuffix("ed") } }
        return words.count <= 3 && words.contains { prose.text(at: $0).hasSuffix("ly") } || text.hasSuffix("ing") && !determiners.contains(first, in: prose) && words.count >= 2
    }

    /// Whether "wrong", "badly" or "poorly" at `index` qualifies a verb ("did the cutover wrong,"),
    /// not a noun ("the wrong region") or an event ("the deploy went wrong").
    private static func isAdverbial(_ index: Int, in prose: Prose) -> Bool {
        let next = index + 1
        let ends = next >= prose.tokens.count || !prose.tokens[next].isJoinedToPrevious || clauseOpeners.contains(next, in: prose)
            || ["in", "on", "during", "when", "while", "at", "for"].contains(prose.text(at: next))
        return ends && index > 0 && !["go", "goes", "went", "gone", "going", "turn", "turned", "turns", "something", "anything", "very", "so", "too", "not"].contains(prose.text(at: index - 1))
    }

    /// Whether the hit is a promise about the future ("we'll never miss a page again") or what
    /// an apology says the team did ("we apologize that we did not update the status page"):
    /// neither reports a person as the cause.
    private static func isPromiseOrApology(_ match: PhraseMatch, in prose: Prose) -> Bool {
        let sentence = prose.sentence(containing: match.tokens.lowerBound)
        let near = max(sentence.lowerBound, match.tokens.lowerBound - 2)..<min(match.tokens.upperBound, match.tokens.lowerBound + 4)
        if near.contains(where: { index in
            let text = prose.text(at: index)
            return ["shall", "won't"].contains(text) || text == "will" && !prose.tokens[index].isNameShaped || text.hasSuffix("'ll")
        }) { return true }
        return (sentence.lowerBound..<match.tokens.lowerBound).contains { apologyWords.contains($0, in: prose) }
    }

    /// Whether the sentence says a safeguard now makes the error unlikely ("a single person's
    /// typo is now much less likely to reach production", "makes human error impossible"):
    /// what a change prevents, not who caused the incident.
    private static func isPrevented(_ match: PhraseMatch, in prose: Prose) -> Bool {
        let sentence = prose.sentence(containing: match.tokens.lowerBound)
        return (match.tokens.upperBound..<min(sentence.upperBound, match.tokens.upperBound + 10)).contains { index in
            let text = prose.text(at: index)
            return ["impossible", "unlikely"].contains(text) || text == "likely" && index > 0 && prose.text(at: index - 1) == "less"
        }
    }

    /// Whether the hit is a comparison ("treat the files as if they were source"): "as if" and
    /// "as though" open a simile about how something is handled, not a condition on a person.
    private static func isSimile(_ match: PhraseMatch, in prose: Prose) -> Bool {
        let first = match.tokens.lowerBound
        return first > 0 && ["if", "though"].contains(prose.text(at: first)) && prose.text(at: first - 1) == "as" && prose.tokens[first].isJoinedToPrevious
    }

    /// Whether the hit is a verb of knowing denied inside a cleft ("What I didn't realise then
    /// was that …", "what we did not know is …"): it tells what was found out later, not what
    /// a person did wrong.
    private static func isDiscoveryCleft(_ match: PhraseMatch, in prose: Prose) -> Bool {
        guard match.tokens.contains(where: { knowing.contains($0, in: prose) }) else { return false }
        // "What" opens the clause, and only its subject stands before the hit: not "what
        // happened was that Bob didn't realise".
        let first = match.tokens.lowerBound
        var index = first
        while index > 0 && first - index < 4 && prose.tokens[index].isJoinedToPrevious {
            index -= 1
            let text = prose.text(at: index)
            if text == "what" { return true }
            if ["was", "is", "were", "are", "happened", "that"].contains(text) { return false }
        }
        return false
    }

    /// Verbs of knowing, whose object a cleft can hold back as what was learnt.
    private static let knowing: WordSet = ["realise", "realize", "realised", "realized", "know", "knew", "understand", "understood", "see", "saw",
                                               "expect", "expected", "anticipate", "anticipated", "foresee", "foresaw", "recognise", "recognize"]

    /// Whether the sentence of the verb at `anchor` already puts what nobody noticed on a
    /// missing detector ("no alert was configured, so nobody noticed", "nobody noticed because
    /// there was no alarm", "without monitoring, no one spotted it"): the systemic cause is given.
    private static func causeIsMissingDetector(of anchor: Int, in prose: Prose) -> Bool {
        let sentence = prose.sentence(containing: anchor)
        guard sentence.contains(where: { causalLinks.contains($0, in: prose) }) else { return false }
        return sentence.contains { index in
            guard detectors.contains(index, in: prose) else { return false }
            // "no alert", "without any monitoring", "lack of alerting": the detector denied before it.
            if (max(sentence.lowerBound, index - 3)..<index).contains(where: { absence.contains(prose.text(at: $0)) }) { return true }
            // "the alert was not configured", "alerting had been disabled": denied after it.
            return (index + 1..<min(sentence.upperBound, index + 4)).contains { ["not", "never", "disabled", "missing", "absent", "silenced", "muted"].contains(prose.text(at: $0)) || prose.text(at: $0).hasSuffix("n't") }
        }
    }

    /// What would have shown people a problem.
    private static let detectors: WordSet = ["alert", "alerts", "alerting", "alarm", "alarms", "monitoring", "monitor", "monitors", "notification",
                                                 "notifications", "page", "paging", "pager", "dashboard", "dashboards", "check", "checks", "warning", "warnings", "probe", "probes"]
    private static let absence: WordSet = ["no", "without", "lack", "lacking", "missing", "absent", "absence", "nor", "neither"]
    private static let causalLinks: WordSet = ["so", "because", "since", "as", "without", "therefore", "hence", "thus", "due"]

    /// Whether a denial says that something did not come back ("we never saw the warning
    /// again", "have not seen it since"): what the fix did, not what a person failed to do.
    private static func isNoRecurrence(_ match: PhraseMatch, in prose: Prose) -> Bool {
        guard match.tokens.contains(where: { ["never", "not", "didn't", "haven't", "hasn't"].contains(prose.text(at: $0)) }) else { return false }
        var index = match.tokens.upperBound
        while index < prose.tokens.count, index < match.tokens.upperBound + 5, prose.tokens[index].isJoinedToPrevious {
            if ["again", "since", "anymore", "afterwards", "thereafter"].contains(prose.text(at: index)) { return true }
            index += 1
        }
        return false
    }

    /// Whether the person is a share of a population ("most folks didn't even notice"): who
    /// was affected, not who acted.
    private static func isPopulation(_ match: PhraseMatch, in prose: Prose) -> Bool {
        let start = prose.clauseStart(of: match.tokens.lowerBound, openers: clauseOpeners)
        return (start..<match.tokens.upperBound).contains { index in
            index > 0 && populationWords.contains(index, in: prose) && populationQuantifiers.contains(index - 1, in: prose)
        }
    }

    /// Whether the document also writes the capitalised word at `index` in lower case: then it
    /// is a common word at the start of a sentence or cell ("Token committed … by mistake"),
    /// not a name. Read only for a hit, so a scan of the prose is cheap.
    private static func isCommonWord(_ index: Int, in prose: Prose) -> Bool {
        let word = prose.tokens[index].word
        return prose.tokens.contains { $0.kind == .word && $0.word == word && !$0.isNameShaped }
    }

    /// Whether the clause of the verb at `anchor` opens with "nobody", "no one" or "none of
    /// us", with no modal between ("nobody could have noticed" says it was not noticeable),
    /// and its verb is in the past.
    private static func isNobodys(_ anchor: Int, in prose: Prose) -> Bool {
        var start = prose.clauseStart(of: anchor, openers: clauseOpeners)
        // A report of what was missed, not a condition of a runbook ("if nobody acknowledges").
        let verb = prose.text(at: anchor)
        // "Why did nobody notice …?": the past is in the "did" of the question.
        if ["why", "how"].contains(prose.text(at: start)) && start + 1 < anchor && prose.text(at: start + 1) == "did" { start += 2 }
        else { guard verb.hasSuffix("ed") || verb == "caught" else { return false } }
        guard start < anchor, ["nobody", "no", "none"].contains(prose.text(at: start)) else { return false }
        if prose.text(at: start) == "no" && prose.text(at: start + 1) != "one" { return false }
        if prose.text(at: start) == "none" && prose.text(at: start + 1) != "of" { return false }
        return !(start..<anchor).contains { ["could", "would", "can", "might", "was", "were", "is", "be"].contains(prose.text(at: $0)) }
    }

    /// Whether the words between a subject and its predicate make the subject a receiver
    /// ("was sent the wrong link") or name what was done to them.
    /// "Whoever was on call", "the engineer who was in charge": a be-form before a
    /// preposition says where a person stood, not what was done to them.
    private static func isPassive(_ range: Range<Int>, in prose: Prose) -> Bool {
        range.contains { index in
            guard passiveWords.contains(index, in: prose) else { return false }
            guard ["was", "were", "is", "are", "been"].contains(prose.text(at: index)), index + 1 < prose.tokens.count else { return true }
            // "was on call", "was holding the pager": where a person stood, what they were doing.
            let next = prose.text(at: index + 1)
            return !(["on", "in", "at"].contains(next) || next.hasSuffix("ing") && !passiveWords.contains(next))
        }
    }

    private static let accidentAdverbs = Set(accident.split(separator: "|").map(String.init))
    /// Nouns of fault or duty whose person is the possessive right before them.
    private static let faultNouns: WordSet = ["mistake", "mistakes", "fault", "faults", "oversight", "oversights", "negligence", "carelessness", "blunder",
                                                  "screw-up", "slip-up", "misjudgment", "misjudgement", "job", "duty", "responsibility"]
    /// Words that call a person's act wrong, read like a fault noun ("Aisha's incorrect assumption").
    private static let faultyActs = BlameClasses.forms(of: BlameClasses.faultyActs)
    private static let dutyNouns: WordSet = ["job", "duty", "responsibility"]
    /// Words that open a clause as its own subject: it then shares none.
    private static let subjectWords: WordSet = ["it", "this", "that", "these", "those", "there", "we", "you", "nothing", "nobody", "everything",
                                                    "everyone", "something", "which", "who", "what"]
    private static let mannerAdverbs = Set(manner.split(separator: "|").map(String.init))
    private static let causingVerbs: WordSet = ["let", "lets", "allowed", "allows", "allow", "enabled", "enables", "forced", "forces", "made", "makes",
                                                    "prompted", "prompts", "asked", "asks", "required", "requires", "led", "leads", "caused", "causes", "gave", "gives"]
    private static let prepositions: WordSet = ["from", "to", "in", "into", "at", "on", "for", "with", "of", "via", "through", "across", "by"]
    private static let asides: WordSet = ["in", "at", "on", "during", "under", "with", "as", "again", "clearly", "honestly", "apparently", "unfortunately", "frankly", "once", "evidently"]
    private static let apologyWords: WordSet = ["apologize", "apologise", "apologized", "apologised", "apologies", "apology", "sorry", "regret"]
    private static let populationWords: WordSet = ["people", "folks", "persons", "individuals", "users", "customers"]
    private static let populationQuantifiers: WordSet = ["most", "many", "few", "some", "several", "half", "all", "majority", "lots", "plenty"]
    private static let procedureWords = Set(procedure.split(separator: "|").map(String.init))
    private static let clauseOpeners: WordSet = ["and", "but", "because", "so", "which", "while", "although", "though", "whereas", "since",
                                                     "when", "after", "before", "if", "until", "as", "once", "then"]
    private static let leadingAdverbs: WordSet = ["then", "later", "also", "unfortunately", "eventually", "apparently", "meanwhile", "finally"]
    private static let determiners: WordSet = ["the", "our", "a", "an", "one", "another", "this", "that", "their", "your", "his", "her", "some", "each", "every", "no"]
    private static let quantifiers: WordSet = ["one", "some", "several", "two", "three", "many", "each", "any", "none", "most", "both"]
    private static let passiveWords: WordSet = ["was", "were", "is", "are", "been", "being", "got", "received", "given", "sent", "shown",
                                                    "told", "handed", "assigned", "gave", "get"]
}
