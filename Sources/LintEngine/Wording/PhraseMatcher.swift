/// A phrase found in a token stream: which entry, and which tokens it covers.
struct PhraseMatch: Sendable, Equatable {
    /// The `payload` the phrase was compiled with.
    var payload: Int
    /// Indices into the token array.
    var tokens: Range<Int>

    /// The same match with its tokens `offset` further on (back, when negative).
    func moved(by offset: Int) -> PhraseMatch {
        PhraseMatch(payload: payload, tokens: tokens.lowerBound + offset..<tokens.upperBound + offset)
    }
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
    /// A partial match: the node reached and the token it started at.
    private struct State {
        var node: Int32
        var start: Int
    }

    private let compiled: Compiled
    /// The root's word edges, by lemma, laid out flat (`rootChildren[rootStarts[lemma]..<rootStarts[lemma + 1]]`):
    /// every word of the prose is looked up at the root, the other nodes see only the few
    /// words after a partial match.
    private let rootStarts: [Int32]
    private let rootChildren: [Int32]
    /// Every surface form of the phrase words.
    private let forms: Lexicon
    /// The lemmas each form (by id in `forms`) stands for.
    private let formLemmas: [[Int32]]

    /// Compiles `phrases`; each match reports its phrase's payload.
    init(_ phrases: [(pattern: String, payload: Int)]) {
        var builder = Builder()
        for (pattern, payload) in phrases { builder.add(pattern, payload: payload) }
        var rootStarts: [Int32] = [0]
        var rootChildren: [Int32] = []
        var byLemma = Array(repeating: [Int32](), count: builder.lemmas.count)
        for edge in builder.nodes[0].words { byLemma[Int(edge.lemma)].append(edge.child) }
        for children in byLemma {
            rootChildren += children
            rootStarts.append(Int32(rootChildren.count))
        }
        self.rootStarts = rootStarts
        self.rootChildren = rootChildren
        compiled = Compiled(builder.nodes)
        forms = builder.forms
        formLemmas = builder.formLemmas
    }

    /// The graph while phrases are compiled into it; matching reads the flat `Compiled` made
    /// from it, and the builder is dropped.
    private struct Builder {
        var nodes: [Node] = [Node()]
        /// See `step(from:over:)`.
        private var sharedSteps: [SharedStep: Int32] = [:]
        /// The child each edge leads to from one node that no other node reaches. A node's
        /// in-edges are all made with it, so whether a child is exclusive is known once it is
        /// made; the table finds it among the hundreds of edges some nodes have.
        private var exclusiveChildren = StepTable()
        var forms = Lexicon()
        var formLemmas: [[Int32]] = []
        /// The phrase words, in lower case: a lemma's id is its id here.
        var lemmas = Lexicon()
        private var patterns = PhrasePattern.Memo()

        mutating func add(_ pattern: String, payload: Int) {
            let groups = PhrasePattern.groups(of: pattern, memo: &patterns)
            guard !groups.isEmpty else { return }
            var current: [Int32] = [0]
            for group in groups {
                var reached: [Int32] = []
                for alternative in group {
                    var position = current
                    for slot in alternative { position = step(from: position, over: edge(for: slot)) }
                    reached += position
                }
                Self.sortUnique(&reached)
                current = reached
            }
            for node in current where node != 0 && !nodes[Int(node)].payloads.contains(payload) {
                nodes[Int(node)].payloads.append(payload)
            }
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
            // Most steps go on from one node to its existing child.
            if sources.count == 1, let child = exclusiveChildren[Self.key(sources[0], edge)] { return [child] }
            var targets: [Int32] = []
            var lacking: [Int32] = []
            targets.reserveCapacity(sources.count)
            for source in sources {
                if let child = exclusiveChildren[Self.key(source, edge)] {
                    targets.append(child)
                } else {
                    lacking.append(source)
                }
            }
            guard !lacking.isEmpty else {
                Self.sortUnique(&targets)
                return targets
            }
            // A single source's own child would have been found above.
            let key = lacking.count > 1 ? SharedStep(sources: lacking, edge: edge) : nil
            if let key, let shared = sharedSteps[key] {
                targets.append(shared)
                Self.sortUnique(&targets)
                return targets
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
            }
            if let key {
                sharedSteps[key] = target
            } else {
                exclusiveChildren[Self.key(lacking[0], edge)] = target
            }
            targets.append(target)
            Self.sortUnique(&targets)
            return targets
        }

