import MarkdownSyntax
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
    static let agent = WordClass(rawValue: 1 << 5)
    static let named = WordClass(rawValue: 1 << 6)

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
        case "agent": self = .agent
        case "named": self = .named
        default: self = []
        }
    }
}

/// The `{class}` slots that phrases may use, in built-in lists and in configuration files:
///
/// - `{person}`: a role (`engineer`, `on-call`, `someone`), an `@handle` or a capitalised
///   first name (built-in list, plus the document's action-item owners);
/// - `{possessive}`: a person's or a team's possessive (`Alice's`, `the reviewer's`, `the team's`, `his`, `her`);
/// - `{number}`: digits (`12`, `3.5%`) or a number word (`two`, `dozen`);
/// - `{participle}`: a past participle (`deleted`, `made`, `run`);
/// - `{any}`: any one word;
/// - `{agent}`: someone who can act: a `{person}`, a team or group (`team`, `ops`, `people`)
///   or a personal pronoun (`I`, `they`);
/// - `{named}`: an `{agent}`, or any capitalised word that is not a function word or a widely
///   known product (`Tomasz`, `Ops`): a name the lists cannot know. Rules pair it only with
///   predicates no system can be the subject of (`forgot`, `accidentally deleted`).
///
/// Decided once per lint: what depends on the word alone once per distinct word, the rest
/// (how it is capitalised, the word before it) once per token.
struct WordClasses {
    /// The classes of each token of the prose.
    let ofToken: [WordClass]

    init(prose: Prose, document: PostmortemDocument) {
        let facts = WordFacts.of(prose.lexicon, people: People(document: document))
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
            if result.contains(.person) || word.contains(.group) { result.insert(.agent) }
            if result.contains(.agent) || token.isNameShaped && !word.contains(.notAName) { result.insert(.named) }
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
    /// A team, a group of people or a personal pronoun: an agent, never one person's name.
    static let group = WordFacts(rawValue: 1 << 9)
    /// A capitalised word that is still not a name: a function word or a product.
    static let notAName = WordFacts(rawValue: 1 << 10)

    init(rawValue: UInt16) { self.rawValue = rawValue }

    /// The facts of each word of `lexicon`, by id.
    static func of(_ lexicon: Lexicon, people: People) -> [WordFacts] {
        var names = Lexicon(capacity: people.documentNames.count)
        for name in people.documentNames { _ = names.intern(name) }
        // Read once: each read of the shared table would count references to its arrays
        // that every linting thread shares.
        let known = Self.known
        return (0..<Int32(lexicon.count)).map { id in
            let word = lexicon.bytes(of: id)
            var facts = known.words.id(of: id, in: lexicon).map { known.facts[Int($0)] } ?? []
            if names.id(of: id, in: lexicon) != nil { facts.insert(.name) }
            if word.first.map(ASCII.isDigit) == true { facts.insert(.number) }
            if Self.isHandle(word) { facts.insert(.handle) }
            if Self.ends(word, with: "ed") { facts.insert(.participle) }
            if word.count > 2 && Self.ends(word, with: "'s") {
                let stem = word.dropLast(2)
                let stemFacts = known.words.id(of: stem).map { known.facts[Int($0)] } ?? []
                if Self.isHandle(stem) || stemFacts.contains(.role) || stemFacts.contains(.group) { facts.insert(.possessive) }
                if stemFacts.contains(.name) || names.id(of: stem) != nil { facts.insert(.nameWithS) }
            }
            return facts
        }
    }

    /// `@alice`: an at sign and at least one more character.
    private static func isHandle(_ word: ArraySlice<UInt8>) -> Bool {
        word.first == UInt8(ascii: "@") && word.count > 1
    }

    /// Whether `word` ends with the two ASCII characters of `ending`, compared as bytes: this
    /// runs for every distinct word of a document.
    private static func ends(_ word: ArraySlice<UInt8>, with ending: StaticString) -> Bool {
        let last = ending.utf8Start
        return word.count >= 2 && word[word.endIndex - 2] == last[0] && word[word.endIndex - 1] == last[1]
    }

    /// The facts that come from word lists, in one table so that a word is looked up once.
    private static let known: (words: Lexicon, facts: [WordFacts]) = {
        var words = Lexicon(capacity: 512)
        var facts: [WordFacts] = []
        func add(_ list: some Sequence<String>, _ fact: WordFacts) {
            for word in list {
                let id = Int(words.intern(word))
                if id == facts.count { facts.append([]) }
                facts[id].insert(fact)
            }
        }
        add(People.roles, .role)
        add(People.firstNames, .name)
        add(["his", "her"], .possessive)
        add(numberWords, .number)
        add(irregularParticiples, .participle)
        add(People.groups, .group)
        add(People.notNames, .notAName)
        add(["manager", "managers", "lead", "leads", "commander", "commanders", "hire", "hires", "engineer", "engineers", "agent", "agents",
             "captain", "captains", "owner", "owners", "champion", "champions", "planner", "planners", "shift", "shifts", "starter", "starters"], .roleHead)
        add(["release", "engineering", "incident", "team", "tech", "project", "product", "delivery", "shift", "on-call", "change",
             "support", "ops", "qa", "security", "platform", "database", "network", "frontend", "backend", "infra", "sre", "new",
             "program", "account", "data", "test", "sales", "customer", "service", "desk", "field", "community", "duty", "success", "night",
             "store", "site", "floor", "office", "capacity", "day", "weekend", "morning", "evening", "comms", "noc"], .roleModifier)
        return (words, facts)
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
