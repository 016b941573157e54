/// A phrase found in a token stream: which entry, and which tokens it covers.
struct PhraseMatch: Sendable, Equatable {
    /// The `payload` the phrase was compiled with.
    var payload: Int
    /// Indices into the token array.
    var tokens: Range<Int>
}

/// Any number of phrase patterns compiled into one graph over word identities, matched in a
/// single pass over a token stream.
///
/// Every surface form of every phrase word (its inflections) maps to the word's identity,
/// so a token is looked up once, whatever the number of phrases. Phrases share their common
/// prefixes as in a trie; inside a phrase, the alternatives of a position (`a|b`, optional
/// words) lead to one shared node, so a pattern costs nodes in proportion to its length, not
/// to the number of sentences it stands for. The pass keeps the partial matches alive at the
/// current token; their number depends on the text just read, not on the length of the lists.
struct PhraseMatcher: Sendable {
    private struct Node: Sendable {
        var words: [Int: [Int]] = [:]
        var classes: [String: [Int]] = [:]
        var payloads: [Int] = []
        /// Nodes with more than one way in belong to one phrase's alternatives; other phrases
        /// never extend them, so that no phrase's words can complete another's prefix.
        var incoming = 0
    }

    private enum Edge: Hashable {
        case word(Int)
        case tokenClass(String)
    }

    private var nodes: [Node] = [Node()]
    private var wordIDs: [String: [Int]] = [:]
    private var lemmas: [String: Int] = [:]

    /// Compiles `phrases`; each match reports its phrase's payload.
    init(_ phrases: [(pattern: String, payload: Int)]) {
        for (pattern, payload) in phrases {
            let groups = PhrasePattern.groups(of: pattern)
            guard !groups.isEmpty else { continue }
            var current: Set<Int> = [0]
            for group in groups {
                var reached: Set<Int> = []
                for alternative in group {
                    var position = current
                    for slot in alternative { position = step(from: position, over: edge(for: slot)) }
                    reached.formUnion(position)
                }
                current = reached
            }
            for node in current.subtracting([0]) where !nodes[node].payloads.contains(payload) {
                nodes[node].payloads.append(payload)
            }
        }
    }

    /// Whether no phrase was compiled.
    var isEmpty: Bool { nodes[0].words.isEmpty && nodes[0].classes.isEmpty }

    private mutating func edge(for slot: PhraseSlot) -> Edge {
        switch slot {
        case .word(let word): .word(wordID(word))
        case .tokenClass(let name): .tokenClass(name)
        }
    }

    /// Follows `edge` from every node of `sources`: into an existing child that only its
    /// parent reaches, else into one new node shared by all sources that lacked the edge.
    private mutating func step(from sources: Set<Int>, over edge: Edge) -> Set<Int> {
        var targets: Set<Int> = []
        var fresh: Int?
        for source in sources.sorted() {
            if let child = children(of: source, over: edge).first(where: { nodes[$0].incoming == 1 }) {
                targets.insert(child)
                continue
            }
            let target = fresh ?? {
                nodes.append(Node())
                return nodes.count - 1
            }()
            fresh = target
            switch edge {
            case .word(let id): nodes[source].words[id, default: []].append(target)
            case .tokenClass(let name): nodes[source].classes[name, default: []].append(target)
            }
            nodes[target].incoming += 1
            targets.insert(target)
        }
        return targets
    }

    private func children(of node: Int, over edge: Edge) -> [Int] {
        switch edge {
        case .word(let id): nodes[node].words[id] ?? []
        case .tokenClass(let name): nodes[node].classes[name] ?? []
        }
    }

    private mutating func wordID(_ lemma: String) -> Int {
        if let id = lemmas[lemma] { return id }
        let id = lemmas.count
        lemmas[lemma] = id
        for form in Inflection.forms(of: lemma) { wordIDs[form, default: []].append(id) }
        return id
    }

    /// Every occurrence of every phrase, overlapping ones included, in order of their end.
    /// - Parameter isMember: whether token `index` belongs to the class `name`.
    func allMatches(in tokens: [WordToken], isMember: (_ name: String, _ index: Int) -> Bool) -> [PhraseMatch] {
        var matches: [PhraseMatch] = []
        var active: [(node: Int, start: Int)] = []
        var next: [(node: Int, start: Int)] = []
        var seen: Set<[Int]> = []
        for index in tokens.indices {
            let token = tokens[index]
            if !token.isJoinedToPrevious { active.removeAll(keepingCapacity: true) }
            active.append((0, index))
            next.removeAll(keepingCapacity: true)
            seen.removeAll(keepingCapacity: true)
            let ids = token.kind == .word ? wordIDs[token.text] ?? [] : []
            for (node, start) in active {
                for id in ids {
                    for child in nodes[node].words[id] ?? [] where seen.insert([child, start]).inserted { next.append((child, start)) }
                }
                for (name, children) in nodes[node].classes where isMember(name, index) {
                    for child in children where seen.insert([child, start]).inserted { next.append((child, start)) }
                }
            }
            for (node, start) in next {
                for payload in nodes[node].payloads {
                    matches.append(PhraseMatch(payload: payload, tokens: start..<index + 1))
                }
            }
            swap(&active, &next)
        }
        return matches
    }
}
