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
    private static let attend = "understand|follow|notice|check|read|verify|test|review|heed|double-check|look|spot|escalate|acknowledge|respond|communicate|inform|tell|realize|realise|consider|validate|confirm|wait|ask|think|update|monitor|watch|coordinate|document|warn|question|remember|bother|pay|announce|answer|inspect|consult|look|plan|prepare|rehearse"
    private static let care = "properly|fully|adequately|thoroughly|carefully|correctly|sufficiently|closely|really|even"
    private static let accident = "accidentally|unintentionally|inadvertently|mistakenly|erroneously|carelessly|wrongly|negligently|recklessly|blindly|hastily|sloppily|incorrectly|improperly|lazily|haphazardly|thoughtlessly|inadequately|insufficiently"
    /// What a person is told about and can miss.
    private static let signal = "alert|alerts|page|pages|pager|warning|warnings|step|steps|ticket|tickets|message|messages|notification|notifications|email|emails|sign|signs|signal|signals|deadline|review|check|checks|runbook|handoff|handover|escalation|error|errors"
    /// Safeguards a person can skip ("without running the tests", "without bothering to ask").
    private static let skipped = "ask|check|test|review|wait|read|verify|look|confirm|tell|inform|notify|consult|double-check|run|follow|bother|get"
    /// What people follow and systems do not.
    private static let procedure = "runbook|runbooks|procedure|procedures|process|checklist|policy|freeze|playbook|guideline|guidelines|rules|instructions|steps"
    /// Verbs of attention no system is the subject of: a capitalised word before them is a name.
    private static let humanOnly: Set<String> = ["notice", "noticed", "heed", "heeded", "escalate", "escalated", "realize", "realized", "realise",
                                                 "realised", "remember", "remembered", "bother", "bothered", "spot", "spotted", "double-check",
                                                 "double-checked", "consult", "consulted", "rehearse", "rehearsed", "follow", "followed",
                                                 "mistake", "accident"]
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
                    + clauses(agents, ["\(notDone) \(attend)", "[fail to|failed to|forgot to|neglected to|refused to|didn't bother to|did not bother to] {any}",
                                       "\(notDone) (\(care)) \(care) {any}", "[has not|have not|hasn't|haven't] \(care) {any}", "miss|skip|bypass|ignore (the|a|an|both|all|two|three|several|every|his|her|their|its|our) {any}",
                                       "[should have|should've|ought to have|shouldn't have|should not have|could have|must have] {any}",
                                       "be (simply|just) supposed to", "rush|botch|fumble|rubber-stamp|skim", "cut corners",
                                       "do (a|an) poor|bad|sloppy|careless|lazy|terrible|incomplete|hasty|rushed job",
                                       "be (far|much|way) (too|so|very|a bit) careless|sloppy|negligent|lazy|inattentive|distracted|complacent|overconfident|hasty|rushed|hurried|impatient|unfocused|asleep|tired|slow",
                                       "[was not|wasn't|were not|weren't] (being) careful|attentive|paying|focused|watching|alert|thorough|diligent",
                                       "break (the|our) (whole) {any}", "cause (the|this|that|our|an|a) ({any}) \(harm)",
                                       "be (solely|directly|fully|personally|ultimately|clearly|entirely) responsible|accountable|culpable for (the|this|that|our|today's|an|a) ({any}) \(harm)",
                                       "be (solely|directly|fully|personally|ultimately|clearly|entirely) culpable|to blame|at fault"])
                    + agents.map { "if \($0) (had|hadn't|had not|were|was|would have) (been|not|only|just|simply|actually) {any}" }
                    + agents.map { "caused|introduced|triggered by \($0)" }
                    + agents.map { "\($0) [who|that] {any} ({any}) ({any}) ({any}) [should have|should've|ought to have|failed to|forgot to|neglected to|didn't|did not|never]" }
                    + ["had (the|our|an|a) ({any}) {agent} (been|actually|only|just) more|paid|read|checked|looked|noticed|followed|tested|verified|waited|asked|double-checked|careful|attentive|watching|paying|looking|checking|monitoring",
                       "had {named} (been|actually|only|just) more|paid|read|checked|looked|noticed|followed|tested|verified|waited|asked|double-checked|careful|attentive|watching|paying|looking|checking|monitoring",
                       "[nobody|no one|none of us|none of them] ({any}) ({any}) ({any}) ({any}) bothered"]
                    + ["a|the more careful|attentive|experienced|diligent|senior|competent {person} would|could have"]),
        PhraseGroup("“{phrase}” assigns fault to a person: describe the decision the system asked them to make and the information they had.",
                    ["(the|our) {possessive} (own) mistake|fault|error|oversight|negligence|carelessness|blunder|screw-up|slip-up|lapse|typo|misstep|misjudgment|misjudgement|mix-up|haste|inattention",
                     "(the|our) {possessive} failure to",
                     "their fault|mistake|carelessness|negligence",
                     "my (own) mistake|fault|bad|error|oversight|carelessness|screw-up|slip-up|typo|blunder",
                     "[mistake|error|oversight|blunder|typo|slip|misstep|slip-up|screw-up] (made|committed) [by|of|from|on the part of] (the|our|an|a|one) ({any}) {agent}",
                     "[mistake|error|oversight|blunder|typo|slip|misstep|slip-up|screw-up] (made|committed) by {named}",
                     "[responsibility|blame|fault|ownership|accountability] (for|of) ({any}) ({any}) ({any}) [lies|rests|lay|rested|falls|fell|sits|sat] (squarely|entirely|solely|fully|clearly) [with|on]",
                     "[this|that|it] (one) (is|was) (all|entirely|squarely) on me|him|her|them", "that's|it's on me|him|her|them",
                     "hold|held (the|our|an|a) ({any}) {agent} (personally) responsible|accountable"]),
        PhraseGroup("“{phrase}” judges a person, not the system: describe what the process allowed and what will change in it.",
                    ["careless", "carelessly", "carelessness", "negligent", "negligently", "negligence", "sloppy", "sloppiness",
                     "incompetent", "incompetence", "reckless", "recklessly", "irresponsible", "inattentive", "inattention", "clumsy",
                     "lack of attention|care|diligence|discipline|ownership", "not paying attention", "lapse in judgment|judgement", "poor|bad judgment|judgement",
                     "dropped the ball", "asleep at the wheel", "should have known better", "cowboy", "amateurish", "unprofessional",
                     "rookie|amateur|stupid|dumb|silly|boneheaded|inexcusable mistake|error|move", "inexcusable", "unforgivable"]),
        PhraseGroup("“{phrase}” looks for someone at fault: a blameless review asks what made the failure possible.",
                    ["blame", "(the) fault [lies|rests|lay|rested] with", "finger-pointing", "finger pointing", "point fingers", "point the finger"]),
        PhraseGroup("“{phrase}” says a step should have caught it without saying which: name the check or review step that was missing and what it would have looked at.",
                    ["[should have been|should've been|could have been] caught|spotted|noticed|flagged|picked"], severity: .info),
        // Predicates only a person does, found by their own words; whose clause they stand in is
        // read back from them in `check` (`Subject`), so any words may come between the person
        // and the predicate ("Someone on the platform team ran the migration against the wrong
        // database").
        PhraseGroup("“{phrase}” puts the cause on a person: say what in the system made the slip possible and what would have caught it regardless of who was on call.",
                    ["by mistake|accident", "\(accident)", "the|a wrong", "without \(skipped)",
                     "\(notDone) (\(care)) \(attend)|double-check",
                     "\(notDone) follow (the|our|their|his|her|any|a) ({any}) \(procedure)",
                     "mistake|fault|oversight|negligence|carelessness|blunder|screw-up|slip-up|misjudgment|misjudgement"]),
        // What nobody noticed: a universal negative person as the subject of attention
        // ("Nobody on the team noticed the error rate climbing"); found back from the verb.
        PhraseGroup("“{phrase}” says people failed to notice: say what would have shown it to them (an alert, a dashboard, a check).",
                    ["notice|spot|escalate|question|catch|heed|realize|realise|acknowledge"]),
    ], exceptions: ["git|svn|hg blame", "blame view|output|annotation", "{possessive} error rate|rates|budget|handling|message|messages|log|logs|code|codes|count",
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
            must not stop a build. "Should have been caught" with no one named is only `info`: it may \
            point at a missing review step. "The check failed to detect it", "we should have had an \
            alert" and a timeline saying who did what are fine; so are statements that no one is to blame.
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
    private static let anchored = 6
    private static let unnoticed = 7

    func check(_ context: RuleContext) -> [Finding] {
        let prose = context.prose
        let classes = context.wordClasses
        return context.hits(of: .blame, sections: nil, negatable: false)
            .filter { hit in
                // "Nobody is to blame"; but "nobody noticed" is negated by its own subject.
                if hit.match.payload != Self.unnoticed && prose.isNegated(before: hit.match.tokens.lowerBound) { return false }
                return switch hit.match.payload {
                case Self.anchored: Self.hasPersonSubject(hit.match, in: prose, classes: classes)
                case Self.unnoticed: Self.isNobodys(hit.match.tokens.lowerBound, in: prose)
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
        let humanOnly = humanOnly.contains(lastWord) || procedureWords.contains(lastWord) || accidentAdverbs.contains(lastWord)
        if match.tokens.count == 1 && !accidentAdverbs.contains(lastWord) {
            // "Jenny's mistake": a capitalised possessive no list knows, right before.
            let before = anchor - 1
            guard before >= 0, prose.tokens[anchor].isJoinedToPrevious else { return false }
            let raw = prose.rawBytes(at: before)
            guard prose.tokens[before].isNameShaped, raw.count > 2, raw.last == UInt8(ascii: "s") else { return false }
            let stem = prose.text(at: before).dropLast(2)
            return prose.text(at: before).dropLast().hasSuffix("'") && !People.notNames.contains(String(stem))
        }
        var start = anchor
        while start > 0 && prose.tokens[start].isJoinedToPrevious && !clauseOpeners.contains(prose.text(at: start - 1)) { start -= 1 }
        // "14:02 @kwame accidentally …": a time or an adverb before the subject.
        while start < anchor && (leadingAdverbs.contains(prose.text(at: start)) || prose.rawBytes(at: start).first.map(ASCII.isDigit) == true) {
            start += 1
        }
        guard start < anchor else { return false }
        var head = start
        if ["who", "whoever"].contains(prose.text(at: head)) { return !isPassive(head + 1..<anchor, in: prose) }
        if quantifiers.contains(prose.text(at: head)), head + 2 < anchor, prose.text(at: head + 1) == "of" { head += 2 }
        var subject: Int?
        for offset in 0..<3 where head + offset < anchor {
            let index = head + offset
            if classes[index].contains(.agent) { subject = index; break }
            if offset == 0 && !determiners.contains(prose.text(at: index)) {
                if humanOnly && classes[index].contains(.named) && !isCommonWord(index, in: prose) { subject = index }
                break
            }
        }
        // "an engineer deleting the wrong group": a person just before the predicate's verb.
        if subject == nil {
            subject = (max(start, anchor - 5)..<anchor).last { classes[$0].contains(.agent) || humanOnly && classes[$0].contains(.named) && $0 > start && !isCommonWord($0, in: prose) }
        }
        guard let subject else { return false }
        // "The engineer had the wrong permissions": what a person lacked, not what they did.
        if lastWord == "wrong" && (subject + 1..<anchor).contains(where: { ["had", "has", "have", "lacked"].contains(prose.text(at: $0)) }) { return false }
        return !isPassive(subject + 1..<anchor, in: prose)
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
        var start = anchor
        while start > 0 && prose.tokens[start].isJoinedToPrevious && !clauseOpeners.contains(prose.text(at: start - 1)) { start -= 1 }
        // A report of what was missed, not a condition of a runbook ("if nobody acknowledges").
        let verb = prose.text(at: anchor)
        guard verb.hasSuffix("ed") || verb == "caught" else { return false }
        guard start < anchor, ["nobody", "no", "none"].contains(prose.text(at: start)) else { return false }
        if prose.text(at: start) == "no" && prose.text(at: start + 1) != "one" { return false }
        if prose.text(at: start) == "none" && prose.text(at: start + 1) != "of" { return false }
        return !(start..<anchor).contains { ["could", "would", "can", "might", "was", "were", "is", "be"].contains(prose.text(at: $0)) }
    }

    /// Whether the words between a subject and its predicate make the subject a receiver
    /// ("was sent the wrong link") or name what was done to them.
    private static func isPassive(_ range: Range<Int>, in prose: Prose) -> Bool {
        range.contains { passiveWords.contains(prose.text(at: $0)) }
    }

    private static let accidentAdverbs = Set(accident.split(separator: "|").map(String.init))
    private static let procedureWords = Set(procedure.split(separator: "|").map(String.init))
    private static let clauseOpeners: Set<String> = ["and", "but", "because", "so", "which", "while", "although", "though", "whereas", "since",
                                                     "when", "after", "before", "if", "until", "as", "once", "then"]
    private static let leadingAdverbs: Set<String> = ["then", "later", "also", "unfortunately", "eventually", "apparently", "meanwhile", "finally"]
    private static let determiners: Set<String> = ["the", "our", "a", "an", "one", "another", "this", "that", "their", "your", "his", "her", "some", "each", "every", "no"]
    private static let quantifiers: Set<String> = ["one", "some", "several", "two", "three", "many", "each", "any", "none", "most", "both"]
    private static let passiveWords: Set<String> = ["was", "were", "is", "are", "been", "being", "got", "received", "given", "sent", "shown",
                                                    "told", "handed", "assigned", "gave", "get"]
}
