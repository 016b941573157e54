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
/// Every surface form of every phrase word (its inflections) maps to the word's identity, a
/// lemma; once per lint the prose's lexicon is joined with the forms, so that a token's
/// lemmas are an array look-up, whatever the number of phrases. Phrases share their common
/// prefixes as in a trie; inside a phrase, the alternatives of a position (`a|b`, optional
/// words) lead to one shared node, so a pattern costs nodes in proportion to its length, not
/// to the number of sentences it stands for. The pass keeps the partial matches alive at the
/// current token; their number depends on the text just read, not on the length of the lists.
/// Matches never cross a break between tokens (`isJoinedToPrevious`), so the matches of one
/// block of prose depend on that block alone.
struct PhraseMatcher: Sendable {
    private struct Node: Sendable {
        /// Few per node but the root (whose edges are also in `rootChildren`), so a list
        /// searched in order beats a dictionary, at compile time as when matching.
        var words: [WordEdge] = []
        var classes: [ClassEdge] = []
        /// All the classes of `classes`, to skip a token that is in none of them at once.
        var classMask: WordClass = []
        var payloads: [Int] = []
        /// Nodes with more than one way in belong to one phrase's alternatives; other phrases
        /// never extend them, so that no phrase's words can complete another's prefix.
        var incoming = 0
    }

    private struct WordEdge: Sendable {
        var lemma: Int32
        var child: Int32
    }

    private struct ClassEdge: Sendable {
        var tokenClass: WordClass
        var children: [Int32]
    }

    private enum Edge: Hashable {
        case word(Int32)
        case tokenClass(WordClass)
    }

    /// A partial match: the node reached and the token it started at.
    private struct State {
        var node: Int32
        var start: Int
    }

    /// The graph while phrases are compiled into it; emptied once `compiled` is made.
    private var nodes: [Node] = [Node()]
    /// Compile-time only: see `step(from:over:)`. A node's in-edges are all made with it, so
    /// whether a child is exclusive is known once it is made.
    private var sharedSteps: [SharedStep: Int32] = [:]
    /// The root's exclusive child by lemma, -1 for none.
    private var rootExclusive: [Int32] = []
    private var compiled = Compiled([])
    /// The root's word edges, by lemma, laid out flat (`rootChildren[rootStarts[lemma]..<rootStarts[lemma + 1]]`):
    /// every word of the prose is looked up at the root, the other nodes see only the few
    /// words after a partial match.
    private var rootStarts: [Int32] = [0]
    private var rootChildren: [Int32] = []
    /// Every surface form of the phrase words.
    private var forms = Lexicon()
    /// The lemmas each form (by id in `forms`) stands for.
    private var formLemmas: [[Int32]] = []
    /// The phrase words, in lower case: a lemma's id is its id here.
    private var lemmas = Lexicon()

    /// Compiles `phrases`; each match reports its phrase's payload.
    init(_ phrases: [(pattern: String, payload: Int)]) {
        for (pattern, payload) in phrases {
            let groups = PhrasePattern.groups(of: pattern)
            guard !groups.isEmpty else { continue }
            var current: [Int32] = [0]
            for group in groups {
                var reached: [Int32] = []
                for alternative in group {
                    var position = current
                    for slot in alternative { position = step(from: position, over: edge(for: slot)) }
                    reached += position
                }
                current = Self.sortedUnique(reached)
            }
            for node in current where node != 0 && !nodes[Int(node)].payloads.contains(payload) {
                nodes[Int(node)].payloads.append(payload)
            }
        }
        var byLemma = Array(repeating: [Int32](), count: lemmas.count)
        for edge in nodes[0].words { byLemma[Int(edge.lemma)].append(edge.child) }
        for children in byLemma {
            rootChildren += children
            rootStarts.append(Int32(rootChildren.count))
        }
        compiled = Compiled(nodes)
        // Matching reads only `compiled`: the graph it was made from is not kept beside it.
        nodes = []
        sharedSteps = [:]
        rootExclusive = []
    }

