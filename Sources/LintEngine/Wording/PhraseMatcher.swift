/// A phrase found in a token stream: which entry, and which tokens it covers.
struct PhraseMatch: Sendable, Equatable {
    /// The `payload` the phrase was compiled with.
    var payload: Int
    /// Indices into the token array.
    var tokens: Range<Int>
}

/// Any number of phrase patterns compiled into one trie over word identities, matched in a
/// single pass over a token stream.
///
/// Every surface form of every phrase word (its inflections) maps to the word's identity,
/// so a token is looked up once, whatever the number of phrases. The pass keeps the set of
/// partial matches alive at the current token; its size depends on how many phrases share a
/// prefix with the text just read, not on the length of the lists.
struct PhraseMatcher: Sendable {
    private struct Node: Sendable {
        var words: [Int: Int] = [:]
        var classes: [String: Int] = [:]
        var payloads: [Int] = []
    }

    private var nodes: [Node] = [Node()]
    private var wordIDs: [String: [Int]] = [:]
    private var lemmas: [String: Int] = [:]

    /// Compiles `phrases`; each match reports its phrase's payload.
    init(_ phrases: [(pattern: String, payload: Int)]) {
        for (pattern, payload) in phrases {
            for sequence in PhrasePattern.expand(pattern) { insert(sequence, payload: payload) }
        }
    }

    /// Whether no phrase was compiled.
    var isEmpty: Bool { nodes[0].words.isEmpty && nodes[0].classes.isEmpty }

    private mutating func insert(_ sequence: [PhraseSlot], payload: Int) {
        var node = 0
        for slot in sequence {
            switch slot {
            case .word(let word):
                let id = wordID(word)
                if let child = nodes[node].words[id] {
                    node = child
                } else {
                    nodes.append(Node())
                    nodes[node].words[id] = nodes.count - 1
                    node = nodes.count - 1
                }
            case .tokenClass(let name):
                if let child = nodes[node].classes[name] {
                    node = child
                } else {
                    nodes.append(Node())
                    nodes[node].classes[name] = nodes.count - 1
                    node = nodes.count - 1
                }
            }
        }
        if !nodes[node].payloads.contains(payload) { nodes[node].payloads.append(payload) }
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
        for index in tokens.indices {
            let token = tokens[index]
            if !token.isJoinedToPrevious { active.removeAll(keepingCapacity: true) }
            active.append((0, index))
            next.removeAll(keepingCapacity: true)
            let ids = token.kind == .word ? wordIDs[token.text] ?? [] : []
            for (node, start) in active {
                for id in ids {
                    if let child = nodes[node].words[id] { next.append((child, start)) }
                }
                for (name, child) in nodes[node].classes where isMember(name, index) {
                    next.append((child, start))
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

extension PhraseMatch {
    /// Leftmost-longest matches that do not overlap, in document order.
    static func leftmostLongest(_ matches: [PhraseMatch]) -> [PhraseMatch] {
        let ordered = matches.sorted {
            $0.tokens.lowerBound != $1.tokens.lowerBound ? $0.tokens.lowerBound < $1.tokens.lowerBound
                : $0.tokens.count != $1.tokens.count ? $0.tokens.count > $1.tokens.count : $0.payload < $1.payload
        }
        var chosen: [PhraseMatch] = []
        for match in ordered where chosen.last.map({ $0.tokens.upperBound <= match.tokens.lowerBound }) ?? true {
            chosen.append(match)
        }
        return chosen
    }
}
