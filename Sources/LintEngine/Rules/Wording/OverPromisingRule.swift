import MarkdownSyntax
import PostmortemModel

/// PM105: promises no one can keep.
struct OverPromisingRule: Rule {
    private static let recur = "happen|occur|recur|reoccur|resurface|reappear"
    /// Verbs of an incident coming back or a system failing.
    private static let comeBack = "happen|occur|recur|reoccur|resurface|reappear|repeat|return|affect|hit|impact|fail|break|crash|expire|lose|drop|corrupt|go|run|be|stall|hang|overload|fill|leak|slip|cause"
    /// A future that cannot be: the negated modal of an absolute claim.
    private static let never = "[never|will never|can never|could never|won't ever|will not ever|can't ever|cannot ever|shall never|would never|no longer|can no longer|will no longer|cannot|can't|can not]"
    /// "Will never" after a pronoun that took the "will" in ("we'll never").
    private static let willNever = "[will never|won't ever|can never|shall never|will not ever|we'll never|you'll never|it'll never|they'll never|i'll never|that'll never]"
    /// What a bad change is said to be kept from: getting through to where it does harm.
    private static let getThrough = "[reach|get into|get through|get past|make it to|make it into|slip through|slip past|sneak through|land in|hit|ship to|go out to]"
    /// Words that make a change or an input a bad one.
    private static let badInput = "bad|faulty|broken|invalid|malformed|untested|unreviewed|misconfigured|buggy|corrupt|corrupted|rogue|unsafe|dangerous|destructive|harmful|accidental|fraudulent|unapproved|breaking|erroneous|defective|tampered"
    /// Verbs of a safeguard doing its job, which a certainty adverb turns into a promise.
    private static let safeguardWorks = "catch|detect|block|stop|flag|prevent|find|reject|spot|intercept|fire|trigger|page|notify|warn|alert|protect|work|succeed|hold"
    /// Participles of a problem dealt with, which a word of permanence turns into a promise.
    private static let dealtWith = "fixed|solved|resolved|closed|gone|eliminated|eradicated|addressed|prevented|mitigated|sealed|patched|handled|settled"
    /// Words of permanence.
    private static let forever = "[permanently|forever|for good|once and for all|for all time]"
    /// Three words at most between a verb of making sure and what it makes sure of.
    private static let gap = "(that) ({any}) ({any}) ({any})"
    /// The things every one of which a claim says will be caught or prevented.
    private static let failures = "problem|problems|issue|issues|failure|failures|error|errors|regression|regressions|bug|bugs|mistake|mistakes|misconfiguration|misconfigurations|outage|outages|incident|incidents|recurrence|recurrences|repeat|repeats|downtime|defect|defects|change|changes|deploy|deploys|vulnerability|vulnerabilities|attack|attacks|breach|breaches|data|disruption|disruptions|interruption|interruptions|delay|delays|loss|losses"
    private static let absolutely = "fully|completely|totally|entirely|absolutely|perfectly|100%|permanently"
    /// Verbs of a system going wrong, which a negated modal turns into a promise ("can't run out").
    private static let goWrong = "[fall behind|fail|break|crash|overflow|corrupt|run out|go down|go offline|lose|overload|exhaust|fill up]"
    /// Verbs of taking a risk away.
    private static let remove = "[eliminate|remove|rule out|take away]"
    /// What a risk is a risk of.
    private static let risk = "risk|possibility|chance|likelihood|danger"
    /// Verbs of catching or stopping what goes wrong.
    private static let catchVerb = "catch|detect|block|stop|flag|prevent|find|reject|spot|surface|intercept|eliminate"
    /// The groups whose claims are about now or the future: a past form in the match is a
    /// report ("the bug made recovery impossible"), and a qualifier needs a future or present
    /// modal before it in its sentence ("will be processed without any errors").
    private static let presentOrFuture = 3
    private static let qualified = 4
    /// The group whose claims need a universal negative subject, and the group of "impossible".
    private static let universal = 5
    private static let impossible = 6
    private static let riskField = 7
    private static let lastOfItsKind = 8
    private static let absolute = 9
    private static let finality = 10
    private static let certainty = 11
    private static let another = 12
    private static let deniedOutput = 13
    private static let absoluteState = 14
    private static let recurrenceDenied = 15
    private static let assured = 16
    private static let catchesAll = 17
    /// Stems of failure that "-free" and "-proof" make into a claim that it cannot happen
    /// ("crash-free", "failure-proof"): the compound is one grammar, written once.
    private static let cannotFail = ["crash", "error", "bug", "failure", "fail", "outage", "downtime", "fault", "risk", "glitch", "incident", "fool", "bullet", "idiot", "breach", "leak", "loss"]
        .flatMap { ["\($0)-free", "\($0)-proof"] }.joined(separator: "|")
    /// What a claim of total coverage covers: the gaps, cases and risks a fix is said to close.
    private static let coverage = "possibility|possibilities|chance|chances|occurrence|occurrences|repeat|repeats|storm|storms|disaster|disasters|gap|gaps|case|cases|edge-case|edge-cases|scenario|scenarios|risk|risks|loophole|loopholes|hole|holes|weakness|weaknesses|failure|failures|outage|outages|incident|incidents|error|errors|bug|bugs|problem|problems|issue|issues|regression|regressions|interruption|interruptions|disruption|disruptions|vulnerability|vulnerabilities|corruption|recurrence|recurrences|downtime"