        /// An edge from one node, as one integer: the source above, the word's lemma or the
        /// class (set apart by bit 32) below.
        private static func key(_ source: Int32, _ edge: Edge) -> UInt64 {
            let low: UInt64 = switch edge {
            case .word(let lemma): UInt64(UInt32(bitPattern: lemma))
            case .tokenClass(let tokenClass): 1 << 32 | UInt64(tokenClass.rawValue)
            }
            return UInt64(UInt32(bitPattern: source)) << 33 | low
        }

        /// The node `edge` leads to from every one of `sources` and from nothing else. Hashed
        /// once, from the sources' one-integer edge keys: `Hasher` over each source cost more
        /// than the rest of a step.
        private struct SharedStep: Hashable {
            let sources: [Int32]
            let edge: Edge
            private let hash: UInt64

            init(sources: [Int32], edge: Edge) {
                self.sources = sources
                self.edge = edge
                hash = sources.reduce(0xCBF2_9CE4_8422_2325) { ($0 ^ Builder.key($1, edge)) &* 0x100_0000_01B3 }
            }

            func hash(into hasher: inout Hasher) {
                hasher.combine(hash)
            }

            static func == (a: SharedStep, b: SharedStep) -> Bool {
                a.hash == b.hash && a.edge == b.edge && a.sources == b.sources
            }
        }

        /// Sorts `nodes` and drops repeats, in place: a compile does this tens of thousands of times.
        private static func sortUnique(_ nodes: inout [Int32]) {
            guard nodes.count > 1 else { return }
            nodes.sort()
            var kept = 1
            for index in 1..<nodes.count where nodes[index] != nodes[kept - 1] {
                nodes[kept] = nodes[index]
                kept += 1
            }
            nodes.removeLast(nodes.count - kept)
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
    }

    /// Nodes by an integer key, in open addressing: compiling the built-in lists looks up
    /// an edge for every word of every phrase, and the standard dictionary's seeded hash
    /// cost more than the rest of the compile.
    private struct StepTable {
        private var keys = [UInt64](repeating: StepTable.empty, count: 1 << 12)
        private var values = [Int32](repeating: 0, count: 1 << 12)
        private var count = 0
        private static let empty = UInt64.max

        subscript(key: UInt64) -> Int32? {
            get {
                var slot = Self.slot(key, keys.count)
                while keys[slot] != Self.empty {
                    if keys[slot] == key { return values[slot] }
                    slot = (slot + 1) & (keys.count - 1)
                }
                return nil
            }
            set {
                guard let newValue else { return }
                if 2 * (count + 1) > keys.count { grow() }
                var slot = Self.slot(key, keys.count)
                while keys[slot] != Self.empty && keys[slot] != key { slot = (slot + 1) & (keys.count - 1) }
                if keys[slot] == Self.empty { count += 1 }
                keys[slot] = key
                values[slot] = newValue
            }
        }

        private static func slot(_ key: UInt64, _ size: Int) -> Int {
            Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - size.trailingZeroBitCount))
        }

