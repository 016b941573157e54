import PostmortemModel

/// The `{class}` slots that phrases may use, in built-in lists and in configuration files:
///
/// - `{person}`: a role (`engineer`, `on-call`, `someone`), an `@handle` or a capitalised
///   first name (built-in list, plus the document's action-item owners);
/// - `{possessive}`: a person's possessive (`Alice's`, `the reviewer's`, `his`, `her`);
/// - `{number}`: digits (`12`, `3.5%`) or a number word (`two`, `dozen`);
/// - `{participle}`: a past participle (`deleted`, `made`, `run`);
/// - `{any}`: any one word.
struct WordClasses {
    let prose: Prose
    let people: People

    init(prose: Prose, document: PostmortemDocument) {
        self.prose = prose
        self.people = People(document: document)
    }

    func contains(_ name: String, _ index: Int) -> Bool {
        let token = prose.tokens[index]
        guard token.kind == .word else { return false }
        switch name {
        case "person": return people.isPerson(token) || isRoleTitle(at: index)
        case "possessive": return people.isPersonPossessive(token)
        case "number": return Self.isNumber(token.text)
        case "participle": return token.text.hasSuffix("ed") || Self.irregularParticiples.contains(token.text)
        case "any": return true
        default: return false
        }
    }

    /// `release manager`, `tech lead`: a job title whose head word alone ("manager", "lead")
    /// is too often a tool or a verb to count as a person.
    private func isRoleTitle(at index: Int) -> Bool {
        guard index > 0, prose.tokens[index].isJoinedToPrevious, ["manager", "lead", "leads", "commander"].contains(prose.tokens[index].text)
        else { return false }
        return ["release", "engineering", "incident", "team", "tech", "project", "product", "delivery", "shift", "on-call", "change"]
            .contains(prose.tokens[index - 1].text)
    }

    static func isNumber(_ text: String) -> Bool {
        if let first = text.unicodeScalars.first, ("0"..."9").contains(first) { return true }
        return numberWords.contains(text)
    }

    private static let numberWords: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty",
        "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "single",
    ]

    private static let irregularParticiples: Set<String> = [
        "made", "done", "run", "set", "put", "sent", "left", "lost", "forgotten", "broken", "taken", "given", "written", "shut",
        "cut", "hit", "read", "built", "dropped", "overwritten", "rewritten",
    ]
}
