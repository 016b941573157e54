/// What makes a prevention statement or an action item checkable once it is done: a measure
/// (a number, a code identifier, an `@owner`, a date, a frequency), a mechanism that will
/// exist afterwards (an alert, a test, a limit, a runbook), a method ("by adding …"), or a
/// clause that delivers one after an open-ended verb ("… and add an alert when …", "… so
/// that the proxy retries once"). Shared by vague-prevention and vague-action-item.
enum Deliverables {
    /// A word or token that measures: anything `ConcreteTerms` accepts, or a frequency or
    /// count written in words ("twice", "weekly", "per request").
    static func isMeasure(at index: Int, in prose: Prose) -> Bool {
        ConcreteTerms.isConcrete(at: index, in: prose) || prose.tokens[index].kind == .word && measureWords.contains(index, in: prose)
    }

    /// A number, a code span or an identifier: a measure that no word of the object being
    /// improved can be ("improve test coverage" names a test, not a target).
    static func isQuantity(at index: Int, in prose: Prose) -> Bool {
        if prose.tokens[index].kind == .code { return true }
        let text = prose.text(at: index)
        return ConcreteTerms.isIdentifierOrNumber(text) || measureWords.contains(index, in: prose)
    }

    /// "by adding", "by requiring": the sentence says how.
    static func statesMethod(at index: Int, in prose: Prose) -> Bool {
        let tokens = prose.tokens
        return prose.text(at: index) == "by" && index + 1 < tokens.count && tokens[index + 1].isJoinedToPrevious
            && tokens[index + 1].sentence == tokens[index].sentence && prose.text(at: index + 1).hasSuffix("ing")
    }

    /// Where the object of the verb that ends before `start` ends: at punctuation or at a word
    /// that opens a new clause or adjunct ("improve alerting | by adding …", "harden the
    /// hosts | so that …"). Mechanism words inside the object are what is to be improved, not
    /// a mechanism that will exist.
    static func objectEnd(from start: Int, before end: Int, in prose: Prose) -> Int {
        var index = start
        while index < end {
            if !prose.tokens[index].isJoinedToPrevious { return index }
            if clauseWords.contains(index, in: prose) { return index }
            index += 1
        }
        return end
    }

    /// Whether `range` names a mechanism or a measure after the object of an improving verb
    /// (`objectStart`): a number or identifier anywhere, a method, or a mechanism word once
    /// the object has ended.
    static func improvementIsSpecific(object objectStart: Int, in range: Range<Int>, prose: Prose, skipping skipped: Range<Int>) -> Bool {
        let objectEnd = objectEnd(from: objectStart, before: range.upperBound, in: prose)
        return range.contains { index in
            guard !skipped.contains(index) else { return false }
            // "the nightly settlement job": a frequency after a determiner in the object names the thing, not a target.
            if (objectStart..<objectEnd).contains(index), index > objectStart, frequencies.contains(prose.text(at: index)),
               objectDeterminers.contains(prose.text(at: index - 1)) { return false }
            if isQuantity(at: index, in: prose) || statesMethod(at: index, in: prose) { return true }
            if index >= objectEnd && means.contains(prose.text(at: index)) {
                let adjunct = (index + 1)..<min(range.upperBound, index + 5)
                if adjunct.contains(where: { isMeasure(at: $0, in: prose) || contentUnits.contains(prose.text(at: $0)) }) { return true }
            }
            return !(objectStart..<objectEnd).contains(index) && isMeasure(at: index, in: prose)
        } || hasDeliveringClause(after: objectStart, before: range.upperBound, in: prose)
    }

    /// Whether an adjunct after `start` names the means of an open-ended verb as a measured
    /// mechanism ("monitor disk usage with an alert at 80%"); a mechanism alone is still
    /// what is to be explored ("solutions … via metrics").
    static func hasMeasuredMeans(after start: Int, before end: Int, in prose: Prose) -> Bool {
        (start..<end).contains { index in
            guard means.contains(index, in: prose) else { return false }
            let adjunct = (index + 1)..<end
            return adjunct.contains { ConcreteTerms.isConcrete(at: $0, in: prose) && !isQuantity(at: $0, in: prose) }
                && adjunct.contains { isQuantity(at: $0, in: prose) }
        }
    }

    /// Whether a method after `start` builds or measures something ("explore blue/green
    /// deploys by prototyping them … and measuring rollback time"): its result bounds the work.
    static func hasMakingMethod(after start: Int, before end: Int, in prose: Prose) -> Bool {
        (start..<end).contains { index in
            guard statesMethod(at: index, in: prose) else { return false }
            let stem = String(prose.text(at: index + 1).dropLast(3))
            return makingVerbs.contains(stem) || makingVerbs.contains(stem + "e") || methodVerbs.contains(stem) || methodVerbs.contains(stem + "e")
        }
    }

    /// Verbs of a method whose result is a thing or a number: a prototype, a benchmark.
    private static let methodVerbs: WordSet = ["prototype", "measure", "benchmark", "load-test", "pilot"]

    /// Words that open the means of an improvement: "with the exact commands", "using a canary".
    private static let means: WordSet = ["with", "using", "via", "through"]

    /// What an improved document or checklist gains, named as content: "with the exact
    /// commands", "with a question on reversibility".
    private static let contentUnits: WordSet = [
        "step", "steps", "section", "sections", "question", "questions", "command", "commands", "example", "examples", "diagram",
        "diagrams", "screenshot", "screenshots", "exact", "explicit",
    ]

