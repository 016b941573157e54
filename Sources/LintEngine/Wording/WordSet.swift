/// A fixed set of words that the wording rules test prose words against, tens of thousands of
/// times a lint: hashed over the word's bytes (FNV-1a, as the prose's own lexicon) rather than
/// with the standard library's seeded hash of a `String`, which cost more than the rest of the
/// rules' checks around a phrase hit.
struct WordSet: ExpressibleByArrayLiteral, Sendable {
    private var words = Lexicon()

    init(_ words: some Sequence<String>) {
        for word in words { _ = self.words.intern(word) }
    }

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    func contains(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { words.id(of: $0) != nil }
    }

    /// Whether the lower-case form of word `index` of `prose` is in the set (as
    /// `contains(prose.text(at: index))`), found by the key the prose's lexicon keeps for the
    /// word: no string is made and no byte hashed again.
    func contains(_ index: Int, in prose: Prose) -> Bool {
        guard prose.tokens[index].kind == .word else { return contains("") }
        return words.id(of: prose.tokens[index].word, in: prose.lexicon) != nil
    }
}
