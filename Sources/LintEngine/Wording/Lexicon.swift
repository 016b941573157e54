/// A set of distinct words, each with a small integer id in order of first insertion.
///
/// Prose interns the lower-case form of every word it reads, so that a word is hashed once
/// per lint and everything after (phrase matching, word classes) compares integers. A
/// phrase book keeps its own lexicon of the surface forms its phrases match. Words are kept
/// as UTF-8 bytes in one buffer and hashed with FNV-1a: `String` keys would cost a `String`
/// per token and a far slower hash.
struct Lexicon: Sendable {
    /// The words' bytes, one after the other.
    private var storage: [UInt8] = []
    /// Word `id` is `storage[ends[id]..<ends[id + 1]]`.
    private var ends: [Int] = [0]
    /// Open addressing table of ids, -1 for an empty slot; its size is a power of two kept
    /// at least twice the number of words.
    private var slots: [Int32]

    init(capacity: Int = 32) {
        var size = 16
        while size < 2 * capacity { size *= 2 }
        slots = Array(repeating: -1, count: size)
    }

    /// The number of words.
    var count: Int { ends.count - 1 }

    /// The id of `word`, added if new.
    mutating func intern(_ word: ArraySlice<UInt8>) -> Int32 {
        var slot = Self.hash(word) & (slots.count - 1)
        while slots[slot] >= 0 {
            if equals(slots[slot], word) { return slots[slot] }
            slot = (slot + 1) & (slots.count - 1)
        }
        let id = Int32(count)
        storage.append(contentsOf: word)
        ends.append(storage.count)
        slots[slot] = id
        if 2 * count > slots.count { grow() }
        return id
    }

    mutating func intern(_ word: String) -> Int32 {
        intern(Array(word.utf8)[...])
    }

    /// The id of `word`, nil when it is not in the set.
    func id(of word: ArraySlice<UInt8>) -> Int32? {
        var slot = Self.hash(word) & (slots.count - 1)
        while slots[slot] >= 0 {
            if equals(slots[slot], word) { return slots[slot] }
            slot = (slot + 1) & (slots.count - 1)
        }
        return nil
    }

    func bytes(of id: Int32) -> ArraySlice<UInt8> {
        storage[ends[Int(id)]..<ends[Int(id) + 1]]
    }

    func text(of id: Int32) -> String {
        String(decoding: bytes(of: id), as: UTF8.self)
    }

    private func equals(_ id: Int32, _ word: ArraySlice<UInt8>) -> Bool {
        let start = ends[Int(id)]
        guard ends[Int(id) + 1] - start == word.count else { return false }
        var offset = start
        for byte in word {
            if storage[offset] != byte { return false }
            offset += 1
        }
        return true
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        for id in 0..<Int32(count) {
            var slot = Self.hash(bytes(of: id)) & (slots.count - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = id
        }
    }

    private static func hash(_ word: ArraySlice<UInt8>) -> Int {
        var hash: UInt32 = 2_166_136_261
        for byte in word { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return Int(hash)
    }
}