        private mutating func grow() {
            let (oldKeys, oldValues) = (keys, values)
            keys = Array(repeating: Self.empty, count: oldKeys.count * 2)
            values = Array(repeating: 0, count: oldKeys.count * 2)
            count = 0
            for (key, value) in zip(oldKeys, oldValues) where key != Self.empty { self[key] = value }
        }
    }

    private struct Node {
        /// Few per node but the root (whose edges are also in `rootChildren`).
        var words: [WordEdge] = []
        var classes: [ClassEdge] = []
        /// All the classes of `classes`, to skip a token that is in none of them at once.
        var classMask: WordClass = []
        var payloads: [Int] = []
    }

    private struct WordEdge: Sendable {
        var lemma: Int32
        var child: Int32
    }

    private struct ClassEdge {
        var tokenClass: WordClass
        var children: [Int32]
    }

    private enum Edge: Hashable {
        case word(Int32)
        case tokenClass(WordClass)
    }

    /// Every occurrence of every phrase in `prose`, overlapping ones included, in order of
    /// their end.
    /// - Parameter classes: the classes of each token, or empty when the phrases' `{class}`
    ///   slots match nothing.
    func allMatches(in prose: Prose, classes: [WordClass]) -> [PhraseMatch] {
        var scanner = Scanner(self, prose: prose, classes: classes, lemmas: WordLemmas(prose.lexicon, self))
        scanner.scan(prose.matchKeys.indices)
        return scanner.matches
    }

    /// The same matches, those of each block a cache kept matches for under the same word
    /// classes taken from it, the others found and kept with their block.
    func allMatchesReusingKeptBlocks(in prose: Prose, classes: [WordClass]) -> [PhraseMatch] {
        guard prose.keepsMatches else { return allMatches(in: prose, classes: classes) }
        var blocks: [(tokens: Range<Int>, kept: BlockPhraseMatches?, known: [PhraseMatch]?)] = []
        var start = 0
        while start < prose.tokens.count {
            let run = prose.tokens[start].run
            var end = start + 1
            while end < prose.tokens.count && prose.tokens[end].run == run { end += 1 }
            let kept = prose.keptMatches(ofRun: run)
            blocks.append((start..<end, kept, kept?.matches(under: Self.classes(classes, of: start..<end))))
            start = end
        }
        let unread = blocks.filter { $0.known == nil }
        let lemmas = unread.count == blocks.count ? WordLemmas(prose.lexicon, self)
            : WordLemmas(prose.lexicon, self, words: unread.flatMap { prose.matchKeys[$0.tokens] })
        var scanner = Scanner(self, prose: prose, classes: classes, lemmas: lemmas)
        for block in blocks {
            let origin = block.tokens.lowerBound
            if let known = block.known {
                for match in known { scanner.matches.append(match.moved(by: origin)) }
                continue
            }
            let first = scanner.matches.count
            scanner.scan(block.tokens)
            block.kept?.keep(scanner.matches[first...].map { $0.moved(by: -origin) }, under: Self.classes(classes, of: block.tokens))
        }
        return scanner.matches
    }

    private static func classes(_ classes: [WordClass], of tokens: Range<Int>) -> ArraySlice<WordClass> {
        classes.isEmpty ? [] : classes[tokens]
    }

    /// One pass of the graph over a prose, block after block, its partial matches' buffers
    /// kept from one block to the next.
    private struct Scanner {
        let matcher: PhraseMatcher
        let prose: Prose
        let classes: [WordClass]
        let lemmasOf: WordLemmas
        var matches: [PhraseMatch] = []
        private var active: [State] = []
        private var next: [State] = []

        init(_ matcher: PhraseMatcher, prose: Prose, classes: [WordClass], lemmas: WordLemmas) {
            self.matcher = matcher
            self.prose = prose
            self.classes = classes
            lemmasOf = lemmas
        }

        /// Adds the matches among `tokens`, which start after a break.
        mutating func scan(_ tokens: Range<Int>) {
            let keys = prose.matchKeys
            let graph = matcher.compiled
            let rootStarts = matcher.rootStarts
            let rootChildren = matcher.rootChildren
            active.removeAll(keepingCapacity: true)
            for index in tokens {
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
                                PhraseMatcher.add(State(node: child, start: state.start), to: &next)
                            }
                        } else if graph.wordMasks[node] & Compiled.bit(lemma) != 0 {
                            var edge = graph.firstWordEdge(of: node, lemma: lemma)
                            let end = Int(graph.wordStarts[node + 1])
                            while edge < end && graph.words[edge].lemma == lemma {
                                PhraseMatcher.add(State(node: graph.words[edge].child, start: state.start), to: &next)
                                edge += 1
                            }
                        }
                    }
                    guard !graph.classMasks[node].isDisjoint(with: tokenClasses) else { continue }
                    for edge in Int(graph.classStarts[node])..<Int(graph.classStarts[node + 1])
                    where !graph.classes[edge].tokenClass.isDisjoint(with: tokenClasses) {
                        PhraseMatcher.add(State(node: graph.classes[edge].child, start: state.start), to: &next)
                    }
                }
                for state in next {
                    for payload in graph.payloads[Int(graph.payloadStarts[Int(state.node)])..<Int(graph.payloadStarts[Int(state.node) + 1])] {
                        matches.append(PhraseMatch(payload: payload, tokens: state.start..<index + 1))
                    }
                }
                swap(&active, &next)
            }
        }
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
            self.init(lexicon, matcher, pairs: pairs)
        }

        /// The lemmas of `words` alone (match keys: words, breaks and non-words), the others
        /// left without: for the few blocks of a document read again.
        init(_ lexicon: Lexicon, _ matcher: PhraseMatcher, words: [Int32]) {
            var pairs: [(word: Int32, form: Int32)] = []
            var seen = Set<Int32>()
            for key in words {
                let word = key < -1 ? -3 - key : key
                guard word >= 0, seen.insert(word).inserted else { continue }
                if let form = matcher.forms.id(of: word, in: lexicon) { pairs.append((word, form)) }
            }
            self.init(lexicon, matcher, pairs: pairs)
        }

        private init(_ lexicon: Lexicon, _ matcher: PhraseMatcher, pairs: [(word: Int32, form: Int32)]) {
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
