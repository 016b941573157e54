/// The verb an action item leads with, past what stands before it in the many ways teams
/// write items: a priority ("P2 -"), an owner ("@omar to"), a label ("TODO:"), or a subject
/// and a modal ("We should consider …", "The data team should be able to brainstorm …").
enum ActionLead {
    /// The index of the item's leading verb, or nil for an item without a word.
    /// - Parameter leads: whether an index is where a phrase the rule knows starts; the first
    ///   word after the filler wins when it is one, else the word after a subject's modal.
    static func verb(of item: Range<Int>, in prose: Prose, leads: (Int) -> Bool) -> Int? {
        guard var index = item.first else { return nil }
        while index < item.upperBound && isFiller(at: index, in: prose) { index += 1 }
        // "Omar to look into …": an owner named before the item's verb.
        if index == item.lowerBound && index + 2 < item.upperBound && !leads(index) && prose.tokens[index].isNameShaped
            && prose.text(at: index + 1) == "to" {
            index += 2
        }
        guard index < item.upperBound else { return nil }
        // "Owner: @lpark, due next sprint: look into …": annotations, then the item after a break.
        if labels.contains(index, in: prose),
           let after = (index + 1..<min(item.upperBound, index + 10)).first(where: { !prose.tokens[$0].isJoinedToPrevious && leads($0) }) {
            return after
        }
        if leads(index) { return index }
        // "We should consider …": a short subject, then a modal chain.
        let window = index..<min(item.upperBound, index + 6)
        guard let modal = window.first(where: { isModal(prose.text(at: $0)) }),
              !(index..<modal).contains(where: { Deliverables.makingVerbs.contains($0, in: prose) }) else { return index }
        var verb = modal + 1
        while verb < item.upperBound && chain.contains(verb, in: prose) { verb += 1 }
        return verb < item.upperBound ? verb : index
    }

    private static func isFiller(at index: Int, in prose: Prose) -> Bool {
        let text = prose.text(at: index)
        if filler.contains(index, in: prose) || text.hasPrefix("@") || Commitment.isDecoration(at: index, in: prose) { return true }
        // "P2", "p0", "1", "#3": a priority or a number.
        let letters = text.drop { $0 == "p" || $0 == "#" }
        return prose.tokens[index].kind == .word && !letters.isEmpty && letters.allSatisfy(\.isNumber)
    }

    /// Words that label an item's annotations before its action.
    private static let labels: WordSet = ["owner", "owners", "assignee", "due", "eta", "priority", "deadline", "status", "by"]

    private static func isModal(_ text: String) -> Bool {
        modals.contains(text) || text.hasSuffix("'ll")
    }

    private static let filler: WordSet = ["todo", "action", "item", "ai", "please", "to", "next", "then", "also", "first", "maybe", "perhaps", "possibly", "probably", "tbd"]
    private static let modals: WordSet = ["should", "must", "will", "shall", "need", "needs", "want", "wants", "plan", "plans", "can"]
    /// Words between a modal and the verb it governs: "should be able to", "need to also".
    private static let chain: WordSet = ["to", "be", "able", "also", "first", "really", "probably", "definitely", "then", "all", "at", "least", "now"]
}
