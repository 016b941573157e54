import PostmortemModel

/// A set of the `{class}` slots that phrases may use, one bit each, so that a phrase
/// matcher tests a token's classes with one `&`.
struct WordClass: OptionSet, Sendable, Hashable {
    let rawValue: UInt8

    static let person = WordClass(rawValue: 1 << 0)
    static let possessive = WordClass(rawValue: 1 << 1)
    static let number = WordClass(rawValue: 1 << 2)
    static let participle = WordClass(rawValue: 1 << 3)
    static let any = WordClass(rawValue: 1 << 4)

    init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The class a phrase writes as `{name}`; empty, which no token is in, for a name pmlint
    /// does not know.
    init(named name: String) {
        switch name {
        case "person": self = .person
        case "possessive": self = .possessive
        case "number": self = .number
        case "participle": self = .participle
        case "any": self = .any
        default: self = []
        }
    }
}

/// The `{class}` slots that phrases may use, in built-in lists and in configuration files:
///
/// - `{person}`: a role (`engineer`, `on-call`, `someone`), an `@handle` or a capitalised
///   first name (built-in list, plus the document's action-item owners);
/// - `{possessive}`: a person's possessive (`Alice's`, `the reviewer's`, `his`, `her`);
/// - `{number}`: digits (`12`, `3.5%`) or a number word (`two`, `dozen`);
/// - `{participle}`: a past participle (`deleted`, `made`, `run`);
/// - `{any}`: any one word.
///
/// Decided once per lint: what depends on the word alone once per distinct word, the rest
/// (how it is capitalised, the word before it) once per token.
struct WordClasses {
    /// The classes of each token of the prose.
    let ofToken: [WordClass]

    init(prose: Prose, document: PostmortemDocument) {
        let people = People(document: document)
        let facts = (0..<Int32(prose.lexicon.count)).map { WordFacts(prose.lexicon.text(of: $0), people: people) }
        var classes: [WordClass] = []
        classes.reserveCapacity(prose.tokens.count)
        for (index, token) in prose.tokens.enumerated() {
            guard token.kind == .word else { classes.append([]); continue }
            let word = facts[Int(token.word)]
            var result: WordClass = .any
            if word.contains(.handle) || word.contains(.role) || token.isNameShaped && word.contains(.name) {
                result.insert(.person)
            } else if word.contains(.roleHead), token.isJoinedToPrevious, index > 0, prose.tokens[index - 1].kind == .word,
                      facts[Int(prose.tokens[index - 1].word)].contains(.roleModifier) {
                result.insert(.person)  // `release manager`, `tech lead`
            }
            if word.contains(.possessive) || token.isNameShaped && word.contains(.nameWithS) { result.insert(.possessive) }
            if word.contains(.number) { result.insert(.number) }
            if word.contains(.participle) { result.insert(.participle) }
            classes.append(result)
        }
        ofToken = classes
    }
}

/// What the word classes need to know about a lower-case word, whatever its capitals.
private struct WordFacts: OptionSet {
    let rawValue: UInt16

    static let handle = WordFacts(rawValue: 1 << 0)
    static let role = WordFacts(rawValue: 1 << 1)
    /// A first name: a person when written capitalised.
    static let name = WordFacts(rawValue: 1 << 2)
    static let number = WordFacts(rawValue: 1 << 3)
    static let participle = WordFacts(rawValue: 1 << 4)
    /// `his`, `her`, a handle's or a role's possessive.
    static let possessive = WordFacts(rawValue: 1 << 5)
    /// A first name's possessive: a person's when written capitalised.
    static let nameWithS = WordFacts(rawValue: 1 << 6)
    /// `manager`, `lead`: a person after a `roleModifier` (`release manager`).
    static let roleHead = WordFacts(rawValue: 1 << 7)
    static let roleModifier = WordFacts(rawValue: 1 << 8)

    init(rawValue: UInt16) { self.rawValue = rawValue }

    init(_ text: String, people: People) {
        var facts = Self.known[text] ?? []
        facts.formUnion(Self.personFacts(text, people: people))
        if let first = text.unicodeScalars.first, ("0"..."9").contains(first) { facts.insert(.number) }
        if text.hasSuffix("ed") { facts.insert(.participle) }
        if text.hasSuffix("'s"), text.count > 2 {
            let stem = Self.personFacts(String(text.dropLast(2)), people: people)
            if !stem.isDisjoint(with: [.handle, .role]) { facts.insert(.possessive) }
            if stem.contains(.name) { facts.insert(.nameWithS) }
        }
        self = facts
    }

    /// Whether `text` is a handle, a role or a name.
    private static func personFacts(_ text: String, people: People) -> WordFacts {
        var facts: WordFacts = []
        if text.hasPrefix("@") && text.count > 1 { facts.insert(.handle) }
        if People.roles.contains(text) { facts.insert(.role) }
        if people.isName(text) { facts.insert(.name) }
        return facts
    }

    /// The facts that come from word lists, in one table so a word is hashed once.
    private static let known: [String: WordFacts] = {
        var table: [String: WordFacts] = [:]
        func add(_ words: [String], _ fact: WordFacts) {
            for word in words { table[word, default: []].insert(fact) }
        }
        add(["his", "her"], .possessive)
        add(numberWords, .number)
        add(irregularParticiples, .participle)
        add(["manager", "lead", "leads", "commander"], .roleHead)
        add(["release", "engineering", "incident", "team", "tech", "project", "product", "delivery", "shift", "on-call", "change"], .roleModifier)
        return table
    }()

    private static let numberWords = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty",
        "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "single",
    ]

    private static let irregularParticiples = [
        "made", "done", "run", "set", "put", "sent", "left", "lost", "forgotten", "broken", "taken", "given", "written", "shut",
        "cut", "hit", "read", "built", "dropped", "overwritten", "rewritten",
    ]
}
