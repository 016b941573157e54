/// The built-in phrase lists of the wording rules that read the whole document's prose,
/// matched together in one pass over it.
///
/// Each list matched on its own would read every token again and join its forms with the
/// document's words again; compiled into one graph they cost one pass, whose matches are then
/// handed back to each list as if its own matcher had found them. The graph keeps each list's
/// phrases apart (a node is shared only by phrases that read the same words), so every list
/// gets exactly the matches it would find alone.
struct DocumentPhrases: Sendable {
    /// The lists read over the whole document, whatever the audience.
    enum List: Int, CaseIterable, Sendable {
        case blame, overPromising, minimizing, prevention

        var phrases: PhraseList {
            switch self {
            case .blame: BlameLanguageRule.list
            case .overPromising: OverPromisingRule.list
            case .minimizing: MinimizingLanguageRule.list
            case .prevention: VaguePreventionRule.list
            }
        }
    }

    /// Which list, and which of its payloads, each payload of `matcher` stands for.
    private static let owners: [(list: List, payload: Int)] = List.allCases.flatMap { list in
        (list.phrases.groups.indices.map { (list, $0) }) + [(list, -1)]
    }

    private static let matcher: PhraseMatcher = {
        var phrases: [(pattern: String, payload: Int)] = []
        for list in List.allCases {
            let first = owners.firstIndex { $0.list == list }!
            let exception = owners.lastIndex { $0.list == list }!
            for phrase in PhraseList.patterns(groups: list.phrases.groups, exceptions: list.phrases.exceptions) {
                phrases.append((phrase.pattern, phrase.payload < 0 ? exception : first + phrase.payload))
            }
        }
        return PhraseMatcher(phrases)
    }()

    /// Each list's matches, with the list's own payloads.
    private var matches: [[PhraseMatch]] = Array(repeating: [], count: List.allCases.count)

    init(prose: Prose, classes: [WordClass]) {
        for match in Self.matcher.allMatches(in: prose, classes: classes) {
            let owner = Self.owners[match.payload]
            matches[owner.list.rawValue].append(PhraseMatch(payload: owner.payload, tokens: match.tokens))
        }
    }

    /// The hits of `list`'s built-in phrases: exceptions applied, overlaps resolved.
    func hits(of list: List, in prose: Prose) -> [PhraseHit] {
        list.phrases.reporting.hits(among: matches[list.rawValue], in: prose)
    }
}
