/// The built-in phrase lists of the wording rules that read the whole document's prose,
/// matched together in one pass over it (see `CombinedPhrases`).
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

    private static let combined = CombinedPhrases(List.allCases.map(\.phrases))

    /// Compiles the lists now rather than at the first match (see `Linter.compileBuiltInLists`).
    static func compile() {
        _ = combined
    }

    /// Each list's matches, by the list's raw value.
    private let matches: [[PhraseMatch]]

    /// The matches of blocks a language server's cache kept are reused (see `BlockPhraseMatches`).
    init(prose: Prose, classes: [WordClass]) {
        matches = Self.combined.matches(in: prose, classes: classes, reusingKeptBlocks: true)
    }

    /// The hits of `list`'s built-in phrases: exceptions applied, overlaps resolved.
    func hits(of list: List, in prose: Prose) -> [PhraseHit] {
        list.phrases.reporting.hits(among: matches[list.rawValue], in: prose)
    }
}