    private mutating func edge(for slot: PhraseSlot) -> Edge {
        switch slot {
        case .word(let word): .word(lemma(word))
        case .tokenClass(let name): .tokenClass(WordClass(named: name))
        }
    }

    /// Follows `edge` from every node of `sources` (sorted): into an existing child that
    /// only its parent reaches, else into the node shared by the sources that lacked the
    /// edge. That node is made once per set of sources and edge: a phrase's alternatives
    /// (`(simply|just)`, optional words) end on nodes several ways lead to, and every phrase
    /// that continues them (each predicate after the same subject) goes on from one shared
    /// node instead of a copy of its own, which would multiply the partial matches a word
    /// starts by the number of such phrases. The result is sorted.
    private mutating func step(from sources: [Int32], over edge: Edge) -> [Int32] {
        var targets: [Int32] = []
        var lacking: [Int32] = []
        for source in sources {
            if let child = exclusiveChild(of: source, over: edge) {
                targets.append(child)
            } else {
                lacking.append(source)
            }
        }
        guard !lacking.isEmpty else { return Self.sortedUnique(targets) }
        let key = SharedStep(sources: lacking, edge: edge)
        if let shared = sharedSteps[key] {
            targets.append(shared)
            return Self.sortedUnique(targets)
        }
        let target = Int32(nodes.count)
        nodes.append(Node())
        for source in lacking {
            switch edge {
            case .word(let lemma):
                nodes[Int(source)].words.append(WordEdge(lemma: lemma, child: target))
            case .tokenClass(let tokenClass):
                nodes[Int(source)].classMask.formUnion(tokenClass)
                if let existing = nodes[Int(source)].classes.firstIndex(where: { $0.tokenClass == tokenClass }) {
                    nodes[Int(source)].classes[existing].children.append(target)
                } else {
                    nodes[Int(source)].classes.append(ClassEdge(tokenClass: tokenClass, children: [target]))
                }
            }
            nodes[Int(target)].incoming += 1
        }
        sharedSteps[key] = target
        if lacking == [0], case .word(let lemma) = edge {
            if rootExclusive.count <= Int(lemma) { rootExclusive += Array(repeating: -1, count: Int(lemma) + 1 - rootExclusive.count) }
            rootExclusive[Int(lemma)] = target
        }
        targets.append(target)
        return Self.sortedUnique(targets)
    }

    /// The node `edge` leads to from every one of `sources` and from nothing else.
    private struct SharedStep: Hashable {
        var sources: [Int32]
        var edge: Edge
    }

    /// The child `edge` leads to from `node` that no other node reaches, if any. Every phrase
    /// starts at the root, whose word edges are thousands: those are found by lemma.
    private func exclusiveChild(of node: Int32, over edge: Edge) -> Int32? {
        switch edge {
        case .word(let lemma) where node == 0:
            Int(lemma) < rootExclusive.count && rootExclusive[Int(lemma)] >= 0 ? rootExclusive[Int(lemma)] : nil
        case .word(let lemma):
            nodes[Int(node)].words.first { $0.lemma == lemma && nodes[Int($0.child)].incoming == 1 }?.child
        case .tokenClass(let tokenClass):
            nodes[Int(node)].classes.first { $0.tokenClass == tokenClass }?.children.first { nodes[Int($0)].incoming == 1 }
        }
    }

    private static func sortedUnique(_ nodes: [Int32]) -> [Int32] {
        guard nodes.count > 1 else { return nodes }
        var result: [Int32] = []
        for node in nodes.sorted() where result.last != node { result.append(node) }
        return result
    }