    static let list = PhraseList([
        PhraseGroup("“{phrase}” promises what no one can guarantee: say what changed and how it lowers the risk, and commit to improvement, not perfection.",
                    ["(this|it|that) [will never|won't ever|will not ever|can never|could never|won't|will not|cannot|can't|can no longer] \(recur) again",
                     "[will never|can never|won't ever|could never] \(recur) again", "\(willNever) recur",
                     "you|customers|users will never [experience|see|face|encounter|have] this|it|that again",
                     "nothing (like this|like that|of this kind|similar) [can|will|could] ever \(recur) (again)", "never \(recur) again", "never again",
                     "[can no longer|cannot|can't] \(recur) (again|anymore)", "(is|are) now impossible", "impossible going forward",
                     "impossible to \(recur) again", "zero chance|risk|possibility of", "no [chance|possibility] of (this|it) [happening again|recurring]",
                     "[eliminate|eliminated|eliminating] (any|all|the) [risk|possibility|chance] of",
                     "[ensure|guarantee|make sure|make certain|ensuring|guaranteeing] \(gap) \(never) (ever) (again) \(comeBack)",
                     "[ensure|guarantee|make sure|make certain] \(gap) [doesn't|does not|won't|will not|isn't|is not] (ever) \(recur)|repeat|recur|reoccur (ever) again",
                     "[will not|won't|cannot|can't|can not|shall not|will never|can never|won't ever] (ever) (be able to|be) reoccur|recur|repeat|return",
                     "[will never|can never|could never|won't ever|shall never|will not ever|can't ever|cannot ever|never again] {any} ({any}) ({any}) (ever) again",
                     // A bad change or input kept out for good ("a bad config can no longer reach production").
                     "\(badInput) ({any}) ({any}) [can no longer|will no longer|can never|will never|cannot|can't|can not|won't|will not|won't ever] (ever) (again) \(getThrough)",
                     // Certainty about a safeguard working ("the alert will definitely fire").
                     "[will|shall|it'll] definitely|certainly|surely|undoubtedly|unquestionably \(safeguardWorks)",
                     // An absolute outcome promised with the future ("will have absolutely no effect").
                     "[will|shall] have absolutely no", "[will|shall] (now) always be (fully|completely|100%) available|up|online|reachable|reliable|accessible|safe|secure|protected|stable|consistent|correct|accurate",
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
                     "fully resolved forever",
                     "100% reliable|reliability|uptime|available|availability|safe|secure|guaranteed",
                     "100 percent reliable|reliability|uptime|available|availability|safe|secure",
                     "will never fail (again)", "a thing of the past",
                     "fix|solve|resolve (the|this) (underlying) problem|issue|bug|cause permanently|forever",
                     "100% resilient|resilience|protected|stable|robust", "[fully|completely|totally|permanently] [protected|immune|safe] [against|from]",
                     "eliminate|eradicate|fix|solve|resolve (the|this) (underlying|root) cause|problem|issue|bug completely|entirely|permanently|forever",
                     "behind us [for good|forever|once and for all]",
                     "\(absolutely) safe|secure|reliable|resilient|protected|stable|robust|immune|invulnerable|reliable|watertight|airtight|error-free|risk-free",
                     "immune to", "flawless", "flawlessly", "fail-safe|failsafe",
                     "\(willNever) \(comeBack)", "a solved problem",
                     "[will|would|can|shall|now|always] [catch|detect|block|stop|flag|prevent|find|reject|spot|surface|intercept|eliminate] [every|all] (future|such|similar|other|possible|remaining) ({any}) (\(failures))",
                     "[will|would|can|shall|now|always] [catch|detect|block|stop|flag|prevent|find|reject|spot|surface|intercept] any (future|such|similar|other|possible|kind of|type of|more) \(failures)",
                     "every|all|any (future|such|similar|other|possible) ({any}) ({any}) \(failures) (like this|of this kind) [will|shall|would|can] (now|always|immediately|automatically) be caught|detected|blocked|stopped|flagged|rejected|prevented|found|spotted|intercepted",
                     "[nothing|no problem|no issue|no error|no bug|no change|no regression|no mistake|no failure|no outage|nothing like this] [will|can|shall|could] (ever) (again) [slip|get|go|make it|fall|sneak] (through|past|by|unnoticed|undetected|wrong)",
                     "never (again) [slip|go|get|pass] [through|unnoticed|undetected|past]",
                     "100% [certain|sure|confident|guarantee|guaranteed|effective|safe|secure]",
                     "with (absolute|complete|total|100%) certainty|confidence", "[your data|the service|our service|our platform|the platform|our systems|the system|our api|the api] will always be available|up|online|reliable|accessible"]),
        PhraseGroup("“{phrase}” is a guarantee: customers remember guarantees; promise the specific changes instead.",
                    ["we|i [guarantee|can guarantee|will guarantee]", "we're guaranteeing", "guarantee (that) this|it [will|won't|cannot|can't|will never]",
                     "guaranteed [not to|never to|to never] \(recur)|fail", "[is|are|be] (now|always) guaranteed to", "rest assured", "you can be sure", "[you have|with] our guarantee", "you have our word",
                     "[we|i] (can|want to|would like to) assure|reassure you|customers|users|everyone (that) ({any}) ({any}) ({any}) [will|won't|cannot|can't|never|will never|will not]",
                     "[absolutely|definitely|certainly|surely] [will not|won't|never|cannot|can't|will never|not]",
                     "(absolutely|completely|totally|100%|fully) certain|sure|confident (that) ({any}) ({any}) ({any}) [will not|won't|never|cannot|can't|will never|not]",
                     // A verb of assuring followed by a universal: what the assurance covers is everything.
                     "[guarantee|ensure|promise] (that) [every|all|no|nothing|none|any]", "be assured"]),
        // Absolute states of a system: a universal negative subject that can do no harm, a
        // risk said to be gone, a system without a single point of failure, a failure made
        // impossible. Past forms report what was, so they are dropped in `check`.
        PhraseGroup("“{phrase}” claims a risk is gone for good: name the change and what it makes less likely, and how you will notice if it is not enough.",
                    [                     "nothing (like this|like that|of this kind|similar) [can|will] (now) \(recur) (again)",
                     "[can't|cannot|can not|won't|will not|can no longer|will no longer|no longer] (ever) (now) \(goWrong)",
                     "\(remove) (any|all|every) (further|remaining) \(risk) (of|that)", "\(remove) {any} [forever|permanently|for good|once and for all]",
                     "\(remove) [all|every|any] (remaining|possible|other) (single) [point|points] of failure",
                     "not possible [anymore|any longer|again]", "rule out {any} ({any}) [entirely|completely|altogether]",
                     // Every one of a kind caught ("every misrouted request will now be detected").
                     "every|each ({any}) ({any}) [will|shall] (now|always|immediately|automatically|instantly) be caught|detected|spotted|noticed|blocked|stopped|flagged|rejected|prevented|intercepted", "[is|are] (now) (absolutely|completely|totally) perfect",
                     // A problem dealt with for good, the permanence on either side ("closed permanently");
                     // "was fixed permanently in 4.2" reports a release.
                     "\(dealtWith) (now) \(forever)", "\(forever) \(dealtWith)", "\(forever) eliminate|eradicate",
                     "no way (that) (the|a|an) {any} ({any}) [will|can|recur|reoccur|resurface|reappear|happen|repeat|return|come]",
                     "no [single point|single points] of failure",
                     "\(absolutely) eliminated|eradicated|prevented", "\(absolutely) free of|from",
                     // An assurance of certainty ("we are fully confident the service will stay up").
                     "fully|completely|totally|absolutely|entirely confident|certain|sure",
                     "no way (that) [this|it|that] ({any}) [can|will|could|would|happen|recur|repeat|return|occur|reoccur|resurface|reappear|come]",
                     "absolutely no way", "no \(risk) (that) [it|this|that|they] [will|can|could|would]",
                     "[will|shall|can|now|always] \(catchVerb) and|or \(catchVerb) [every|all|any]",
                     "[we'll|you'll|it'll|they'll] (now) always know|catch|detect|prevent|block|stop|flag|notice|spot|work|succeed|be",
                     "[every|all] ({any}) [will|shall] (now|always) be (completely|fully|100%) safe|secure|reliable|flawless|perfect|error-free|successful",
                     "[will be|will see|will have|will experience|won't see|won't experience|will not see|will not experience] no|any (more|further) \(failures)",
                     "\(recur) a second time"]),
        // Absolute qualifiers: they over-promise only when what they qualify is to come.
        PhraseGroup("“{phrase}” allows no exception: say what the change covers and what is left to watch.",
                    ["without (any) exception|exceptions", "with no exception|exceptions", "whatsoever", "100% of the time",
                     "100 percent of the time", "every single time", "ever again", "no matter what|how|when|where|who",
                     "without any \(failures)|downtime|problem|problems|issue|issues|hiccup|hiccups",
                     "without (a|an) error|failure|problem|issue|hitch|hiccup|glitch|interruption", "under any circumstances|circumstance|conditions"]),
        // What a universal negative subject ("nothing", "no bad change", "nobody") is said to be
        // able to do no more: the subject is found in `check`, a few words back in the clause.
        PhraseGroup("“{phrase}” claims nothing can get through: name the check and what it looks at, and how you will notice what it misses.",
                    ["[can|will] (ever) (now) (be able to) [take down|bring down|break|crash|disrupt|overwhelm|harm|corrupt|overload|exhaust|damage|interrupt]",
                     "[will|can] (ever) (now) (again) [slip|get|go|sneak|make it] [through|past|by|unnoticed|undetected]",
                     // A failure or a bad input kept out ("regressions of this kind cannot slip through").
                     "[cannot|can't|can not|can no longer|will no longer|will never|can never|won't ever|will not] (ever) (again) [slip|get|sneak|make it|go] [through|past|by|unnoticed|undetected]",
                     "[is|are|will be] (now|ever) possible (anymore|again|any longer)"]),
        // A failure made impossible: the verb of making is found in `check`, a few words back.
        PhraseGroup("“{phrase}” claims a failure is impossible: name the change and what it makes less likely.", ["impossible"]),
        // A field that rates the risk of recurrence as nothing ("Recurrence risk: none"); its
        // value, after the label, is read in `check`.
        PhraseGroup("“{phrase}” rates the risk of a repeat as nothing: give the risk that is left and what watches for it.",
                    ["[recurrence|repeat|reoccurrence] [risk|chance|likelihood|probability]", "risk|risks|danger|threat",
                     "[risk|chance|likelihood|probability] of [recurrence|repeat|a repeat|reoccurrence|recurring]",
                     "[risk|chance|likelihood|probability] of another|further \(failures)",
                     "[risk|chance|likelihood|probability] of (this|it|that|the failure|the incident|the outage) \(recur) (again)"]),
        // The last failure of its kind; a report of when the last one was ("the last outage of
        // this kind was in 2021") is dropped in `check`.
        PhraseGroup("“{phrase}” promises the failure will not come back: name the change and what it makes less likely.",
                    ["last \(failures) of its|this|that kind|type", "last \(failures) [ever|we will|you will]"]),
        // An absolute word (a universal, a denial of all chance, a total adverb, a guarantee);
        // `check` keeps it when its clause also holds a future or permanence marker and a
        // failure, and no hedge, past form or question.
        PhraseGroup("“{phrase}” allows no failure to come: say what the change makes less likely and how you will notice what it misses.",
                    ["never", "no (more|further|other|single|such|similar|new|unplanned) \(coverage)", "zero", "none", "nothing", "guarantee|guarantees|guaranteed", "100%",
                     "[every|all|any] (single) (remaining|future|further|more|new|other|such|similar|known|edge) (kind of|type of) \(coverage)",
                     "completely|fully|entirely|permanently|totally", "out of the question", "under no circumstances",
                     "free of|from", "no longer", "always", "every", "no more",
                     // Permanence with words between ("closed this gap for good") and total
                     // removal in a perfect ("human error has been eliminated").
                     "for good", "once and for all", "forever", "eliminated|eradicated", "uninterrupted"]),
        // Finality: the failure is said to be the last of its kind ("this is the last time a
        // certificate will expire on us"); `check` needs a future in its sentence and no past.
        PhraseGroup("“{phrase}” promises the failure will not come back: name the change and what it makes less likely.",
                    ["last time", "last of its|this|that kind|type", "[will be|shall be] the last"]),
        // Certainty about what is to come ("we are confident you will have an uninterrupted
        // experience"); `check` reads the words after it for a future and an outcome.
        PhraseGroup("“{phrase}” claims certainty about the future: say what changed and how you will know if it is not enough.",
                    ["certain", "certainty", "sure", "confident"]),
        // A repeat denied ("players will not see another outage like this"); `check` needs a
        // negated future before it and a failure after it.
        PhraseGroup("“{phrase}” promises the failure will not come back: name the change and what it makes less likely.", ["another"]),
        // A system denied the power to put out a bad result ("the pipeline cannot produce a
        // broken build"); `check` needs a bad input or a failure just after the verb.
        PhraseGroup("“{phrase}” claims nothing bad can get out: name the check and what it looks at, and how you will notice what it misses.",
                    ["[cannot|can't|can not|can no longer|can never|will never|will no longer|won't ever] (ever) produce|create|ship|deploy|publish|release|merge|accept|emit|generate"]),
        // Adjectives of a thing that cannot fail, seeded from WordNet 3.0 (the similar-to sets of
        // "foolproof", "infallible", "invulnerable", "safe") and reviewed by hand ("secure",
        // "strong", "tight" and "defensible" are ordinary praise, "fail-safe" a design term);
        // `check` keeps one said of now or the future: no past form, belief, hedge or negation
        // in its clause ("the old check was thought to be foolproof" reports what was believed).
        PhraseGroup("“{phrase}” claims a system cannot fail: name what the change guards against and how you will notice what it misses.",
                    ["foolproof|failproof|unfailing|infallible|inerrant|unerring|invulnerable|impregnable|inviolable|unassailable|indestructible|ironclad|bombproof|bulletproof|airtight|air-tight|watertight|unbreakable|faultless|impenetrable", cannotFail]),
        // A failure denied a return: "again", "anymore", "in the future" after a negated
        // future or modal in its clause, with a failure there ("the database will not have any
        // downtime anymore", "secrets cannot leak anymore"); `check` reads the clause.
        PhraseGroup("“{phrase}” promises the failure will not come back: name the change and what it makes less likely.",
                    ["again", "anymore", "any more|longer", "henceforth", "in (the) future", "any future"]),
        // An assurance (seeded from WordNet 3.0's verbs of promising and assuring: promise,
        // guarantee, assure, ensure, affirm, pledge, vow, swear, warrant, certify) whose clause
        // holds an absolute ("you have my word your service will not be interrupted again",
        // "we assure that the service will be stable always"); `check` reads the clause.
        PhraseGroup("“{phrase}” is an assurance no fix can back: promise the specific changes, and say how you will know if they are not enough.",
                    ["promise|guarantee|assure|ensure|affirm|pledge|vow|swear|warrant|certify", "make sure|certain", "[have|give] (you) (my|our) word"]),
        // Catching every one of a kind ("we'll catch every disk problem", "the engine catches
        // every suspicious transaction"); `check` needs a future, a modal or a present tense.
        PhraseGroup("“{phrase}” claims every failure will be caught: name the check and what it looks at, and how you will notice what it misses.",
                    ["\(catchVerb) every|all|any", "\(catchVerb) 100% (of)"]),
    ], exceptions: [
        // Past experience, not a claim about the future.
        "[have|has|had] never {any} ({any}) ({any}) again", "[have|has|had] not {any} ({any}) ({any}) again",
        // A hedged commitment: the work aims at the outcome, it does not promise it.
        "[try|work|aim|strive|best|can|everything|possible|help|intend|hope] to [ensure|make sure|guarantee|prevent] \(gap) \(never) (ever) (again) \(comeBack)",
        "[try|work|aim|strive|best|can|everything|possible|help|intend|hope] to [ensure|make sure] \(gap) [doesn't|does not|won't|will not|isn't|is not] (ever) \(recur)|repeat|recur|reoccur (ever) again",
        "[try|work|aim|strive|best|can|everything|possible|help|intend|hope] to prevent|eliminate|stop|block|avoid any|all|every (future|further|similar|such|possible|kind of|type of) ({any}) \(failures)",
        "[not|never] 100% [certain|sure|confident]",
        // A report of what a bug did, and a price.
        "free of charge", "\(absolutely) free from [blame|fault]",
        // Perfection denied ("nothing is perfect").
        "[nothing|nobody|none|no] ({any}) [is|are] (ever) (absolutely|completely|totally) perfect",
        "[will never|won't ever|can never|will not|won't|cannot|can't|can not|never] (ever) be (absolutely|completely|totally|100%) perfect|flawless|foolproof|bulletproof|infallible",
        // A condition a gate requires, not a claim that it holds ("must run error-free for 10 minutes").
        "[must|until|unless|required to|need to|needs to|has to|have to] (be|run|stay|remain|complete|pass|finish) (completely|fully|100%) error-free|risk-free|bug-free|flawless|flawlessly|perfect|perfectly"],
       configuredMessage: "“{phrase}” is on the team's list of over-promising phrases: promise specific changes, not outcomes.")