    /// Whether a clause after `start` (and before `end`) delivers something of its own: a
    /// making verb joined by "and", "then" or punctuation whose object is not generic ("and
    /// publish the schedule"), or a "so that" clause naming a mechanism or measure. A gerund
    /// ("consider using X and banning Y") stays inside the open-ended verb's scope.
    static func hasDeliveringClause(after start: Int, before end: Int, in prose: Prose) -> Bool {
        var index = start
        while index < end {
            let text = prose.text(at: index)
            // "… so that the proxy retries once", "… and ensure the group is limited to …".
            if endStates.contains(index, in: prose), index + 1 < end {
                let clause = (index + 1)..<end
                if clause.contains(where: { isMeasure(at: $0, in: prose) }) { return true }
            }
            // "ways to reduce …", "how to reduce …": the aim of what is explored, not a delivery.
            let isAim = text == "to" && index > 0 && possibilities.contains(index - 1, in: prose)
            let opensClause = !isAim && (joiners.contains(index, in: prose) || !prose.tokens[index].isJoinedToPrevious && index > start)
            if opensClause, let verb = nextVerb(after: index, joined: joiners.contains(index, in: prose), before: end, in: prose),
               makingVerbs.contains(verb, in: prose),
               (verb + 1..<end).contains(where: { !genericObjects.contains($0, in: prose) && prose.tokens[$0].kind == .word || prose.tokens[$0].kind == .code }),
               !scalarVerbs.contains(verb, in: prose) || (verb + 1..<end).contains(where: { isQuantity(at: $0, in: prose) }) {
                return true
            }
            index += 1
        }
        return false
    }

    /// The verb a clause opened at `index` starts with: the word after a joining word
    /// ("and then add"), or the word at a break itself.
    private static func nextVerb(after index: Int, joined: Bool, before end: Int, in prose: Prose) -> Int? {
        var verb = joined ? index + 1 : index
        while verb < end && joiners.contains(verb, in: prose) { verb += 1 }
        return verb < end ? verb : nil
    }

    /// Nouns for what might be done: a "to" clause after one names the aim of the search
    /// ("options to reduce the risk"), not something delivered.
    static let possibilities: WordSet = [
        "how", "way", "ways", "option", "options", "idea", "ideas", "approach", "approaches", "means", "possibility", "possibilities",
        "alternative", "alternatives", "opportunity", "opportunities", "strategy", "strategies", "solution", "solutions", "whether",
    ]

    /// Making verbs that change an amount: they deliver only with the amount ("and reduce the
    /// batch size to 500", not "and reduce toil").
    private static let scalarVerbs: WordSet = [
        "reduce", "reduces", "reduced", "reducing", "increase", "increases", "increased", "increasing", "lower", "lowers", "lowered",
        "lowering", "raise", "raises", "raised", "raising",
    ]

    /// Words after which a clause states the end state ("so that", "ensure", "make sure");
    /// it delivers when it measures it.
    private static let endStates: WordSet = ["so", "ensure", "ensuring", "sure"]

    private static let joiners: WordSet = ["and", "then", "also", "to"]

    /// Verbs whose result exists once the work is done: what an open-ended item needs after
    /// its exploration to be closable ("… and add an alert", "… then publish the schedule").
    static let makingVerbs: WordSet = [
        "add", "create", "write", "publish", "record", "ship", "deliver", "implement", "build", "set", "deploy", "enable",
        "disable", "configure", "produce", "file", "open", "update", "remove", "replace", "migrate", "automate", "alert", "page",
        "roll", "document", "draft", "submit", "merge", "land", "release", "patch", "upgrade", "introduce", "define", "block",
        "require", "enforce", "cap", "limit", "raise", "lower", "delete", "rotate", "revoke", "backfill", "pin", "install",
        "schedule", "run", "fix", "move", "switch", "turn", "attach", "link", "post", "send", "decide", "choose", "pick", "adopt",
        "restrict", "reduce", "increase", "report", "present", "tune", "tighten", "adjust", "change", "split", "retire",
        "rehearse", "drill", "practise", "practice", "email", "notify", "contact", "inform", "refund", "credit", "reimburse", "restore", "reconcile",
    ]

    /// Objects that name no result: "and implement a solution". A pronoun names what the
    /// item already named ("… and adopt it").
    static let genericObjects: WordSet = [
        "a", "an", "the", "any", "some", "solution", "solutions", "fix", "fixes",
        "improvement", "improvements", "change", "changes", "something", "things", "appropriate", "necessary", "needed", "as",
        "accordingly", "up", "out", "on", "if", "where", "possible", "relevant", "further", "more", "steps", "action", "actions",
        "doesn't", "does", "not", "won't", "never", "happen", "happens", "occur", "occurs", "recur", "recurs", "again", "is", "are",
        "be", "nothing", "like", "issue", "issues", "problem", "problems", "incident", "incidents", "we", "our",
    ]

    /// Words that end the object of a verb and open an adjunct or a clause. Prepositions do
    /// not: "a culture of ownership around alerts" is still the thing to be improved.
    private static let clauseWords: WordSet = [
        "by", "so", "and", "or", "to", "with", "using", "via", "through", "that", "which", "where", "when", "before", "after", "until",
        "because", "while",
    ]

    private static let frequencies: WordSet = ["hourly", "daily", "weekly", "monthly", "quarterly", "yearly", "nightly"]
    private static let objectDeterminers: WordSet = ["the", "our", "a", "an", "its", "their", "this", "that"]

    /// Counts and frequencies written as words.
    private static let measureWords: WordSet = [
        "once", "twice", "hourly", "daily", "weekly", "monthly", "quarterly", "yearly", "annually", "nightly", "per", "percent",
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "fifteen", "twenty", "thirty", "sixty",
        "hundred", "thousand", "limited", "restricted", "blocked", "required", "enforced", "rejected", "disabled", "automated",
    ]
}
