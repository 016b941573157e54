extension PhraseMatcher {
    /// The graph while phrases are compiled into it: its edges and payloads in flat lists in the
    /// order they are made, which `Compiled` lays out node by node for matching. Every built-in
    /// phrase is compiled when a process first lints, before any document can be read, so the
    /// compile makes no array per node or per step: a few reused buffers and flat lists.
    struct Builder {
        /// A word or class edge, as one integer (see `key(_:_:)`).
        typealias EdgeKey = UInt64

        private(set) var nodeCount = 1
        private(set) var wordEdges: [(source: Int32, lemma: Int32, child: Int32)] = []
        private(set) var classEdges: [(source: Int32, tokenClass: WordClass, child: Int32)] = []
        /// The payloads of the nodes phrases end on, repeats included.
        private(set) var payloads: [(node: Int32, payload: Int)] = []
        /// See `step(from:over:into:lacking:)`.
        private var sharedSteps = SharedSteps()
        /// The child each edge leads to from one node that no other node reaches. A node's
        /// in-edges are all made with it, so whether a child is exclusive is known once it is
        /// made; the table finds it among the hundreds of edges some nodes have.
        private var exclusiveChildren = StepTable()
        /// Every surface form of the phrase words.
        private(set) var forms = Lexicon()
        /// The lemma each form stands for, a form's lemmas in the order they came.
        private(set) var formLemmas: [(form: Int32, lemma: Int32)] = []
        /// The last lemma given to each form, to skip a repeat.
        private var lastLemmaOfForm: [Int32] = []
        /// The phrase words, in lower case: a lemma's id is its id here.
        private(set) var lemmas = Lexicon()
        /// Each position's text as written, and the edges of each of its alternatives: the
        /// built-in lists repeat the same long lists of words (every kind of monitoring, every
        /// impact noun) in many phrases, each read once.
        private var positionTexts = Lexicon()
        private var positionEdges: [[[EdgeKey]]?] = []

        mutating func add(_ pattern: String, payload: Int) {
            let text = Array(pattern.utf8)
            var groups: [[[EdgeKey]]] = []
            for position in PhrasePattern.positions(of: text) {
                let id = Int(positionTexts.intern(text[position]))
                if id == positionEdges.count {
                    positionEdges.append(PhrasePattern.alternatives(ofPosition: text[position])?.map { $0.map { edge(for: $0) } })
                }
                if let edges = positionEdges[id] { groups.append(edges) }
            }
            guard !groups.allSatisfy({ $0.contains([]) }) else { return }
            var current: [Int32] = [0]
            var reached: [Int32] = []
            var position: [Int32] = []
            var next: [Int32] = []
            var lacking: [Int32] = []
            for group in groups {
                reached.removeAll(keepingCapacity: true)
                for alternative in group {
                    position.removeAll(keepingCapacity: true)
                    position += current
                    for edge in alternative {
                        step(from: position, over: edge, into: &next, lacking: &lacking)
                        swap(&position, &next)
                    }
                    reached += position
                }
                Self.sortUnique(&reached)
                swap(&current, &reached)
            }
            for node in current where node != 0 { payloads.append((node, payload)) }
        }

        /// Gives node `n` the number `numbers[n]` (the root keeping 0) in every edge and
        /// payload, the lists keeping their order. The last step of a compile: the tables that
        /// find steps know the nodes by their old numbers.
        mutating func renumber(_ numbers: [Int32]) {
            for index in wordEdges.indices {
                wordEdges[index].source = numbers[Int(wordEdges[index].source)]
                wordEdges[index].child = numbers[Int(wordEdges[index].child)]
            }
            for index in classEdges.indices {
                classEdges[index].source = numbers[Int(classEdges[index].source)]
                classEdges[index].child = numbers[Int(classEdges[index].child)]
            }
            for index in payloads.indices { payloads[index].node = numbers[Int(payloads[index].node)] }
        }

        private mutating func edge(for slot: PhraseSlot) -> EdgeKey {
            switch slot {
            case .word(let word): Self.key(0, lemma: lemma(word))
            case .tokenClass(let name): Self.key(0, tokenClass: WordClass(named: name))
            }
        }

        /// Follows `edge` from every node of `sources` (sorted) into `targets` (sorted): into an
        /// existing child that only its parent reaches, else into the node shared by the sources
        /// that lacked the edge. That node is made once per set of sources and edge: a phrase's
        /// alternatives (`(simply|just)`, optional words) end on nodes several ways lead to, and
        /// every phrase that continues them (each predicate after the same subject) goes on from
        /// one shared node instead of a copy of its own, which would multiply the partial
        /// matches a word starts by the number of such phrases.
        private mutating func step(from sources: [Int32], over edge: EdgeKey, into targets: inout [Int32], lacking: inout [Int32]) {
            targets.removeAll(keepingCapacity: true)
            lacking.removeAll(keepingCapacity: true)
            for source in sources {
                if let child = exclusiveChildren[Self.key(source, edge)] {
                    targets.append(child)
                } else {
                    lacking.append(source)
                }
            }
            guard !lacking.isEmpty else {
                Self.sortUnique(&targets)
                return
            }
            // A single source's own child would have been found above.
            let hash = lacking.count > 1 ? SharedSteps.hash(lacking, edge) : nil
            if let hash, let shared = sharedSteps.target(from: lacking, over: edge, hash: hash) {
                targets.append(shared)
                Self.sortUnique(&targets)
                return
            }
            let target = Int32(nodeCount)
            nodeCount += 1
            if let lemma = Self.lemma(of: edge) {
                for source in lacking { wordEdges.append((source, lemma, target)) }
            } else {
                let tokenClass = Self.tokenClass(of: edge)
                for source in lacking { classEdges.append((source, tokenClass, target)) }
            }
            if let hash {
                sharedSteps.insert(target, from: lacking, over: edge, hash: hash)
            } else {
                exclusiveChildren[Self.key(lacking[0], edge)] = target
            }
            targets.append(target)
            Self.sortUnique(&targets)
        }

        /// An edge from one node, as one integer: the source above, the word's lemma or the
        /// class (set apart by bit 32) below. `edge` is a key from node 0.
        private static func key(_ source: Int32, _ edge: EdgeKey) -> EdgeKey {
            UInt64(UInt32(bitPattern: source)) << 33 | edge
        }

        private static func key(_ source: Int32, lemma: Int32) -> EdgeKey {
            key(source, UInt64(UInt32(bitPattern: lemma)))
        }

        private static func key(_ source: Int32, tokenClass: WordClass) -> EdgeKey {
            key(source, 1 << 32 | UInt64(tokenClass.rawValue))
        }

        /// The lemma a key from node 0 follows, nil for a class.
        private static func lemma(of edge: EdgeKey) -> Int32? {
            edge & (1 << 32) == 0 ? Int32(bitPattern: UInt32(truncatingIfNeeded: edge)) : nil
        }

        /// The class a key from node 0 follows, when it is not a word's.
        private static func tokenClass(of edge: EdgeKey) -> WordClass {
            WordClass(rawValue: UInt8(truncatingIfNeeded: edge))
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
                let formID = forms.intern(form)
                if Int(formID) == lastLemmaOfForm.count { lastLemmaOfForm.append(-1) }
                guard lastLemmaOfForm[Int(formID)] != id else { return }
                lastLemmaOfForm[Int(formID)] = id
                formLemmas.append((formID, id))
            }
            return id
        }

        /// The nodes edges lead to from several sources at once, by the sources (sorted) and
        /// the edge, in open addressing over one flat pool of sources: the standard dictionary
        /// would need an array key, made and hashed at every look-up.
        private struct SharedSteps {
            private var slots = [Int32](repeating: -1, count: 1 << 12)
            private var hashes: [UInt64] = []
            private var edges: [EdgeKey] = []
            /// Entry `n`'s sources are `pool[starts[n]..<starts[n + 1]]`.
            private var starts: [Int] = [0]
            private var pool: [Int32] = []
            private var targets: [Int32] = []

            /// FNV-1a over the sources' one-integer edge keys.
            static func hash(_ sources: [Int32], _ edge: EdgeKey) -> UInt64 {
                sources.reduce(0xCBF2_9CE4_8422_2325) { ($0 ^ Builder.key($1, edge)) &* 0x100_0000_01B3 }
            }

            func target(from sources: [Int32], over edge: EdgeKey, hash: UInt64) -> Int32? {
                let mask = slots.count - 1
                var slot = Int(truncatingIfNeeded: hash) & mask
                while slots[slot] >= 0 {
                    let entry = Int(slots[slot])
                    if hashes[entry] == hash && edges[entry] == edge && pool[starts[entry]..<starts[entry + 1]].elementsEqual(sources) {
                        return targets[entry]
                    }
                    slot = (slot + 1) & mask
                }
                return nil
            }

            mutating func insert(_ target: Int32, from sources: [Int32], over edge: EdgeKey, hash: UInt64) {
                if 2 * (targets.count + 1) > slots.count { grow() }
                place(Int32(targets.count), hash: hash)
                hashes.append(hash)
                edges.append(edge)
                pool += sources
                starts.append(pool.count)
                targets.append(target)
            }

            private mutating func place(_ entry: Int32, hash: UInt64) {
                let mask = slots.count - 1
                var slot = Int(truncatingIfNeeded: hash) & mask
                while slots[slot] >= 0 { slot = (slot + 1) & mask }
                slots[slot] = entry
            }

            private mutating func grow() {
                slots = Array(repeating: -1, count: slots.count * 2)
                for (entry, hash) in hashes.enumerated() { place(Int32(entry), hash: hash) }
            }
        }
    }

    /// Nodes by an integer key, in open addressing: compiling the built-in lists looks up
    /// an edge for every word of every phrase, and the standard dictionary's seeded hash
    /// cost more than the rest of the compile.
    struct StepTable {
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
}
