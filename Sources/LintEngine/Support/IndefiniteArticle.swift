import MarkdownSyntax

/// "a" or "an" before a word, by how the word sounds rather than how it is spelt: an
/// "Impact" section, a "Timeline" section, a "User Impact" section, an "Hour-by-hour" one.
enum IndefiniteArticle {
    /// Words spelt with a vowel that start with a consonant sound ("you", "won").
    private static let consonantSounds = ["unic", "unif", "unio", "uniq", "unit", "univ", "use", "usu", "usa", "uti", "ura", "ure", "euro", "eu", "one", "once", "ubiq"]
    /// Words spelt with a consonant that start with a vowel sound (silent h).
    private static let vowelSounds = ["hour", "honest", "honor", "honour", "heir"]

    /// Read by ASCII bytes: comparing `Character`s cost more than the rest of a missing
    /// section's finding.
    static func before(_ word: String) -> String {
        let lower = Array(word.utf8.drop { !ASCII.isAlphanumeric($0) && $0 < 0x80 }.prefix(8).map(ASCII.lowercased))
        if vowelSounds.contains(where: { lower.starts(with: $0.utf8) }) { return "an" }
        if consonantSounds.contains(where: { lower.starts(with: $0.utf8) }) { return "a" }
        return lower.first.map { Array("aeiou".utf8).contains($0) } == true ? "an" : "a"
    }
}
