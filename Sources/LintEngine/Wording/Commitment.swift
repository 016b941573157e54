import MarkdownSyntax

/// Whether a sentence promises something about the future, so that what it says about
/// improving, exploring or taking care is prevention wherever it is written ("To stop this
/// happening again, we will …", "Next steps: …", "Going forward the team should …"), and
/// not a report of what was done ("we investigated the logs") or a counterfactual about
/// someone ("the engineer should have been more careful", which is blame, not prevention).
enum Commitment {
    /// Whether the words of the sentence before `anchor` commit to the future, or the anchor
    /// is an instruction: the sentence starts with it, perhaps after a label ("Lessons
    /// learned: be more vigilant").
    /// - Parameter instructions: whether an instruction counts: in the sections that list
    ///   what to do, not in a narrative where a bare verb is a step that was taken.
    static func isCommitted(before anchor: Int, in prose: Prose, instructions: Bool) -> Bool {
        let sentence = prose.sentence(containing: anchor)
        if instructions && isInstruction(anchor, sentence: sentence, in: prose) { return true }
        // "We are reviewing our deployment practices": under way now, so a commitment.
        if anchor > sentence.lowerBound, prose.text(at: anchor).hasSuffix("ing"), progressive.contains(anchor - 1, in: prose) { return true }
        var index = sentence.lowerBound
        while index < anchor {
            let text = prose.text(at: index)
            if lessons.contains(index, in: prose) {
                // "The lesson here is …", "Big takeaway for us: …"; not "another lesson came when …".
                if index + 1 < anchor && (lessonLinks.contains(index + 1, in: prose) || !prose.tokens[index + 1].isJoinedToPrevious) { return true }
            } else if markers.contains(index, in: prose) || text.hasSuffix("'ll") {
                if !isCounterfactual(after: index, before: anchor, in: prose) { return true }
            } else if text == "going" || text == "moving", index + 1 < anchor, ["forward", "to"].contains(prose.text(at: index + 1)) {
                return true
            } else if resolving.contains(index, in: prose), index + 1 < anchor, prose.text(at: index + 1) == "to" || text.hasPrefix("agree") && prose.text(at: index + 1) == "that" {
                // "We agreed to …", "we've learned to …", "we agreed that …"; not "we learned that …", a finding.
                return true
            }
            index += 1
        }
        return hasForwardAdverbial(after: anchor, before: sentence.upperBound, in: prose)
    }

    /// Whether the subject ending before `end` is promised by what follows it in its clause
    /// ("greater care will be taken", "more vigilance is needed", "an awareness session on
    /// secrets will be organised"): a future or an obligation within the next few words.
    static func isPromisedAfter(_ end: Int, in prose: Prose) -> Bool {
        var index = end
        while index < prose.tokens.count && index < end + 6 && prose.tokens[index].isJoinedToPrevious {
            let text = prose.text(at: index)
            if obligations.contains(index, in: prose) || text.hasSuffix("'ll") { return !isCounterfactual(after: index, before: min(prose.tokens.count, index + 4), in: prose) }
            index += 1
        }
        return false
    }

    /// "being" too: a measure under way ("appropriate steps are being taken").
    static let obligations: WordSet = ["will", "shall", "must", "should", "needed", "required", "needs", "expected", "being"]

    /// Verbs by which people resolve on what they will do, before "to" or "that".
    private static let resolving: WordSet = ["agreed", "agree", "decided", "decide", "resolved", "pledged", "promised", "vowed", "learned", "learnt"]

    /// Whether a time adverbial that points forward follows `anchor` in its sentence ("keep a
    /// closer eye on it from now on", "double-check everything next time").
    private static func hasForwardAdverbial(after anchor: Int, before end: Int, in prose: Prose) -> Bool {
        var index = anchor + 1
        while index + 1 < end {
            switch (prose.text(at: index), prose.text(at: index + 1)) {
            case ("going", "forward"), ("moving", "forward"), ("from", "now"), ("next", "time"), ("in", "future"), ("from", "here"): return true
            case ("in", "the") where index + 2 < end && prose.text(at: index + 2) == "future": return true
            default: index += 1
            }
        }
        return false
    }

    /// Whether `anchor` opens its sentence, a clause after a short label ("Next steps:",
    /// "Going forward,"), or the main clause after a condition ("If a release went out
    /// today, be …"): the imperative mood of a to-do list or a lesson.
    static func isInstruction(_ anchor: Int, sentence: Range<Int>, in prose: Prose) -> Bool {
        var index = anchor
        while index > sentence.lowerBound && leadIns.contains(index - 1, in: prose) && prose.tokens[index].isJoinedToPrevious {
            index -= 1
        }
        var start = sentence.lowerBound
        while start < index && isDecoration(at: start, in: prose) { start += 1 }
        if index == start { return true }
        // "Ops to be more attentive", "@alice to remind the team": an owner's instruction.
        if index - start <= 3, index - 1 > start, prose.text(at: index - 1) == "to", prose.tokens[index].isJoinedToPrevious,
           (start..<index - 1).allSatisfy({ isOwnerWord(at: $0, in: prose) }) {
            return true
        }
        guard !prose.tokens[index].isJoinedToPrevious else { return false }
        return index - start <= 3 || conditions.contains(start, in: prose)
    }

