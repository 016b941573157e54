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
    /// The lemmas form `id` (of `forms`) stands for are `formLemmas[formLemmaStarts[id]..<formLemmaStarts[id + 1]]`.
    private let formLemmaStarts: [Int32]
    private let formLemmas: [Int32]

    /// Compiles `phrases`; each match reports its phrase's payload.
    init(_ phrases: [(pattern: String, payload: Int)]) {
        var builder = Builder()
        for (pattern, payload) in phrases { builder.add(pattern, payload: payload) }
        builder.renumber(Self.depthFirstOrder(of: builder))
        (rootStarts, rootChildren) = Self.grouped(builder.wordEdges.filter { $0.source == 0 }, count: builder.lemmas.count, filler: 0) {
            ($0.lemma, $0.child)
        }
        compiled = Compiled(builder)
        forms = builder.forms
        (formLemmaStarts, formLemmas) = Self.grouped(builder.formLemmas, count: builder.forms.count, filler: 0) { ($0.form, $0.lemma) }
    }

    /// Each node's number in depth-first order from the root, a node's children in the order
    /// their edges were made: the nodes of a phrase, and the phrases that begin alike, come
    /// out next to each other, so the partial matches alive at a word read headers and edges
    /// that lie close together rather than anywhere in a graph larger than the cache.
    private static func depthFirstOrder(of builder: Builder) -> [Int32] {
        let nodeCount = builder.nodeCount
        let (wordStarts, wordChildren) = grouped(builder.wordEdges, count: nodeCount, filler: Int32(0)) { ($0.source, $0.child) }
        let (classStarts, classChildren) = grouped(builder.classEdges, count: nodeCount, filler: Int32(0)) { ($0.source, $0.child) }
        var numbers = [Int32](repeating: -1, count: nodeCount)
        var next: Int32 = 0
        var stack: [Int32] = [0]
        while let node = stack.popLast() {
            guard numbers[Int(node)] < 0 else { continue }
            numbers[Int(node)] = next
            next += 1
            // Pushed last first, so that the first child is numbered next.
            for edge in (Int(classStarts[Int(node)])..<Int(classStarts[Int(node) + 1])).reversed() { stack.append(classChildren[edge]) }
            for edge in (Int(wordStarts[Int(node)])..<Int(wordStarts[Int(node) + 1])).reversed() { stack.append(wordChildren[edge]) }
        }
        for node in numbers.indices where numbers[node] < 0 {
            numbers[node] = next
            next += 1
        }
        return numbers
    }

    /// `pairs` grouped by their key (below `count`), each key's values in the order they came:
    /// the values of key `k` are `values[starts[k]..<starts[k + 1]]`.
    private static func grouped<Pair, Value>(_ pairs: [Pair], count: Int, filler: Value,
                                             _ split: (Pair) -> (key: Int32, value: Value)) -> (starts: [Int32], values: [Value]) {
        var starts = [Int32](repeating: 0, count: count + 1)
        for pair in pairs { starts[Int(split(pair).key) + 1] += 1 }
        for index in starts.indices.dropFirst() { starts[index] += starts[index - 1] }
        var filled = starts
        var values = [Value](repeating: filler, count: pairs.count)
        for pair in pairs {
            let (key, value) = split(pair)
            values[Int(filled[Int(key)])] = value
            filled[Int(key)] += 1
        }
        return (starts, values)
    }

    /// Form `form`'s lemmas are `formLemmas[lemmas(ofForm: form)]`. A range, not a slice: a
    /// slice of the matcher's array would count a reference to it, which every thread
    /// linting a document shares.
    private func lemmas(ofForm form: Int32) -> Range<Int> {
        Int(formLemmaStarts[Int(form)])..<Int(formLemmaStarts[Int(form) + 1])
    }

    /// Whether a phrase starts with `lemma`.
    private func opens(_ lemma: Int32) -> Bool {
        rootStarts[Int(lemma)] < rootStarts[Int(lemma) + 1]
    }

    private struct WordEdge: Sendable {
        var lemma: Int32
        var child: Int32
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
        private var active = LiveStates()
        private var next = LiveStates()

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
            active.removeAll()
            for index in tokens {
                var word = keys[index]
                if word < -1 {
                    active.removeAll()
                    word = -3 - word
                }
                let isWord = word >= 0
                let tokenClasses = classes.isEmpty ? [] : classes[index]
                // Most words neither continue a match nor start one.
                if active.isEmpty && !(isWord && lemmasOf.opensPhrase[Int(word)]) && graph.nodes[0].classMask.isDisjoint(with: tokenClasses) {
                    continue
                }
                let tokenLemmas = isWord ? lemmasOf.range(of: word) : 0..<0
                active.append(State(node: 0, start: index))
                next.removeAll()
                for live in 0..<active.count {
                    let state = active[live]
                    let node = graph.nodes[Int(state.node)]
                    for position in tokenLemmas {
                        let lemma = lemmasOf.lemmas[position]
                        if state.node == 0 {
                            for edge in Int(rootStarts[Int(lemma)])..<Int(rootStarts[Int(lemma) + 1]) {
                                next.add(State(node: rootChildren[edge], start: state.start))
                            }
                        } else if node.hasLemmaBits {
                            if let child = graph.rankedChild(of: node, lemma: lemma) {
                                next.add(State(node: child, start: state.start))
                            }
                        } else if node.wordMask & Compiled.bit(lemma) != 0 {
                            var edge = graph.firstWordEdge(of: node, lemma: lemma)
                            while edge < Int(node.wordEnd) && graph.words[edge].lemma == lemma {
                                next.add(State(node: graph.words[edge].child, start: state.start))
                                edge += 1
                            }
                        }
                    }
                    guard !node.classMask.isDisjoint(with: tokenClasses) else { continue }
                    for edge in Int(node.classStart)..<Int(node.classEnd)
                    where !graph.classes[edge].tokenClass.isDisjoint(with: tokenClasses) {
                        next.add(State(node: graph.classes[edge].child, start: state.start))
                    }
                }
                for live in 0..<next.count {
                    let state = next[live]
                    for payload in graph.payloadRange(of: Int(state.node)) {
                        matches.append(PhraseMatch(payload: graph.payloads[payload], tokens: state.start..<index + 1))
                    }
                }
                swap(&active, &next)
            }
        }
    }

    /// The partial matches alive at a token, in the order they were reached. The storage is
    /// kept from one token to the next and emptied by resetting a count: the standard
    /// library's `removeAll(keepingCapacity:)` goes through its generic range replacement,
    /// which took a seventh of the scan.
    private struct LiveStates {
        private var states: [State] = []
        private(set) var count = 0

        var isEmpty: Bool { count == 0 }

        subscript(index: Int) -> State { states[index] }

        mutating func removeAll() {
            count = 0
        }

        /// Two partial matches at one node have the same future, so only the one that started
        /// first is kept: every match it completes covers the later one's, which the overlap
        /// resolution would set aside anyway. This bounds the live matches by the graph's nodes,
        /// however many words in a row could start a phrase.
        mutating func add(_ state: State) {
            for index in 0..<count where states[index].node == state.node {
                states[index].start = min(states[index].start, state.start)
                return
            }
            append(state)
        }

        /// Adds `state`, whose node no live state is at.
        mutating func append(_ state: State) {
            if count < states.count { states[count] = state } else { states.append(state) }
            count += 1
        }
    }

    /// The graph as matching reads it: each node's edges and payloads laid out flat, a node's
    /// word edges sorted by lemma, and what a partial match at a node reads first in one
    /// header. The graph is larger than the cache, and the states alive at a token sit at
    /// scattered nodes: a node's starts, ends and masks in one 32-byte header cost one miss
    /// where six arrays cost six. The flat arrays cost no reference counting per token, as
    /// the nodes' own arrays would.
    private struct Compiled: Sendable {
        /// Node `n`'s header; one more header at the end closes the last node's payloads.
        var nodes: [Node]
        var words: [WordEdge]
        var classes: [(tokenClass: WordClass, child: Int32)] = []
        var payloads: [Int] = []
        /// The lemmas of the nodes with more than `Node.maskedEdges` word edges (each lemma
        /// once, and few enough for a 16-bit count), one bit per lemma: a node after an agent has hundreds of edges (every
        /// predicate), most words after it continue none, and one bit says so. For a word that
        /// does, the bits set below its own (`lemmaRanks` counts those of the row's earlier
        /// words) number its child among `rankedChildren`, where a search in halves would miss
        /// the cache and the branch predictor several times.
        var lemmaBits: [UInt64] = []
        var lemmaRanks: [UInt16] = []
        /// The children of the nodes with lemma bits, each node's in the order of its lemmas.
        var rankedChildren: [Int32] = []

        struct Node: Sendable {
            /// `bit(lemma)` of the node's lemmas, or for a node with lemma bits, where they
            /// start in `lemmaBits`; such a node's word edges are its `rankedChildren` from
            /// `wordStart` on, the others' are `words[wordStart..<wordEnd]`.
            var wordMask: UInt64 = 0
            var wordStart: Int32 = 0
            var wordEnd: Int32 = 0
            var classStart: Int32 = 0
            var classEnd: Int32 = 0
            var payloadStart: Int32 = 0
            var classMask: WordClass = []
            var hasLemmaBits = false

            /// Up to this many word edges, a node's 64-bit mask rules out most words.
            static let maskedEdges = 32
        }

        /// Lays out `builder`'s edges node by node: word edges sorted by lemma, class edges
        /// by class in the order each class first came, payloads without repeats.
        init(_ builder: Builder) {
            let nodeCount = builder.nodeCount
            // Grouped by lemma first, each node's edges come out of the grouping by node in
            // lemma order (both counting sorts keep the order edges came in).
            let byLemma = PhraseMatcher.grouped(builder.wordEdges, count: builder.lemmas.count, filler: (source: Int32(0), lemma: Int32(0), child: Int32(0))) {
                ($0.lemma, $0)
            }.values
            let (wordStarts, allWords) = PhraseMatcher.grouped(byLemma, count: nodeCount, filler: WordEdge(lemma: 0, child: 0)) {
                ($0.source, WordEdge(lemma: $0.lemma, child: $0.child))
            }
            words = []
            nodes = Array(repeating: Node(), count: nodeCount + 1)
            let bitWords = (builder.lemmas.count + 63) / 64
            for node in 0..<nodeCount {
                let edges = allWords[Int(wordStarts[node])..<Int(wordStarts[node + 1])]
                let lemmasRepeat = zip(edges, edges.dropFirst()).contains { $0.lemma == $1.lemma }
                if edges.count > Node.maskedEdges && edges.count <= Int(UInt16.max) && !lemmasRepeat {
                    nodes[node].hasLemmaBits = true
                    let first = lemmaBits.count
                    nodes[node].wordMask = UInt64(first)
                    nodes[node].wordStart = Int32(rankedChildren.count)
                    lemmaBits += Array(repeating: 0, count: bitWords)
                    for edge in edges { lemmaBits[first + Int(edge.lemma) / 64] |= Self.bit(edge.lemma) }
                    var rank = 0
                    for word in first..<first + bitWords {
                        lemmaRanks.append(UInt16(rank))
                        rank += lemmaBits[word].nonzeroBitCount
                    }
                    rankedChildren += edges.map(\.child)
                } else {
                    nodes[node].wordStart = Int32(words.count)
                    for edge in edges { nodes[node].wordMask |= Self.bit(edge.lemma) }
                    words += edges
                }
                nodes[node].wordEnd = nodes[node].wordStart + Int32(edges.count)
            }
            let (classStarts, classEdges) = PhraseMatcher.grouped(builder.classEdges, count: nodeCount, filler: (WordClass(), Int32(0))) {
                ($0.source, ($0.tokenClass, $0.child))
            }
            for node in 0..<nodeCount {
                let edges = classEdges[Int(classStarts[node])..<Int(classStarts[node + 1])]
                var seen: WordClass = []
                for edge in edges where !seen.contains(edge.0) {
                    seen.insert(edge.0)
                    classes += edges.filter { $0.0 == edge.0 }.map { (tokenClass: $0.0, child: $0.1) }
                }
                nodes[node].classMask = seen
                nodes[node].classStart = classStarts[node]
                nodes[node].classEnd = classStarts[node + 1]
            }
            let (payloadStarts, nodePayloads) = PhraseMatcher.grouped(builder.payloads, count: nodeCount, filler: 0) { ($0.node, $0.payload) }
            for node in 0..<nodeCount {
                nodes[node].payloadStart = Int32(payloads.count)
                let first = payloads.count
                for payload in nodePayloads[Int(payloadStarts[node])..<Int(payloadStarts[node + 1])]
                where !payloads[first...].contains(payload) {
                    payloads.append(payload)
                }
            }
            nodes[nodeCount].payloadStart = Int32(payloads.count)
        }

        static func bit(_ lemma: Int32) -> UInt64 {
            1 << UInt64(lemma & 63)
        }

        /// The child of `node` (a node with lemma bits) over `lemma`, if it has one.
        func rankedChild(of node: Node, lemma: Int32) -> Int32? {
            let word = Int(node.wordMask) + Int(lemma) / 64
            let bit = Self.bit(lemma)
            guard lemmaBits[word] & bit != 0 else { return nil }
            return rankedChildren[Int(node.wordStart) + Int(lemmaRanks[word]) + (lemmaBits[word] & (bit - 1)).nonzeroBitCount]
        }

        func payloadRange(of node: Int) -> Range<Int> {
            Int(nodes[node].payloadStart)..<Int(nodes[node + 1].payloadStart)
        }

        /// The first of `node`'s word edges whose lemma is not below `lemma`.
        func firstWordEdge(of node: Node, lemma: Int32) -> Int {
            var low = Int(node.wordStart)
            var high = Int(node.wordEnd)
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
            for pair in pairs { starts[Int(pair.word) + 1] += Int32(matcher.lemmas(ofForm: pair.form).count) }
            for index in starts.indices.dropFirst() { starts[index] += starts[index - 1] }
            lemmas = Array(repeating: 0, count: Int(starts[lexicon.count]))
            var filled = starts
            for pair in pairs {
                for position in matcher.lemmas(ofForm: pair.form) {
                    lemmas[Int(filled[Int(pair.word)])] = matcher.formLemmas[position]
                    filled[Int(pair.word)] += 1
                }
            }
            opensPhrase = Array(repeating: false, count: lexicon.count)
            for pair in pairs {
                opensPhrase[Int(pair.word)] = opensPhrase[Int(pair.word)]
                    || matcher.lemmas(ofForm: pair.form).contains { matcher.opens(matcher.formLemmas[$0]) }
            }
        }

        func range(of word: Int32) -> Range<Int> {
            Int(starts[Int(word)])..<Int(starts[Int(word) + 1])
        }
    }
}
