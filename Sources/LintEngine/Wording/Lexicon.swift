import MarkdownSyntax

/// A set of distinct words, each with a small integer id in order of first insertion.
///
/// Prose interns the lower-case form of every word it reads, so that a word is hashed once
/// per lint and everything after (phrase matching, word classes) compares integers. A
/// phrase book keeps its own lexicon of the surface forms its phrases match. Words are kept
/// as UTF-8 bytes in one buffer, hashed with FNV-1a into an open-addressing table: `String`
/// keys would cost a `String` per token and a far slower hash.
struct Lexicon: Sendable {
    /// The words' bytes, one after the other.
    private var storage: [UInt8] = []
    /// Word `id` is `storage[ends[id]..<ends[id + 1]]`.
    private var ends: [Int] = [0]
    /// Word `id`'s hash, to probe another lexicon for the word and to grow the table.
    private var hashes: [UInt32] = []
    /// Open addressing table of each word's hash (high half) and id (low half), `emptySlot`
    /// for none: a probe that misses reads one slot and nothing else. Its size is a power of
    /// two kept at least twice the number of words.
    private var slots: [UInt64]
    private static let emptySlot = UInt64.max
    /// One bit per value of a hash's top bits, set for the words here: joining two lexicons
    /// asks about every word of one, most of them absent from the other, and this bit answers
    /// "absent" from the cache where a probe of `slots` would not.
    private var present = [UInt64](repeating: 0, count: 1 << (Lexicon.filterBits - 6))
    private static let filterBits = 14

    /// Each word as a string, made when it is added, when the lexicon `keepsTexts`.
    private var texts: [String]?

    /// - Parameter keepsTexts: make each word's string once, when it is added, rather than
    ///   at every `text(of:)`: for a lexicon kept across the lints of a document, whose rules
    ///   ask for a word's text tens of thousands of times a lint. A lexicon read once asks
    ///   fewer times than it has words.
    init(capacity: Int = 32, keepsTexts: Bool = false) {
        var size = 16
        while size < 2 * capacity { size *= 2 }
        slots = Array(repeating: Self.emptySlot, count: size)
        if keepsTexts { texts = [] }
    }

    /// The number of words.
    var count: Int { ends.count - 1 }

    /// The id of `word`, added if new.
    /// - Parameter lowercasingASCII: intern the word with its ASCII capitals lowered, without
    ///   a copy.
    mutating func intern(_ word: ArraySlice<UInt8>, lowercasingASCII: Bool = false) -> Int32 {
        let hash = Self.hash(word, lowercasingASCII: lowercasingASCII)
        let (found, slot) = find(word, hash: hash, lowercasingASCII: lowercasingASCII)
        if let found { return found }
        let id = Int32(count)
        if lowercasingASCII {
            for byte in word { storage.append(ASCII.lowercased(byte)) }
        } else {
            storage.append(contentsOf: word)
        }
        ends.append(storage.count)
        hashes.append(hash)
        let bit = Self.filterBit(hash)
        present[bit >> 6] |= 1 << UInt64(bit & 63)
        slots[slot] = Self.slot(hash: hash, id: id)
        if 2 * count > slots.count { grow() }
        if texts != nil {
            let text = String(decoding: bytes(of: id), as: UTF8.self)
            texts?.append(text)
        }
        return id
    }

    mutating func intern(_ word: String) -> Int32 {
        intern(Array(word.utf8)[...])
    }

    /// The id of `word`, nil when it is not in the set.
    func id<Bytes: Collection<UInt8>>(of word: Bytes) -> Int32? {
        find(word, hash: Self.hash(word, lowercasingASCII: false), lowercasingASCII: false).id
    }

    /// The id of `word` if present, and the slot where it is or would go.
    private func find<Bytes: Collection<UInt8>>(_ word: Bytes, hash: UInt32, lowercasingASCII: Bool) -> (id: Int32?, slot: Int) {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while slots[slot] != Self.emptySlot {
            let entry = slots[slot]
            if UInt32(truncatingIfNeeded: entry >> 32) == hash {
                let id = Int32(truncatingIfNeeded: entry)
                if equals(id, word, lowercasingASCII: lowercasingASCII) { return (id, slot) }
            }
            slot = (slot + 1) & mask
        }
        return (nil, slot)
    }

    /// FNV-1a's high bits say little about a short word's last letters, so the hash is mixed
    /// (Fibonacci hashing) before its high bits pick the filter's bit.
    private static func filterBit(_ hash: UInt32) -> Int {
        Int((hash &* 2_654_435_769) >> (32 - filterBits))
    }

    private static func slot(hash: UInt32, id: Int32) -> UInt64 {
        UInt64(hash) << 32 | UInt64(UInt32(bitPattern: id))
    }

    private func equals<Bytes: Collection<UInt8>>(_ id: Int32, _ word: Bytes, lowercasingASCII: Bool) -> Bool {
        var offset = ends[Int(id)]
        guard ends[Int(id) + 1] - offset == word.count else { return false }
        for byte in word {
            if storage[offset] != (lowercasingASCII ? ASCII.lowercased(byte) : byte) { return false }
            offset += 1
        }
        return true
    }

    private static func hash<Bytes: Collection<UInt8>>(_ word: Bytes, lowercasingASCII: Bool) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in word { hash = (hash ^ UInt32(lowercasingASCII ? ASCII.lowercased(byte) : byte)) &* 16_777_619 }
        return hash
    }

    /// The id here of word `id` of `other`, nil when it is not in this set.
    func id(of id: Int32, in other: Lexicon) -> Int32? {
        let hash = other.hashes[Int(id)]
        let bit = Self.filterBit(hash)
        guard present[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return nil }
        return find(other.bytes(of: id), hash: hash, lowercasingASCII: false).id
    }

    func bytes(of id: Int32) -> ArraySlice<UInt8> {
        storage[ends[Int(id)]..<ends[Int(id) + 1]]
    }

    func text(of id: Int32) -> String {
        texts?[Int(id)] ?? String(decoding: bytes(of: id), as: UTF8.self)
    }

    private mutating func grow() {
        slots = Array(repeating: Self.emptySlot, count: slots.count * 2)
        let mask = slots.count - 1
        for id in 0..<Int32(count) {
            var slot = Int(hashes[Int(id)]) & mask
            while slots[slot] != Self.emptySlot { slot = (slot + 1) & mask }
            slots[slot] = Self.slot(hash: hashes[Int(id)], id: id)
        }
    }
}