    /// A word of an owner named before an instruction: an `@handle`, a name, a role or a
    /// team ("Ops", "the platform team"), never a pronoun.
    private static func isOwnerWord(at index: Int, in prose: Prose) -> Bool {
        let text = prose.text(at: index)
        guard prose.tokens[index].kind == .word, !pronouns.contains(index, in: prose) else { return false }
        return text.hasPrefix("@") || text == "the" || prose.tokens[index].isNameShaped || People.roles.contains(text) || People.groups.contains(text)
    }

    private static let pronouns: WordSet = ["we", "i", "they", "you", "he", "she", "it", "someone", "somebody", "whoever"]

    /// Whether `anchor` lies in a purpose clause that opens its sentence ("In order to improve
    /// security, please contribute …"): the clause names the aim, and what follows the comma
    /// is the means, which is what is promised.
    static func isInOpeningPurpose(_ anchor: Int, in prose: Prose) -> Bool {
        var start = prose.sentence(containing: anchor).lowerBound
        while start < anchor && isDecoration(at: start, in: prose) { start += 1 }
        guard start + 2 < anchor, prose.text(at: start) == "in", prose.text(at: start + 1) == "order", prose.text(at: start + 2) == "to"
        else { return false }
        return (start + 1...anchor).allSatisfy { prose.tokens[$0].isJoinedToPrevious }
    }

    /// A token before the words of a sentence or an item that is no word of it: an emoji, a
    /// symbol, a marker in another script ("✅ Know all your keys").
    static func isDecoration(at index: Int, in prose: Prose) -> Bool {
        prose.tokens[index].kind == .word && !prose.rawBytes(at: index).contains(where: ASCII.isAlphanumeric)
    }

    /// Whether the clause of `anchor` (the words up to punctuation either side) says what
    /// should or could have been ("should have been more careful", "better monitoring would
    /// not have helped"): blame or regret, not a promise.
    static func isCounterfactual(around anchor: Int, in prose: Prose) -> Bool {
        let sentence = prose.sentence(containing: anchor)
        var start = anchor
        while start > sentence.lowerBound && prose.tokens[start].isJoinedToPrevious { start -= 1 }
        var end = anchor + 1
        while end < sentence.upperBound && prose.tokens[end].isJoinedToPrevious { end += 1 }
        return (start..<end).contains { index in
            counterfactualModals.contains(index, in: prose) && isCounterfactual(after: index, before: end, in: prose)
        }
    }

    /// "should have been", "could not have paid": what someone should have done, not a promise.
    private static func isCounterfactual(after modal: Int, before end: Int, in prose: Prose) -> Bool {
        var index = modal + 1
        if index < end && ["not", "never"].contains(prose.text(at: index)) { index += 1 }
        guard index + 1 < end, prose.text(at: index) == "have" else { return false }
        let next = prose.text(at: index + 1)
        return next == "been" || next.hasSuffix("ed") || next.hasSuffix("en") || pastForms.contains(next)
    }

    /// Words that put what follows in the future or make it an obligation.
    private static let markers: WordSet = [
        "will", "shall", "should", "must", "need", "needs", "plan", "plans", "planning", "intend", "intends", "aim", "aims", "want",
        "wants", "committed", "commit", "commits", "continue", "continues", "keep", "future", "forward", "next", "let's", "encouraged",
        "ought", "hope", "goal", "priority", "we're", "begun", "started",
        "launched", "undertaking", "conducting",
        // "It's worth looking into …": a recommendation of what to do.
        "worth",

    ]

    /// What a lesson or takeaway states is what to do from now on.
    private static let lessons: WordSet = ["lesson", "lessons", "takeaway", "takeaways"]
    private static let lessonLinks: WordSet = ["is", "are", "was", "here", "for", "learned", "learnt", "from", "to"]

    private static let counterfactualModals: WordSet = ["should", "could", "would", "must", "might", "ought", "shouldn't", "couldn't", "wouldn't"]

    /// Words an instruction may start with before its verb ("also review", "please be").
    private static let leadIns: WordSet = ["also", "always", "then", "now", "first", "again", "just", "and", "don't", "do", "never", "not", "please", "pls", "kindly"]

    /// Words that open a condition before an instruction.
    private static let conditions: WordSet = ["if", "when", "whenever", "before", "after", "once", "while", "during", "in", "should", "unless"]

    private static let progressive: WordSet = ["am", "is", "are", "we're", "they're", "currently"]

    private static let pastForms: WordSet = ["paid", "made", "kept", "caught", "thought", "known", "had", "done", "spent", "read", "taken"]
}