    static let description = RuleDescription(
        id: "PM105", name: "over-promising",
        summary: "The document promises an outcome no one can guarantee.",
        rationale: """
            "This will never happen again" and "completely fixed" are remembered by customers, and the next \
            incident turns them into broken promises. Readers trust realism: name the changes, how they \
            reduce the risk, and how you will know if they stop working. A negated promise ("we can't \
            promise this will never happen again") and plain facts ("fully resolved at 11:47", "never \
            exceeded the limit") are fine. Claims of an absolute state count too: a universal negative \
            subject that can do no harm ("nothing can get past the new check"), a risk removed, a failure \
            made impossible, qualifiers that allow no exception ("without any errors", "ever again") about \
            what is to come, and certainty about the future ("we are confident backups will restore"); past reports with the same words ("the bug made rollbacks impossible") do not.
            """,
        defaultSeverity: .warning, options: PhraseList.options,
        triggering: [
            RuleExample("## Apology and Commitment\n\nWe're sorry, and we promise ↓this will never happen again.\n"),
            RuleExample("## Resolution\n\nThe issue has been ↓completely fixed.\n"),
            RuleExample("## What We're Changing\n\nWith the new check in place, ↓we guarantee uninterrupted service.\n"),
            RuleExample("## Summary\n\nThe cache layer is now ↓100% reliable.\n"),
            RuleExample("## Resolution\n\nThe root cause is ↓fixed for good and a repeat ↓is now impossible.\n"),
            RuleExample("## What We're Changing\n\nWith the new lock, nothing ↓can take down the scheduler, and the keys make double charges ↓impossible.\n"),
        ],
        nonTriggering: [
            RuleExample("## Summary\n\nThe incident was fully resolved at 11:47am ET.\n"),
            RuleExample("## Impact\n\nThe queue never exceeded the limit of 10,000 messages.\n"),
            RuleExample("## Apology and Commitment\n\nWe can't promise this will never happen again, but the new check makes it far less likely.\n"),
            RuleExample("## Resolution\n\nThe permanent fix shipped on April 18 with a regression test.\n"),
            RuleExample("## Root Cause\n\nThe queue guarantees at-least-once delivery, so the consumer saw duplicates.\n"),
            RuleExample("## Root Cause\n\nThe stale lock made rollbacks impossible, and the retry completed without any errors.\n"),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        let prose = context.prose
        let bytes = context.source.bytes
        let kept = context.hits(of: .overPromising, sections: nil, negatable: false)
            .filter { hit in
                // "never saw it again": a report of what did not happen.
                if prose.text(at: hit.match.tokens.lowerBound) == "never" && Self.isPastAfter(hit.match.tokens.lowerBound, in: prose) { return false }
                // A qualifier is often negated itself ("won't see it ever again"); the others are
                // fine after a negation ("nobody can promise this will never happen again").
                if hit.match.payload < Self.qualified && Self.isNegatedInClause(before: hit.match.tokens.lowerBound, in: prose) { return false }
                return switch hit.match.payload {
                case Self.universal: !hit.match.tokens.contains { Self.pastForms.contains($0, in: prose) }
                    && (Self.isDenied(hit.match, in: prose)
                        ? Self.hasFailureSubject(before: hit.match.tokens.lowerBound, in: prose)
                        : Self.hasUniversalNegativeSubject(before: hit.match.tokens.lowerBound, in: prose))
                case Self.impossible: Self.isMadeImpossible(hit.match.tokens.lowerBound, in: prose)
                case Self.presentOrFuture: !(max(0, hit.match.tokens.lowerBound - 1)..<hit.match.tokens.upperBound).contains {
                    Self.pastForms.contains(prose.text(at: $0))
                }
                case Self.qualified: Self.isAboutTheFuture(hit.match, in: prose)
                case Self.riskField: Self.isRatedNothing(after: hit.match.tokens.upperBound, in: prose)
                case Self.absolute: Self.isGuarantee(hit.match, in: prose) ? !Self.isDeniedRightAfter(hit.match, in: prose)
                    && (Self.isAssuredAbsolute(hit.match, in: prose) || Self.isAbsoluteClaim(hit.match, in: prose) || Self.isCertainOfFuture(hit.match, in: prose))
                    : Self.isAbsoluteClaim(hit.match, in: prose)
                case Self.finality: Self.isFutureWithoutPast(hit.match, in: prose)
                case Self.certainty: Self.isCertainOfFuture(hit.match, in: prose)
                case Self.another: Self.isRepeatDenied(hit.match.tokens.lowerBound, in: prose)
                case Self.deniedOutput: Self.isBadOutputDenied(hit.match, in: prose)
                case Self.absoluteState: Self.isPresentOrFutureState(hit.match, in: prose)
                case Self.recurrenceDenied: Self.isRecurrenceDenied(hit.match, in: prose)
                case Self.assured: Self.isAssuredAbsolute(hit.match, in: prose)
                case Self.catchesAll: Self.isCatchingAll(hit.match, in: prose)
                case Self.lastOfItsKind: !(hit.match.tokens.upperBound..<min(hit.match.tokens.upperBound + 3, prose.tokens.count)).contains {
                    Self.pastForms.contains(prose.text(at: $0)) || ["happened", "occurred", "in", "on"].contains(prose.text(at: $0))
                }
                default: true
                }
            }
            // A question asks, it does not promise ("Will this never happen again?"); read only for
            // a hit that passed, as finding its sentence's end costs a walk.
            .filter { !Self.isQuestion(prose.sentence(containing: $0.match.tokens.lowerBound), in: prose, bytes: bytes) }
            // "The design assumed that the cache would never be empty": a belief reported; "we
            // cannot promise that nothing will break": a promise refused. Read only for a hit
            // that passed, as each walks its sentence.
            .filter { !Self.isReportedBelief(before: $0.match.tokens.lowerBound, in: prose) && !Self.isRefusedPromise(before: $0.match.tokens.lowerBound, in: prose) }
        // An absolute word, a certainty or a denied repeat says again what a phrase of its
        // sentence already said: one finding.
        var claimed = Set(kept.filter { !Self.restatements.contains($0.match.payload) }.map { prose.tokens[$0.match.tokens.lowerBound].sentence })
        return kept.filter { hit in
            !Self.restatements.contains(hit.match.payload) || claimed.insert(prose.tokens[hit.match.tokens.lowerBound].sentence).inserted
        }
        .map { Finding(range: prose.range(of: $0.match), message: $0.message, severity: $0.severity) }
    }

    private static func isGuarantee(_ match: PhraseMatch, in prose: Prose) -> Bool {
        prose.text(at: match.tokens.lowerBound).hasPrefix("guarantee")
    }

    /// Whether the words right after a guarantee deny it ("the language's safety guarantees do
    /// not cover leaks"): the sentence says what is not promised.
    private static func isDeniedRightAfter(_ match: PhraseMatch, in prose: Prose) -> Bool {
        // Two words: "guarantees do not cover", not the clause it guarantees ("guarantees we will never …").
        let end = min(match.tokens.upperBound + 2, prose.sentence(containing: match.tokens.lowerBound).upperBound)
        return (match.tokens.upperBound..<end).contains { index in
            let text = prose.text(at: index)
            return ["not", "never", "cannot"].contains(text) || text.hasSuffix("n't")
        }
    }

    /// The groups whose hit adds nothing where another phrase of its sentence was found.
    private static let restatements: Set<Int> = [absolute, certainty, another, recurrenceDenied, assured, catchesAll]

    /// Whether a word of certainty ("we are confident", "complete certainty", "guarantees")
    /// is about what is to come: in the words after it, up to a new clause, a future (or "can"
    /// over a universal: "can recover from any disaster") and an outcome, a failure or a
    /// success or a universal; not negated ("we can't be sure"), hedged or past, and not the
    /// commitment verb "make sure".
    private static func isCertainOfFuture(_ match: PhraseMatch, in prose: Prose) -> Bool {
        let start = match.tokens.lowerBound
        if prose.isNegated(before: start, window: 4) { return false }
        // "fairly confident", "reasonably sure": a certainty graded down.
        if start > 0, hedges.contains(start - 1, in: prose) { return false }
        if prose.text(at: start) == "sure", start > 0, ["make", "makes", "making", "made"].contains(prose.text(at: start - 1)) { return false }
        let sentence = prose.sentence(containing: start)
        var future = false, can = false, outcome = false, universal = false
        var index = match.tokens.upperBound
        while index < sentence.upperBound && index < match.tokens.upperBound + 16 {
            let text = prose.text(at: index)
            if ["but", "because", "so", "which", "while", "when", "whereas", "although"].contains(text) { break }
            // ", and we will report back": a new subject starts a clause of its own.
            if text == "and", index + 1 < sentence.upperBound, ["we", "i", "they", "you", "our"].contains(prose.text(at: index + 1)) { break }
            if hedges.contains(index, in: prose) || ["whether", "until", "once"].contains(text) || pastForms.contains(index, in: prose) { return false }
            if futureMarkers.contains(index, in: prose) && text != "can" && text != "now" || permanence.contains(index, in: prose) && text != "now" || text.hasSuffix("'ll") || text == "never" { future = true }
            if text == "can" { can = true }
            if ["any", "every", "all", "no", "nothing", "zero", "100%", "always", "ever", "never"].contains(text) { universal = true }
            if isFailureNotion(text) || successNotions.contains(index, in: prose) || recoveries.contains(index, in: prose) || badInputs.contains(text) { outcome = true }
            index += 1
        }
        return (future || can && universal) && (outcome || universal)
    }

    /// Verbs of coming back from a failure: what certainty promises ("our backups will restore").
    private static let recoveries: WordSet = ["restore", "restores", "recover", "recovers", "handle", "handled", "survive", "withstand", "hold", "holds"]

    /// Whether "another" names a repeat the sentence denies ("players will not see another
    /// outage like this", "there won't be another storm"): a negated future in the few words
    /// before, a failure in the few after, no hedge, and no refused promise ("we cannot
    /// promise there will never be another outage").
    private static func isRepeatDenied(_ index: Int, in prose: Prose) -> Bool {
        let sentence = prose.sentence(containing: index)
        var denied = false
        var position = index - 1
        while position >= sentence.lowerBound && position >= index - 4 {
            let text = prose.text(at: position)
            if ["won't", "never", "no"].contains(text) || text == "not" && position > 0 && ["will", "shall", "can"].contains(prose.text(at: position - 1)) { denied = true }
            position -= 1
        }
        guard denied else { return false }
        let failureAfter = (index + 1..<min(index + 4, sentence.upperBound)).contains { isFailureNotion(prose.text(at: $0)) }
        guard failureAfter else { return false }
        for position in sentence {
            if hedges.contains(position, in: prose) || pastForms.contains(position, in: prose) { return false }
            if assurances.contains(position, in: prose) && prose.isNegated(before: position, window: 3) { return false }
        }
        return true
    }

    /// Whether a system denied the power to put something out is denied a bad result: a bad
    /// input or a failure among the three words after the verb ("cannot produce a broken
    /// build"), and no past form or hedge in the clause.
    private static func isBadOutputDenied(_ match: PhraseMatch, in prose: Prose) -> Bool {
        let end = match.tokens.upperBound
        let sentence = prose.sentence(containing: match.tokens.lowerBound)
        guard (end..<min(end + 3, sentence.upperBound)).contains(where: {
            badInputs.contains(prose.text(at: $0)) || isFailureNotion(prose.text(at: $0))
        }) else { return false }
        return !clause(of: match.tokens.lowerBound, in: prose).contains {
            hedges.contains($0, in: prose) || pastForms.contains($0, in: prose)
        }
    }

    /// Whether a negation stands among the five words before `index` with no punctuation
    /// between ("we can't promise this will never …"; not "Don't worry — there's no way …").
    private static func isNegatedInClause(before index: Int, in prose: Prose) -> Bool {
        var position = index
        while position > 0 && index - position < 5 && prose.tokens[position].isJoinedToPrevious {
            position -= 1
            if prose.isNegated(before: position + 1, window: 1) { return true }
        }
        return false
    }

    /// Whether a word of return ("again", "anymore", "in the future") closes a clause that
    /// denies a failure with a future or a modal: a negation that looks forward ("will not",
    /// "cannot", "won't", "never", "no"), a failure or a bad input, and no past form, hedge or
    /// refused promise ("we can't promise it won't happen again" is left to the promise).
    private static func isRecurrenceDenied(_ match: PhraseMatch, in prose: Prose) -> Bool {
        // The clause, up to a dozen words back: the denial stands near what it denies.
        let whole = clause(of: match.tokens.lowerBound, in: prose)
        let clause = max(whole.lowerBound, match.tokens.lowerBound - 12)..<whole.upperBound
        // "We can't promise that nothing like this will happen again": the promise is refused.
        if (prose.sentence(containing: match.tokens.lowerBound).lowerBound..<clause.lowerBound).contains(where: {
            assurances.contains($0, in: prose) && prose.isNegated(before: $0, window: 3)
        }) { return false }
        var denied = false, failure = false
        for index in clause.lowerBound..<match.tokens.upperBound {
            let text = prose.text(at: index)
            // "cannot be overloaded again": a participle after "be" is a passive in its modal's tense.
            let passive = index > 0 && ["be", "been", "being"].contains(prose.text(at: index - 1))
            if (pastForms.contains(index, in: prose) || irregularPasts.contains(index, in: prose)) && !passive || ["didn't", "hadn't", "did"].contains(text) { return false }
            if hedges.contains(index, in: prose) && !isToldToExpect(index, in: prose) { return false }
            if assurances.contains(index, in: prose) && prose.isNegated(before: index, window: 3) { return false }
            // "never fired again": a past after the negation is a report.
            if ["never", "not"].contains(text), index + 1 < prose.tokens.count, prose.text(at: index + 1).hasSuffix("ed") { return false }
            if denials.contains(index, in: prose) && text != "not" || text == "never" || text == "none"
                || text == "not" && index > clause.lowerBound && ["will", "can", "shall"].contains(prose.text(at: index - 1)) { denied = true }
        }
        // A failure is looked for only in a denied clause (the check strips inflections).
        if denied { failure = (clause.lowerBound..<match.tokens.upperBound).contains { isFailureNotion(prose.text(at: $0)) || badInputs.contains(prose.text(at: $0)) } }
        return denied && failure
    }

    /// Whether an assurance covers an absolute: not refused ("we can't promise") or hedged
    /// ("we will try to ensure"), not reported ("the vendor promised"), and in the clause after
    /// it a word that allows no exception in time ("always", "never", "henceforth", "100%"),
    /// or a return ("again", "ever", "anymore") that the clause denies or that a failure names.
    private static func isAssuredAbsolute(_ match: PhraseMatch, in prose: Prose) -> Bool {
        let start = match.tokens.lowerBound
        let verb = prose.text(at: start)
        if verb.hasSuffix("ed") && verb != "guaranteed" || prose.isNegated(before: start, window: 4) { return false }
        let sentence = prose.sentence(containing: start)
        var absolute = false, returns = false, denied = false, failure = false
        var index = match.tokens.upperBound
        while index < sentence.upperBound && index < match.tokens.upperBound + 20 {
            let text = prose.text(at: index)
            if contrasts.contains(index, in: prose) { break }
            if hedges.contains(index, in: prose) || pastForms.contains(index, in: prose) || text == "whether" || text == "until" { return false }
            if timeAbsolutes.contains(index, in: prose) { absolute = true }
            if returnWords.contains(index, in: prose) { returns = true }
            if denials.contains(index, in: prose) || text.hasSuffix("n't") { denied = true }
            index += 1
        }
        // A failure is looked for only where it decides (the check strips inflections).
        if !absolute && returns && !denied {
            failure = (match.tokens.upperBound..<index).contains { isFailureNotion(prose.text(at: $0)) || badInputs.contains(prose.text(at: $0)) }
        }
        guard absolute || returns && (denied || failure) else { return false }
        // "We will try to ensure …": an aim, not an assurance.
        return !(sentence.lowerBound..<start).contains { hedges.contains($0, in: prose) || ["strive", "best", "intend", "want"].contains(prose.text(at: $0)) }
    }

    /// Whether catching every one of a kind is claimed of now or the future: the verb in the
    /// future or after a modal, or in the present tense ("catches every …"), not past
    /// ("caught every …"), not an aim ("to catch all …", "should catch"), and not negated.
    private static func isCatchingAll(_ match: PhraseMatch, in prose: Prose) -> Bool {
        let start = match.tokens.lowerBound
        let verb = prose.text(at: start)
        if verb.hasSuffix("ed") || ["caught", "found", "caught"].contains(verb) || verb.hasSuffix("ing") { return false }
        if isNegatedInClause(before: start, in: prose) { return false }
        let clause = clause(of: start, in: prose)
        if clause.contains(where: { hedges.contains($0, in: prose) || pastForms.contains($0, in: prose) }) { return false }
        let before = (max(clause.lowerBound, start - 3)..<start).map { prose.text(at: $0) }
        if before.last == "to" { return false }
        // "blocks any release whose error rate exceeds 2%": a restrictive modifier or a number
        // bounds the set the check acts on; it describes the check, not a promise.
        let sentence = prose.sentence(containing: start)
        if (match.tokens.upperBound..<min(sentence.upperBound, match.tokens.upperBound + 6)).contains(where: {
            restrictives.contains($0, in: prose) || Deliverables.isQuantity(at: $0, in: prose) && prose.text(at: $0) != "100%"
                || prose.text(at: $0) == "with" && $0 + 1 < sentence.upperBound && prose.text(at: $0 + 1) == "no"
        }) { return false }
        return verb.hasSuffix("s") || before.contains { futureMarkers.contains($0) || $0.hasSuffix("'ll") || $0 == "always" }
    }

    /// Words of an assurance's clause: absolutes of time, returns, denials, contrasts.
    private static let timeAbsolutes: WordSet = ["always", "never", "forever", "henceforth", "permanently", "100%"]
    private static let returnWords: WordSet = ["again", "ever", "anymore", "twice"]
    private static let denials: WordSet = ["not", "no", "nothing", "nobody", "won't", "cannot", "can't"]
    private static let contrasts: WordSet = ["but", "because", "although", "though", "whereas"]

    /// Words that open a restrictive modifier of a noun: "any change that …", "every release
    /// whose …", "any difference above …".
    private static let restrictives: WordSet = [
        "that", "which", "whose", "without", "above", "below", "over", "under", "exceeding", "where", "when", "unless", "if",
        "missing", "lacking", "larger", "smaller", "older", "newer", "more", "less",
    ]

    /// Whether the sentence before `index` reports what someone believed or promised ("the
    /// design assumed that the cache would never be empty"): a report, not a claim.
    private static func isReportedBelief(before index: Int, in prose: Prose) -> Bool {
        (prose.sentence(containing: index).lowerBound..<index).contains { beliefs.contains($0, in: prose) }
    }

    /// Whether a negated assurance stands earlier in the sentence ("we can't promise that …",
    /// "no one can say for sure …"): what follows is what is not promised.
    private static func isRefusedPromise(before index: Int, in prose: Prose) -> Bool {
        (prose.sentence(containing: index).lowerBound..<index).contains { assurances.contains($0, in: prose) && prose.isNegated(before: $0, window: 3) }
    }

    /// Whether an adjective of a thing that cannot fail is said of now or the future: not
    /// negated ("no design is foolproof"), and no past form, verb of belief or hedge in its
    /// clause ("we assumed the script was infallible", "should be nearly airtight").
    private static func isPresentOrFutureState(_ match: PhraseMatch, in prose: Prose) -> Bool {
        !prose.isNegated(before: match.tokens.lowerBound) && !clause(of: match.tokens.lowerBound, in: prose).contains { index in
            let text = prose.text(at: index)
            return pastForms.contains(text) || irregularPasts.contains(text) || beliefs.contains(text) || hedges.contains(text)
        }
    }

    /// Past verbs of believing or seeming: what someone took to be true, not a claim.
    private static let beliefs: WordSet = ["thought", "assumed", "believed", "seemed", "considered", "deemed", "appeared", "looked", "claimed", "proved"]

    /// Whether `text` is a failure notion in any inflection ("affected", "fails", "crashing").
    private static func isFailureNotion(_ text: String) -> Bool {
        if failureNotions.contains(text) { return true }
        for suffix in ["s", "es", "ed", "d", "ing"] where text.count > suffix.count + 2 && text.hasSuffix(suffix) {
            if failureNotions.contains(String(text.dropLast(suffix.count))) { return true }
        }
        return false
    }

    /// Whether the word after `index` is a past form ("never exceeded", "never saw").
    private static func isPastAfter(_ index: Int, in prose: Prose) -> Bool {
        guard index + 1 < prose.tokens.count else { return false }
        let next = prose.text(at: index + 1)
        return next.hasSuffix("ed") || pastForms.contains(next) || irregularPasts.contains(next)
    }

    /// Whether the sentence `range` ends in a question mark.
    private static func isQuestion(_ range: Range<Int>, in prose: Prose, bytes: [UInt8]) -> Bool {
        var offset = prose.tokens[range.upperBound - 1].range.upperBound
        while offset < bytes.count, [UInt8(ascii: ")"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "*"), UInt8(ascii: "_")].contains(bytes[offset]) {
            offset += 1
        }
        return offset < bytes.count && bytes[offset] == UInt8(ascii: "?")
    }

    /// The tokens of the clause `index` stands in: joined words, up to a clause opener.
    private static func clause(of index: Int, in prose: Prose) -> Range<Int> {
        let start = prose.clauseStart(of: index, openers: clauseOpeners)
        var end = index + 1
        while end < prose.tokens.count && prose.tokens[end].isJoinedToPrevious && !clauseOpeners.contains(end, in: prose) { end += 1 }
        return start..<end
    }

    /// Whether an absolute word makes a claim about what is to come: its clause holds a future
    /// or permanence marker (for a guarantee, a total coverage or a denial of every
    /// circumstance, a present state will do) and a failure, and no hedge, negation before the
    /// word or past form.
    private static func isAbsoluteClaim(_ match: PhraseMatch, in prose: Prose) -> Bool {
        let first = prose.text(at: match.tokens.lowerBound)
        // "We can't promise that nothing will break": a negation before the word, up to a
        // comma or a new clause ("No, the cause is gone for good" answers a question).
        var position = match.tokens.lowerBound
        while position > 0 && match.tokens.lowerBound - position < 6 && prose.tokens[position].isJoinedToPrevious {
            position -= 1
            let text = prose.text(at: position)
            if ["and", "but", "because", "so", "which", "while"].contains(text) { break }
            if ["not", "no", "never", "cannot", "without", "nobody", "none"].contains(text) || text.hasSuffix("n't") { return false }
        }
        let strong = !["never", "no", "zero", "none", "nothing", "any", "completely", "fully", "entirely", "totally"].contains(first)
            || (match.tokens.count > 1 && !["any", "no"].contains(first))
        // "every gap", "free of risk", "out of the question": the phrase names the failure itself.
        let namesFailure = ["out", "under"].contains(first)
            || ["every", "all", "any", "no"].contains(first) && coverageNouns.contains(prose.text(at: match.tokens.upperBound - 1))
        // "Backups will always restore successfully", "every alert will reach the right person":
        // a universal of time or of things promises an outcome with a word of success, and a
        // future of its own ("backups always restore in order" states a habit, "we will publish
        // our uptime every month" a schedule).
        let universalOfOutcome = ["always", "every", "each"].contains(first) && match.tokens.count == 1
        // "For good", "once and for all", "forever": the word is its own permanence.
        var marker = ["for", "once", "forever"].contains(first), failure = false
        for index in clause(of: match.tokens.lowerBound, in: prose) {
            let text = prose.text(at: index)
            if pastForms.contains(index, in: prose) || irregularPasts.contains(index, in: prose) { return false }
            if hedges.contains(index, in: prose) && !isToldToExpect(index, in: prose) { return false }
            if universalOfOutcome {
                if futureMarkers.contains(index, in: prose) && !["can", "now", "always"].contains(text) || text.hasSuffix("'ll") { marker = true }
                // "from now on", "from here on".
                if text == "from", index + 2 < prose.tokens.count, ["now", "here"].contains(prose.text(at: index + 1)), prose.text(at: index + 2) == "on" { marker = true }
                if successNotions.contains(index, in: prose) { failure = true }
                // "All certificates will always renew": "always" over a universal subject
                // promises the outcome every time, whatever the verb.
                if first == "always", index < match.tokens.lowerBound, ["all", "every", "each"].contains(text) { failure = true }
                continue
            }
            if permanence.contains(index, in: prose) || text.hasSuffix("'ll") || (strong && presentStates.contains(index, in: prose)) { marker = true }
            // A risk taken away for good: a removal in a perfect or passive ("has been removed",
            // "is gone") or a present verb of removing ("rules out", "eliminates").
            if removals.contains(index, in: prose) && index > 0 && perfects.contains(index - 1, in: prose) || presentRemovals.contains(index, in: prose)
                || text == "rules" && index + 1 < prose.tokens.count && prose.text(at: index + 1) == "out"
                || strong && presentCatches.contains(index, in: prose) { marker = true }
            if isFailureNotion(text) || badInputs.contains(text) || (namesFailure && match.tokens.contains(index)) { failure = true }
        }
        // "The replica will always be in sync", "your payments will always go through": a thing
        // promised to behave every time from now on; not a person's habit ("we will always
        // page"), nor a schedule with its time ("the job will always run at 02:00").
        if universalOfOutcome && first == "always" && marker && !failure {
            let clause = clause(of: match.tokens.lowerBound, in: prose)
            failure = hasThingSubject(before: match.tokens.lowerBound, in: prose)
                && !clause.contains { Deliverables.isQuantity(at: $0, in: prose) }
        }
        return marker && failure
    }

    /// Whether the subject before a future ("X will always …", "it'll always …") is a thing,
    /// not a person, a team or a pronoun for people.
    private static func hasThingSubject(before start: Int, in prose: Prose) -> Bool {
        var index = start - 1
        while index > 0 && ["will", "shall", "now", "also", "then"].contains(prose.text(at: index)) && prose.tokens[index + 1].isJoinedToPrevious { index -= 1 }
        guard index >= 0, index < start - 1 || prose.tokens[start].isJoinedToPrevious else { return false }
        let text = prose.text(at: index)
        if text.hasSuffix("'ll") { return ["it'll", "that'll", "this'll"].contains(text) }
        guard prose.tokens[index].kind == .word, ASCII.isAlphanumeric(prose.rawBytes(at: index).first ?? 0) else { return false }
        return !["we", "i", "you", "they", "he", "she", "us", "who", "customers", "users", "everyone", "someone"].contains(text)
            && !People.roles.contains(text) && !People.groups.contains(text) && !prose.tokens[index].isNameShaped
    }

    /// Words that put a clause in the future or make it hold from now on.
    private static let permanence: WordSet = [
        "will", "shall", "won't", "going", "again", "ever", "future", "onward", "onwards", "forward", "henceforth", "anymore", "longer",
        "now", "forever", "permanently", "always", "remain", "remains", "guarantee", "guarantees", "guaranteed",
    ]

    /// A removal in a perfect or passive, a present verb of removing, and a present verb of
    /// catching: each states what the system is from now on ("has been removed", "eliminates",
    /// "catches 100% of").
    private static let removals: WordSet = ["removed", "eliminated", "eradicated", "gone", "closed"]
    private static let perfects: WordSet = ["has", "have", "been", "is", "are", "we've", "it's", "now"]
    private static let presentRemovals: WordSet = ["eliminates", "removes", "eradicates"]
    private static let presentCatches: WordSet = ["catches", "blocks", "stops", "detects", "rejects", "prevents", "flags", "intercepts"]

    /// Present forms that state what the system is after the fix.
    private static let presentStates: WordSet = ["is", "are", "has", "have", "it's", "we've", "there's"]

    /// Words that bound or soften a claim: it is then no promise.
    private static let hedges: WordSet = [
        "reduce", "reduces", "lower", "lowers", "less", "likely", "unlikely", "rarer", "fewer", "most", "aim", "aims", "goal", "hope",
        "try", "help", "helps", "may", "might", "should", "almost", "nearly", "mostly", "minimize", "minimise", "if", "unless",
        // Verbs of expecting and believing: a forecast, not a promise.
        "expect", "expects", "anticipate", "anticipates", "believe", "believes", "think", "estimate", "estimates", "predict", "predicts",
        // Adverbs that grade a certainty down ("fairly confident").
        "fairly", "reasonably", "relatively", "largely", "quite",
    ]

    /// Past forms of common verbs without the -ed ending.
    private static let irregularPasts: WordSet = ["saw", "found", "knew", "heard", "came", "became", "kept", "left", "felt", "seen"]

    /// What a claim of no failure is about: failures, their absence, their coming back.
    private static let failureNotions: WordSet = [
        "failure", "failures", "fail", "fails", "outage", "outages", "risk", "risks", "downtime", "interruption", "interruptions",
        "uninterrupted", "disruption", "disruptions", "recurrence", "recur", "reoccur", "happen", "repeat", "incident", "incidents",
        "error", "errors", "bug", "bugs", "problem", "problems", "issue", "issues", "gap", "gaps", "corruption", "loss", "break",
        "crash", "down", "available", "availability", "unavailable", "uptime", "cause", "vulnerability", "regression", "regressions",
        "breach", "worry", "wrong", "affect", "interrupt", "disrupt", "lose", "danger",
        // Verbs of a system being run down or harmed.
        "exhaust", "overload", "overflow", "corrupt", "starve", "degrade", "leak", "harm", "overwhelm",
        // Named kinds of failure.
        "disaster", "storm", "abuse", "flaw", "deadlock", "stampede", "spike", "attack", "exposure", "occurrence", "mistake",
        "defect", "delay", "hitch", "glitch", "hiccup", "fault", "flood",
    ]

    /// Whether the hedge at `index` is part of what readers are told to expect ("customers
    /// should expect no interruptions", "you can expect zero downtime"): a promise to them, not
    /// the writer's forecast ("we expect a disk failure to no longer cause an outage").
    private static func isToldToExpect(_ index: Int, in prose: Prose) -> Bool {
        let text = prose.text(at: index)
        if text == "should" { return index + 1 < prose.tokens.count && prose.text(at: index + 1) == "expect" }
        return text.hasPrefix("expect") && index > 0 && ["should", "can", "will", "could"].contains(prose.text(at: index - 1))
    }

    /// Words of an outcome that is right every time: what a universal promises of the future.
    private static let successNotions: WordSet = [
        "successfully", "correctly", "right", "reliably", "flawlessly", "perfectly", "accurately", "seamlessly", "cleanly", "safely",
        "smoothly", "uninterrupted", "succeed", "succeeds", "successful", "intact",
    ]

    /// Forms that put a claim in the past: a report, not a promise.
    private static let pastForms: WordSet = [
        "was", "were", "wasn't", "weren't", "could", "couldn't", "would", "wouldn't", "made", "had", "did", "rendered",
        "failed", "broke", "crashed", "overflowed", "corrupted", "ran", "went", "lost", "overloaded", "exhausted", "filled", "took",
        "brought", "slipped", "got", "sneaked", "snuck",
    ]

    /// Words that put a sentence in the future for a qualifier ("without any errors"): the
    /// future, a modal of what will be possible, or an assurance.
    private static let futureMarkers: WordSet = [
        "will", "shall", "won't", "can", "can't", "cannot", "now", "always", "forward", "onwards", "henceforth", "promise", "guarantee",
    ]

    /// Whether a universal negative ("nothing", "no bad schema change", "nobody") opens the
    /// clause within four words before `index`; a past form or a clause opener ends the search.
    private static func hasUniversalNegativeSubject(before index: Int, in prose: Prose) -> Bool {
        var position = index
        while position > 0 && index - position < 4 && prose.tokens[position].isJoinedToPrevious {
            position -= 1
            let text = prose.text(at: position)
            if universalNegatives.contains(position, in: prose) { return true }
            // "Not a single bad migration", "not one change".
            if ["single", "one"].contains(text), position > 0, prose.text(at: position - 1) == "not"
                || position > 1 && prose.text(at: position - 1) == "a" && prose.text(at: position - 2) == "not" { return true }
            if pastForms.contains(position, in: prose) || clauseOpeners.contains(position, in: prose) { return false }
        }
        return false
    }

    /// Whether the match denies with its modal ("cannot", "will never", "can no longer").
    private static func isDenied(_ match: PhraseMatch, in prose: Prose) -> Bool {
        match.tokens.contains { ["cannot", "can't", "won't", "not", "no", "never"].contains(prose.text(at: $0)) }
    }

    /// Whether a failure or a bad input ("regressions of this kind", "a bad config") is the
    /// subject within six words before `index`; a past form or a clause opener ends the search.
    private static func hasFailureSubject(before index: Int, in prose: Prose) -> Bool {
        var position = index
        while position > 0 && index - position < 6 && prose.tokens[position].isJoinedToPrevious {
            position -= 1
            let text = prose.text(at: position)
            if failureNouns.contains(text) || badInputs.contains(text) { return true }
            if pastForms.contains(position, in: prose) || clauseOpeners.contains(position, in: prose) { return false }
        }
        return false
    }

    /// Whether the sentence of `match` speaks of the future ("will", "'ll", "shall") and holds
    /// no past form: "the last time it will …", not "the last time this happened was 2021".
    private static func isFutureWithoutPast(_ match: PhraseMatch, in prose: Prose) -> Bool {
        if prose.isNegated(before: match.tokens.lowerBound) { return false }
        var future = false
        for index in prose.sentence(containing: match.tokens.lowerBound) {
            let text = prose.text(at: index)
            if pastForms.contains(index, in: prose) || irregularPasts.contains(index, in: prose) || text.count > 4 && text.hasSuffix("ed") && !text.hasSuffix("eed") { return false }
            if ["will", "shall", "won't"].contains(text) || text.hasSuffix("'ll") { future = true }
        }
        return future
    }

    /// Whether "impossible" at `index` is the result of a present verb of making a few words
    /// before it in its clause ("makes data loss impossible"), and not of a past one ("the
    /// bug made rollbacks impossible") or of the bug itself ("makes it impossible to deploy").
    private static func isMadeImpossible(_ index: Int, in prose: Prose) -> Bool {
        // "makes it impossible for a bad config to reach production", "… for one tenant to
        // exhaust the pool": the bad thing or the harm is kept out; the words run up to the verb
        // after "to" (at most four words between).
        var keepsOut = false
        if index + 1 < prose.tokens.count && prose.text(at: index + 1) == "for" {
            var position = index + 2
            while position < min(index + 8, prose.tokens.count) && prose.tokens[position].isJoinedToPrevious {
                let text = prose.text(at: position)
                if badInputs.contains(text) || failureNotions.contains(position, in: prose) { keepsOut = true; break }
                if position > index + 2 && prose.text(at: position - 1) == "to" { break }
                position += 1
            }
        }
        guard index > 0, prose.tokens[index].isJoinedToPrevious else {
            return false
        }
        let before = prose.text(at: index - 1)
        // "Recurrence impossible", "a repeat is now impossible": impossibility said of a failure.
        if isFailureNotion(before) || ["now", "is", "be"].contains(before) && index > 1 && isFailureNotion(prose.text(at: index - 2)) {
            let clause = clause(of: index, in: prose)
            return !prose.isNegated(before: index - 1) && !(clause.lowerBound..<index).contains { pastForms.contains($0, in: prose) }
        }
        // "The login nodes are impossible to overload": impossibility of a harm, said of now.
        if index + 2 < prose.tokens.count, prose.text(at: index + 1) == "to", isFailureNotion(prose.text(at: index + 2)) || badInputs.contains(prose.text(at: index + 2)),
           ["is", "are", "be", "now"].contains(before) {
            return !prose.isNegated(before: index - 1) && !(clause(of: index, in: prose).lowerBound..<index).contains { pastForms.contains($0, in: prose) }
        }
        // "The new safeguards make that impossible", "we have made it impossible for …": a
        // present or perfect verb of making whose subject is not a failure.
        if ["it", "this", "that"].contains(before), index > 1, isMakingNow(at: index - 2, in: prose) { return true }
        guard keepsOut || !["it", "this", "that"].contains(before) else { return false }
        // "It is impossible for a bad config to reach production", "it will be impossible for
        // …": with the harm kept out, a present or future "it is" states it as well as "makes".
        if keepsOut, ["is", "be", "it's"].contains(before) || before == "now" && index > 1 && prose.text(at: index - 2) == "is" {
            var subject = index - 1
            while subject > 0 && index - subject < 4 && prose.text(at: subject) != "it" && prose.text(at: subject) != "it's" { subject -= 1 }
            if ["it", "it's"].contains(prose.text(at: subject)) { return !prose.isNegated(before: subject) && !(subject..<index).contains { pastForms.contains($0, in: prose) } }
        }
        // The verb of making up to eight words back in the clause ("makes abuse of the public API impossible").
        var position = index
        while position > 0 && index - position < 8 && prose.tokens[position].isJoinedToPrevious {
            position -= 1
            let text = prose.text(at: position)
            if ["make", "makes", "render", "renders"].contains(text) { return !prose.isNegated(before: position) }
            if clauseOpeners.contains(position, in: prose) || pastForms.contains(position, in: prose) { return false }
        }
        return false
    }

    /// Whether the verb at `index` makes something now ("makes", "make" after a plural
    /// subject, "have made"), its subject naming no failure ("the bug makes it impossible to
    /// deploy" is a report of the cause) and not negated.
    private static func isMakingNow(at index: Int, in prose: Prose) -> Bool {
        let verb = prose.text(at: index)
        let perfect = verb == "made" && index > 0 && ["have", "has", "we've", "i've"].contains(prose.text(at: index - 1))
        guard ["make", "makes", "render", "renders"].contains(verb) || perfect, !isNegatedInClause(before: index, in: prose) else { return false }
        let subject = clause(of: index, in: prose).lowerBound..<index
        if subject.contains(where: { isFailureNotion(prose.text(at: $0)) || badInputs.contains(prose.text(at: $0)) || prose.text(at: $0) == "bug" }) { return false }
        // The subject is a change: "the new rule", "these safeguards", or people who made it so.
        return perfect || subject.contains { changes.contains($0, in: prose) || ConcreteTerms.words.contains($0, in: prose) }
    }

    /// Words of a change made after an incident, as the subject of what it makes impossible.
    private static let changes: WordSet = ["new", "fix", "fixes", "change", "changes", "safeguard", "safeguards", "guard", "guards", "rule", "rules", "lock", "locks", "now"]

    /// Whether the value after a risk label (`:`, "is", "now" may stand between) says there
    /// is none.
    private static func isRatedNothing(after end: Int, in prose: Prose) -> Bool {
        var index = end
        while index < prose.tokens.count && index < end + 4 && prose.tokens[index].sentence == prose.tokens[end - 1].sentence {
            let text = prose.text(at: index)
            if nothingValues.contains(index, in: prose) { return true }
            guard ["is", "are", "now", "effectively", "basically", "essentially", "practically", "has", "been", "at"].contains(text) else { return false }
            index += 1
        }
        return false
    }

    private static let coverageNouns = Set(coverage.split(separator: "|").map(String.init))
    private static let failureNouns = Set(failures.split(separator: "|").map(String.init))
    private static let badInputs = Set(badInput.split(separator: "|").map(String.init))

    private static let nothingValues: WordSet = ["none", "zero", "nil", "eliminated", "0", "0%", "impossible", "removed", "gone", "nonexistent", "non-existent", "null"]

    private static let universalNegatives: WordSet = ["no", "nothing", "nobody", "none", "neither"]
    private static let clauseOpeners: WordSet = ["and", "but", "because", "so", "which", "that", "while", "if", "when", "unless"]

    private static let assurances: WordSet = ["promise", "guarantee", "say", "claim", "sure", "certain", "rule"]

    /// Whether the words of the sentence up to the end of `match` put it in the future ("all
    /// payments will be processed without any errors"), and none puts it in the past ("the
    /// retry completed without any errors").
    private static func isAboutTheFuture(_ match: PhraseMatch, in prose: Prose) -> Bool {
        let sentence = prose.sentence(containing: match.tokens.lowerBound)
        var future = false
        for index in sentence.lowerBound..<match.tokens.upperBound {
            let text = prose.text(at: index)
            // "cannot be overloaded ever again": a participle after "be" is a passive, in the
            // tense of its modal.
            if pastForms.contains(index, in: prose) && !(index > 0 && ["be", "been", "being"].contains(prose.text(at: index - 1))) { return false }
            // "We can't promise it won't happen ever again": the promise is refused.
            if assurances.contains(index, in: prose) && prose.isNegated(before: index, window: 3) { return false }
            // "refuses to run until a dry run has completed without errors", "so that players can
            // play without interruption": a condition or an aim, not a promise.
            if ["unless", "until", "if", "once"].contains(text) || text == "so" && index + 1 < match.tokens.upperBound && prose.text(at: index + 1) == "that" { return false }
            if futureMarkers.contains(index, in: prose) || text.hasSuffix("'ll") { future = true }
        }
        return future
    }
}
