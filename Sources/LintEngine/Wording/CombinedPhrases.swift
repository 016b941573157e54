/// Several built-in phrase lists compiled into one graph, matched in one pass over a prose.
///
/// Each list matched on its own would read every token again and join its forms with the
/// prose's words again. The graph keeps the lists' phrases apart (a node is shared only by
/// phrases that read the same words), so each list gets exactly the matches it would find
/// alone, with its own payloads, ready for its `PhraseReporting`.
struct CombinedPhrases: Sendable {
    private let matcher: PhraseMatcher
    /// Which list, and which of its payloads, each payload of `matcher` stands for.
    private let owners: [(list: Int, payload: Int)]
    private let listCount: Int

    init(_ lists: [PhraseList]) {
        var owners: [(list: Int, payload: Int)] = []
        var phrases: [(pattern: String, payload: Int)] = []
        for (index, list) in lists.enumerated() {
            let first = owners.count
            owners += list.groups.indices.map { (index, $0) } + [(index, -1)]
            let exception = owners.count - 1
            for phrase in PhraseList.patterns(groups: list.groups, exceptions: list.exceptions) {
                phrases.append((phrase.pattern, phrase.payload < 0 ? exception : first + phrase.payload))
            }
        }
        self.owners = owners
        listCount = lists.count
        matcher = PhraseMatcher(phrases)
    }

    /// The matches of each list (in the order the lists were given) in `prose`.
    /// - Parameters:
    ///   - classes: the `{class}` slots each token fills, or empty for none.
    ///   - reusingKeptBlocks: take the matches of blocks a cache kept from it, and keep those
    ///     of the others there; only for one set of lists, since a block keeps one set.
    func matches(in prose: Prose, classes: [WordClass], reusingKeptBlocks: Bool = false) -> [[PhraseMatch]] {
        var matches = [[PhraseMatch]](repeating: [], count: listCount)
        let all = reusingKeptBlocks ? matcher.allMatchesReusingKeptBlocks(in: prose, classes: classes)
            : matcher.allMatches(in: prose, classes: classes)
        for match in all {
            let owner = owners[match.payload]
            matches[owner.list].append(PhraseMatch(payload: owner.payload, tokens: match.tokens))
        }
        return matches
    }
}