    /// The identity of a phrase word, its forms added to `forms` the first time.
    private mutating func lemma(_ word: [UInt8]) -> Int32 {
        let known = lemmas.count
        let id = lemmas.intern(word[...])
        guard lemmas.count > known else { return id }
        Inflection.forEachForm(of: word) { form in
            let formID = Int(forms.intern(form))
            if formID == formLemmas.count { formLemmas.append([]) }
            if formLemmas[formID].last != id { formLemmas[formID].append(id) }
        }
        return id
    }

    /// Every occurrence of every phrase in `prose`, overlapping ones included, in order of
    /// their end.
    /// - Parameter classes: the classes of each token, or empty when the phrases' `{class}`
    ///   slots match nothing.
    func allMatches(in prose: Prose, classes: [WordClass]) -> [PhraseMatch] {
        let lemmasOf = WordLemmas(prose.lexicon, self)
        let keys = prose.matchKeys
        let graph = compiled
        var matches: [PhraseMatch] = []
        var active: [State] = []
        var next: [State] = []
        for index in keys.indices {
            var word = keys[index]
            if word < -1 {
                active.removeAll(keepingCapacity: true)
                word = -3 - word
            }
            let isWord = word >= 0
            let tokenClasses = classes.isEmpty ? [] : classes[index]
            // Most words neither continue a match nor start one.
            if active.isEmpty && !(isWord && lemmasOf.opensPhrase[Int(word)]) && graph.classMasks[0].isDisjoint(with: tokenClasses) {
                continue
            }
            let tokenLemmas = isWord ? lemmasOf.range(of: word) : 0..<0
            active.append(State(node: 0, start: index))
            next.removeAll(keepingCapacity: true)
            for state in active {
                let node = Int(state.node)
                for position in tokenLemmas {
                    let lemma = lemmasOf.lemmas[position]
                    if node == 0 {
                        for child in rootChildren[Int(rootStarts[Int(lemma)])..<Int(rootStarts[Int(lemma) + 1])] {
                            Self.add(State(node: child, start: state.start), to: &next)
                        }
                    } else if graph.wordMasks[node] & Compiled.bit(lemma) != 0 {
                        var edge = graph.firstWordEdge(of: node, lemma: lemma)
                        let end = Int(graph.wordStarts[node + 1])
                        while edge < end && graph.words[edge].lemma == lemma {
                            Self.add(State(node: graph.words[edge].child, start: state.start), to: &next)
                            edge += 1
                        }
                    }
                }
                guard !graph.classMasks[node].isDisjoint(with: tokenClasses) else { continue }
                for edge in Int(graph.classStarts[node])..<Int(graph.classStarts[node + 1])
                where !graph.classes[edge].tokenClass.isDisjoint(with: tokenClasses) {
                    Self.add(State(node: graph.classes[edge].child, start: state.start), to: &next)
                }
            }
            for state in next {
                for payload in graph.payloads[Int(graph.payloadStarts[Int(state.node)])..<Int(graph.payloadStarts[Int(state.node) + 1])] {
                    matches.append(PhraseMatch(payload: payload, tokens: state.start..<index + 1))
                }
            }
            swap(&active, &next)
        }
        return matches
    }

    /// Two partial matches at one node have the same future, so only the one that started
    /// first is kept: every match it completes covers the later one's, which the overlap
    /// resolution would set aside anyway. This bounds the live matches by the graph's nodes,
    /// however many words in a row could start a phrase.
    private static func add(_ state: State, to states: inout [State]) {
        if let index = states.firstIndex(where: { $0.node == state.node }) {
            states[index].start = min(states[index].start, state.start)
        } else {
            states.append(state)
        }
    }

