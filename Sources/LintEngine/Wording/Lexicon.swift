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
    /// Word `id`'s key, to probe another lexicon for the word and to grow the table.
    private var keys: [Key] = []
    /// Open addressing table of each word's key and id (`emptySlot` for none). Its size is a
    /// power of two kept at least twice the number of words.
    private var slots: [Slot]
    /// One bit per value of a hash's top bits, set for the words here: joining two lexicons
    /// asks about every word of one, most of them absent from the other, and this bit answers
    /// "absent" from the cache where a probe of `slots` would not.
    private var present = [UInt64](repeating: 0, count: 1 << (Lexicon.filterBits - 6))
    private static let filterBits = 14

    /// Each word as a string, made when it is added, when the lexicon `keepsTexts`.
    private var texts: [String]?

    /// A word's FNV-1a hash and its `head`: its first seven bytes and its length (at most
    /// 255) packed in one integer. A word of up to seven bytes is equal to another exactly
    /// when their keys are, so that finding it reads the table's slot and nothing else:
    /// joining a document's words with a phrase book's large lexicon would otherwise miss the
    /// cache three times a word (slot, word end, bytes).
    private struct Key: Equatable {
        var hash: UInt32
        var head: UInt64

        static let headBytes = 7

        var isWholeWord: Bool { head >> 56 <= UInt64(Self.headBytes) }
    }

    private struct Slot {
        var key: Key
        var id: Int32
    }

    private static let emptySlot = Slot(key: Key(hash: 0, head: 0), id: -1)

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
        let key = Self.key(word, lowercasingASCII: lowercasingASCII)
        let (found, slot) = find(word, key: key, lowercasingASCII: lowercasingASCII)
        if let found { return found }
        let id = Int32(count)
        if lowercasingASCII {
            for byte in word { storage.append(ASCII.lowercased(byte)) }
        } else {
            storage.append(contentsOf: word)
        }
        ends.append(storage.count)
        keys.append(key)
        let bit = Self.filterBit(key.hash)
        present[bit >> 6] |= 1 << UInt64(bit & 63)
        slots[slot] = Slot(key: key, id: id)
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
        find(word, key: Self.key(word, lowercasingASCII: false), lowercasingASCII: false).id
    }

    /// The id of `word` (whose key is `key`) if present, and the slot where it is or would go.
    private func find<Bytes: Collection<UInt8>>(_ word: Bytes, key: Key, lowercasingASCII: Bool) -> (id: Int32?, slot: Int) {
        let mask = slots.count - 1
        var slot = Int(key.hash) & mask
        while slots[slot].id >= 0 {
            let entry = slots[slot]
            if entry.key == key && (key.isWholeWord || equals(entry.id, word, lowercasingASCII: lowercasingASCII)) {
                return (entry.id, slot)
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

    private func equals<Bytes: Collection<UInt8>>(_ id: Int32, _ word: Bytes, lowercasingASCII: Bool) -> Bool {
        var offset = ends[Int(id)]
        guard ends[Int(id) + 1] - offset == word.count else { return false }
        for byte in word {
            if storage[offset] != (lowercasingASCII ? ASCII.lowercased(byte) : byte) { return false }
            offset += 1
        }
        return true
    }

    private static func key<Bytes: Collection<UInt8>>(_ word: Bytes, lowercasingASCII: Bool) -> Key {
        var hash: UInt32 = 2_166_136_261
        var head: UInt64 = 0
        var shift: UInt64 = 0
        for byte in word {
            let byte = lowercasingASCII ? ASCII.lowercased(byte) : byte
            hash = (hash ^ UInt32(byte)) &* 16_777_619
            if shift < UInt64(8 * Key.headBytes) {
                head |= UInt64(byte) << shift
                shift += 8
            }
        }
        return Key(hash: hash, head: head | UInt64(min(word.count, 255)) << 56)
    }

    /// The id here of word `id` of `other`, nil when it is not in this set.
    func id(of id: Int32, in other: Lexicon) -> Int32? {
        let key = other.keys[Int(id)]
        let bit = Self.filterBit(key.hash)
        guard present[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return nil }
        return find(other.bytes(of: id), key: key, lowercasingASCII: false).id
    }

    func bytes(of id: Int32) -> ArraySlice<UInt8> {
        storage[ends[Int(id)]..<ends[Int(id) + 1]]
    }

    func text(of id: Int32) -> String {
        texts?[Int(id)] ?? String(decoding: bytes(of: id), as: UTF8.self)
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: Self.emptySlot, count: slots.count * 2)
        let mask = slots.count - 1
        for entry in old where entry.id >= 0 {
            var slot = Int(entry.key.hash) & mask
            while slots[slot].id >= 0 { slot = (slot + 1) & mask }
            slots[slot] = entry
        }
    }
}
