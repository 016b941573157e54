/// The classes of vague prevention, as phrase groups in this order (a hit's payload is its
/// class), and what takes each one out of vagueness. Shared by vague-prevention, which reads
/// them wherever prevention is written, and vague-action-item, which reads the effort,
/// awareness and outcome classes in items.
enum PreventionClass: Int, CaseIterable {
    /// Improving a thing with no measure: "improve our monitoring", "better testing", "make
    /// the consumers more stable", "harden the system".
    case improvement
    /// Asking people to try harder: "be more careful", "pay closer attention", "remain calm".
    case effort
    /// Reminders and awareness: "remind the team", "raise awareness", "know all your
    /// certificates".
    case awareness
    /// Open-ended exploration promised as prevention: "we will look into", "revisit how we …",
    /// "we have begun a review of …".
    case exploration
    /// An outcome promised without a means: "ensure this doesn't happen again", "take the
    /// necessary steps".
    case outcome

    init?(_ hit: PhraseHit) { self.init(rawValue: hit.match.payload) }

    /// Qualities "more" or a comparative can promise without measuring them.
    static let qualities = "thorough|rigorous|robust|resilient|reliable|stable|comprehensive|proactive|consistent|effective|structured|formal|disciplined|mature|secure|predictable|careful|transparent|timely|frequent|regular|responsive|efficient|scalable|available|prepared|organised|organized|strict|cautious"
    /// Practices "more", "better" or "additional" can name without a measure.
    static let practices = "testing|monitoring|alerting|oversight|rigor|rigour|diligence|training|communication|documentation|review|reviews|coordination|visibility|observability|safeguards|controls|guardrails|processes|procedures|practices|tooling|automation|redundancy|coverage|collaboration|ownership|discipline|scrutiny|validation|measures|precautions|steps|checks|investment|resourcing"
    /// Comparatives that "make X …" promises without a measure ("make the pipeline more reliable").
    static let comparatives: WordSet = [
        "more", "less", "better", "faster", "safer", "quicker", "stronger", "easier", "simpler", "clearer", "tighter", "smoother",
        "cleaner", "sturdier", "healthier", "quieter", "sooner", "earlier", "leaner", "sharper", "smarter", "stricter", "tougher",
        "wiser", "saner", "tidier", "friendlier", "louder", "firmer", "sounder", "tighter",
    ]
    /// What a comparative may be about without promising an improvement ("make a repeat much
    /// less likely" is a hedged estimate, not a vague promise).
    static let estimates: WordSet = ["likely", "unlikely", "probable", "often", "frequent", "expensive", "costly", "than"]

    /// Whether `text` is a verb of telling people what matters other than "remind" ("stress",
    /// "underline", "warn"): it is about awareness only when told to staff or about a need.
    static func isTellingVerb(_ text: String) -> Bool {
        !text.hasPrefix("remind") && tellingStems.contains { text.hasPrefix($0) }
    }

    private static let tellingStems = ["emphasi", "stress", "underline", "underscor", "reiterat", "admonish", "exhort"]

    /// Whether the few words after a verb of telling at `anchor` name staff ("stress to their
    /// teams", "warn everyone") or a need ("underline the need to …"): what is told is told to
    /// people, not done to a system ("stress the cluster", "warn on disk usage").
    static func isToldToStaff(after anchor: Int, in sentence: Range<Int>, prose: Prose) -> Bool {
        (anchor + 1..<min(sentence.upperBound, anchor + 5)).contains { index in
            let text = prose.text(at: index)
            return prose.tokens[index].kind == .word && (recipients.contains(index, in: prose) || People.roles.contains(text)
                || People.groups.contains(text) && !["vendor", "vendors", "i", "they"].contains(text))
        }
    }

    /// Staff addressed as a whole, and what telling can be about.
    private static let recipients: WordSet = ["everyone", "everybody", "all", "need", "needs", "importance", "necessity", "value"]

    /// Whether the subject before `start` (past modals and adverbs) is a mechanism ("the
    /// deploy tool will remind the operator", "a bot reminds"): the reminder is automated.
    static func hasMechanismSubject(before start: Int, in sentence: Range<Int>, prose: Prose) -> Bool {
        var index = start - 1
        while index > sentence.lowerBound && subjectHelpers.contains(index, in: prose) { index -= 1 }
        guard index >= sentence.lowerBound, index < start - 1 || prose.tokens[start].isJoinedToPrevious else { return false }
        return mechanisms.contains(index, in: prose) || ConcreteTerms.words.contains(index, in: prose)
    }