    /// The graph as matching reads it: each node's edges and payloads laid out flat, a node's
    /// word edges sorted by lemma. A node after an agent has hundreds of word edges (every
    /// predicate), so matching searches them in halves; the flat arrays cost no reference
    /// counting per token, as the nodes' own arrays would.
    private struct Compiled: Sendable {
        /// Node `n`'s word edges are `words[wordStarts[n]..<wordStarts[n + 1]]`.
        var wordStarts: [Int32] = [0]
        var words: [WordEdge] = []
        /// Node `n`'s lemmas, as `bit(lemma)`: most words after a partial match continue
        /// none of its edges, and one test says so without a search.
        var wordMasks: [UInt64] = []
        var classStarts: [Int32] = [0]
        var classes: [(tokenClass: WordClass, child: Int32)] = []
        var classMasks: [WordClass] = []
        var payloadStarts: [Int32] = [0]
        var payloads: [Int] = []

        init(_ nodes: [Node]) {
            for node in nodes {
                words += node.words.sorted { $0.lemma < $1.lemma }
                wordStarts.append(Int32(words.count))
                wordMasks.append(node.words.reduce(0) { $0 | Self.bit($1.lemma) })
                for edge in node.classes { classes += edge.children.map { (edge.tokenClass, $0) } }
                classStarts.append(Int32(classes.count))
                classMasks.append(node.classMask)
                payloads += node.payloads
                payloadStarts.append(Int32(payloads.count))
            }
        }

        static func bit(_ lemma: Int32) -> UInt64 {
            1 << UInt64(lemma & 63)
        }

        /// The first of `node`'s word edges whose lemma is not below `lemma`.
        func firstWordEdge(of node: Int, lemma: Int32) -> Int {
            var low = Int(wordStarts[node])
            var high = Int(wordStarts[node + 1])
            while low < high {
                let middle = (low + high) / 2
                if words[middle].lemma < lemma { low = middle + 1 } else { high = middle }
            }
            return low
        }
    }

    /// The lemmas each word of a prose lexicon stands for, laid out flat: word `id`'s are
    /// `lemmas[range(of: id)]`.
    private struct WordLemmas {
        private var starts: [Int32]
        private(set) var lemmas: [Int32] = []
        /// Whether a phrase starts with one of the word's lemmas.
        private(set) var opensPhrase: [Bool]

        /// Joins the words with the matcher's forms. Reading the forms in order and looking
        /// each up in the prose's small table stays in the cache, where looking the prose's
        /// words up in the forms' large table misses it; so the forms are read unless the
        /// prose is much smaller (an action item's few words).
        init(_ lexicon: Lexicon, _ matcher: PhraseMatcher) {
            var pairs: [(word: Int32, form: Int32)] = []
            if matcher.forms.count <= 8 * lexicon.count {
                for form in 0..<Int32(matcher.forms.count) {
                    if let word = lexicon.id(of: form, in: matcher.forms) { pairs.append((word, form)) }
                }
            } else {
                for word in 0..<Int32(lexicon.count) {
                    if let form = matcher.forms.id(of: word, in: lexicon) { pairs.append((word, form)) }
                }
            }
            starts = Array(repeating: 0, count: lexicon.count + 1)
            for pair in pairs { starts[Int(pair.word) + 1] += Int32(matcher.formLemmas[Int(pair.form)].count) }
            for index in starts.indices.dropFirst() { starts[index] += starts[index - 1] }
            lemmas = Array(repeating: 0, count: Int(starts[lexicon.count]))
            var filled = starts
            for pair in pairs {
                for lemma in matcher.formLemmas[Int(pair.form)] {
                    lemmas[Int(filled[Int(pair.word)])] = lemma
                    filled[Int(pair.word)] += 1
                }
            }
            opensPhrase = Array(repeating: false, count: lexicon.count)
            for pair in pairs {
                opensPhrase[Int(pair.word)] = opensPhrase[Int(pair.word)]
                    || matcher.formLemmas[Int(pair.form)].contains { matcher.rootStarts[Int($0)] < matcher.rootStarts[Int($0) + 1] }
            }
        }

        func range(of word: Int32) -> Range<Int> {
            Int(starts[Int(word)])..<Int(starts[Int(word) + 1])
        }
    }
}
