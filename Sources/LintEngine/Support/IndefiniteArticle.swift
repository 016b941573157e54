/// "a" or "an" before a word, by how the word sounds rather than how it is spelt: an
/// "Impact" section, a "Timeline" section, a "User Impact" section, an "Hour-by-hour" one.
enum IndefiniteArticle {
    /// Words spelt with a vowel that start with a consonant sound ("you", "won").
    private static let consonantSounds = ["unic", "unif", "unio", "uniq", "unit", "univ", "use", "usu", "usa", "uti", "ura", "ure", "euro", "eu", "one", "once", "ubiq"]
    /// Words spelt with a consonant that start with a vowel sound (silent h).
    private static let vowelSounds = ["hour", "honest", "honor", "honour", "heir"]

    static func before(_ word: String) -> String {
        let lower = word.lowercased().drop { !$0.isLetter && !$0.isNumber }
        if vowelSounds.contains(where: lower.hasPrefix) { return "an" }
        if consonantSounds.contains(where: lower.hasPrefix) { return "a" }
        return lower.first.map { "aeiou".contains($0) } == true ? "an" : "a"
    }
}