    private static let subjectHelpers: WordSet = ["will", "would", "shall", "can", "also", "now", "then", "automatically", "always"]

    /// Things that can remind or warn people on their own.
    private static let mechanisms: WordSet = ["tool", "bot", "job", "hook", "prompt", "banner", "system", "cli", "workflow", "automation", "template", "integration", "linter"]

    static let phrases: [[String]] = [
        // improvement
        // Verbs of improving, strengthening and refining, seeded from WordNet 3.0 (the troponyms
        // of "improve", "strengthen", "enhance", "refine") and reviewed by hand: "upgrade",
        // "amend", "perfect", "develop" and "stabilise" are left out (a version bump, an edit, an
        // adjective, a recovery in incident prose).
        ["improve|enhance|strengthen|harden|bolster|refine|optimise|optimize|streamline|revamp|overhaul|rework|rethink|modernise|modernize|sharpen|hone|polish|fortify|tweak|reinforce|toughen|augment|deepen|broaden|revise|ameliorate|solidify|fine-tune",
         // Phrasal verbs of improving: "speed up the restore", "tidy up the routing", "smooth out the handoff".
         "speed|clean|tidy|smarten|spruce up", "smooth|iron out",
         "tighten (up)", "beef up", "step up", "shore up", "level up", "invest (more|further|heavily|significantly|substantially) in", "invest more|further|heavily", "[get|do] better", "raise the bar",
         "build|foster|create|promote|cultivate|establish (a) stronger|better|healthier culture",
         "make", "better", "stronger|improved|enhanced|tighter|greater|broader|deeper|clearer|closer|smoother \(practices)", "up|raise|lift (our|their|the) game",
         "work on (the|our|its|their) reliability|resilience|robustness|stability|quality|performance",
         "more|additional|further|extra \(practices)", "more \(qualities)",
         "upgrade|uplift|mature|evolve|uplevel (our|the|its|their) (\(practices)) \(practices)",
         "more thoroughly|rigorously|proactively|consistently|effectively|efficiently|reliably|robustly", "increase|boost|expand|improve (the|our) (test|code) coverage",
         "increase|boost|expand|raise|lift (the|our) reliability|resilience|robustness|stability|quality|visibility|observability",
         "improvement|improvements to|in|of", "\(practices) improvement|improvements",
         // A quality promised as a predicate: "communication must be clearer".
         "be|become|get|grow clearer|stronger|tighter|smoother|safer|smarter|stricter|sturdier|sharper|better|wiser|quicker|faster",
         // Finding or answering sooner, with no means: "try to catch these problems earlier".
         "earlier|sooner"],
        // effort
        // Adjectives of care and attention, seeded from WordNet 3.0 (the similar-to sets of
        // "careful", "attentive", "vigilant", "cautious") and reviewed by hand: "alert" is left
        // to its own entry ("be alerted" is a page), "focused" and "guarded" misfire.
        ["[be|remain|stay|become|get|keep] (a bit|a little|a lot|slightly|somewhat) (more|extra|very|especially|really|even|much|far|super|increasingly|ever) careful|cautious|vigilant|diligent|attentive|mindful|calm|thorough|conscious|watchful|disciplined|deliberate|rigorous|thoughtful|conscientious|prudent|intentional|heedful|wary|meticulous|painstaking|scrupulous|observant|circumspect|cognizant|cognisant",
         "more|extra vigilant|careful|diligent|cautious|attentive|mindful|thoughtful|aware|conscious|deliberate|conscientious|prudent|familiar|heedful|wary|meticulous|observant|circumspect",
         "more|extra carefully|closely|attentively|cautiously|thoughtfully|diligently|deliberately|mindfully|vigilantly|clearly|seriously",
         // Care asked of a task in an instruction ("read the plan slowly and completely").
         "carefully|slowly|cautiously|attentively|mindfully",
         "pay|give|put|place|devote|direct|dedicate|shift|bring|apply (our|the|their) more|closer|extra|greater|additional|increased|special|better|much|renewed|particular|heightened|sharper attention|focus|emphasis|scrutiny|thought",
         "increase|sharpen|heighten|renew|redouble|strengthen (our|the|their) focus|attention|emphasis|vigilance|scrutiny",
         "spend|dedicate|allocate|devote|invest|take more|extra|additional|some time|effort", "double-check|triple-check", "double|triple check", "[remain|stay] (more|extra|very) alert", "take (more|extra|great|greater|additional|special) care",
         "exercise|use (more|extra|greater|additional|great) care|caution", "pay [more|closer|extra|careful|greater|better|special] attention",
         "think twice", "[try|work|think] harder", "double down (on)", "redouble (our) efforts", "take this seriously", "cut corners",
         "[not|don't|never] (to) rush", "avoid rushing", "sacrifice|compromise quality|safety|oversight|reliability|correctness",
         "communicate more|better|earlier|clearly", "assume less", "[be|are|is] encouraged to", "be on the lookout",
         "keep a|an (close|closer|careful|watchful|sharp|vigilant) eye|watch (on)", "focus more|harder on",
         // Care as a noun, promised after it: "greater care will be taken", "more vigilance is needed".
         "more|extra|greater|additional|closer|increased|heightened|renewed|special|particular care|caution|vigilance|diligence|scrutiny|discipline|attention", "take (more|extra|the) time to", "slow down", "be stricter"],
        // awareness
        // Verbs of telling people what matters, seeded from WordNet 3.0 ("remind", "stress",
        // "emphasize", "underscore"; "warn" and "caution" are left out, as "warning" and
        // "caution" name alerts and care); all but "remind" count only when told to staff or
        // about a need (`isToldToStaff`).
        ["remind", "reminder", "emphasise|emphasize|stress|underline|underscore|reiterate|admonish|exhort", "raise|increase|build|spread|improve|create|promote awareness", "awareness", "in mind", "spread|share (the) knowledge|learnings|lessons",
         "educate|sensibilise|sensibilize|sensitise|sensitize", "make (everyone|people|the team|teams|engineers|staff|operators|developers) aware", "know all|how|your|our|where|which|when|about",
         "keep|bear (this|that|it|these|those) in mind", "awareness session|sessions|training|trainings|campaign|workshop|course|talk|email|newsletter", "[be|become] aware", "refresher", "importance of", "reread|re-read", "familiarise|familiarize", "brush|read up on",
         "refresh (their|our|your|everyone's) knowledge|memory|understanding",
         "encourage|urge (the|all|our) everyone|people|engineers|staff|team|teams|developers|operators|responders|on-call|oncall|colleagues|employees to", "(please) remember to|that",
         "refresh|retrain|coach (the|our|all) everyone|everybody|people|staff|engineers|team|teams|developers|devs|operators|responders on", "(please) [don't|do not|never] forget to"],
        // exploration
        // Verbs of exploring, assessing and deliberating, seeded from WordNet 3.0 (the synsets
        // of "investigate", "examine", "consider", "deliberate", "assess", "review") and
        // reviewed by hand: "survey" (a form sent to customers), "probe" (a health check) and
        // "test" are left out, and
        // "deliberate" needs its preposition (the adjective is a request for care).
        ["investigate|explore|evaluate|research|review|revisit|reassess|re-evaluate|reconsider|consider|study|examine|assess|analyse|analyze|audit|discuss|brainstorm|re-examine|reexamine|debate|contemplate|ponder|appraise|scrutinise|scrutinize",
         "reflect on", "deliberate on|over|about", "reevaluate", "dig deeper|further into", "find ways|options", "have a think", "weigh (up)", "mull (over)", "go over", "think through", "inquire|enquire into|about", "look back on|at", "look into|at|for", "take|have a|another (hard|closer|close|good|long|fresh|careful|serious|deeper|second|quick) look", "think about", "figure out", "dig into", "investigation|assessment|evaluation|analysis|exploration"],
        // outcome
        ["ensure (that) this|it [doesn't|does not|won't|will not|never|cannot|can't] happen|recur|occur (again)",
         "[make sure|ensure] (that) [this|it|this issue|this incident|nothing like this] [doesn't|does not|won't|will not|never|cannot|can't] happen|recur|occur (again)",
         "prevent (this|it|a) [from happening|recurrence|happening again|recurring]", "prevent similar|future|such incidents|issues|outages",
         "learn from this (incident|outage)", "take (appropriate|necessary|additional|further) steps|measures|action", "appropriate|necessary steps|measures", "continue to monitor",
         "keep learning"],
    ]
}
