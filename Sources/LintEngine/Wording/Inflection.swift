/// The forms a phrase word matches in text, so that one list entry (`blame`, `fail to`)
/// covers `blamed`, `blaming`, `fails to` and `failed to`.
///
/// Regular forms are generated generously (`happen` also yields `happenned`): a form that
/// is not an English word never occurs in text, so over-generation costs nothing, while a
/// missed form costs recall. Irregular verbs come from a table; any of their forms written in
/// a phrase stands for all of them.
enum Inflection {
    /// The forms as UTF-8 bytes, possibly repeated. Works on bytes: it runs for every phrase
    /// word when a process first lints, and the words it inflects are plain lower-case ASCII.
    static func forms(of letters: [UInt8]) -> [[UInt8]] {
        if let group = irregularGroups[letters] { return group }
        // A compound inflects its last part: `rubber-stamp` → `rubber-stamped`.
        if let hyphen = letters.lastIndex(of: UInt8(ascii: "-")), hyphen != 0, hyphen != letters.count - 1 {
            let head = letters[...hyphen]
            return forms(of: Array(letters[(hyphen + 1)...])).map { Array(head) + $0 }
        }
        guard letters.count >= 2, letters.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) else { return [letters] }
        var forms = [letters, letters + "s".utf8, letters + "es".utf8, letters + "ed".utf8, letters + "ing".utf8]
        let last = letters[letters.count - 1]
        let stem = Array(letters.dropLast())
        if last == UInt8(ascii: "e") {
            forms += [letters + "d".utf8, stem + "ing".utf8]
        }
        if last == UInt8(ascii: "y"), !isVowel(letters[letters.count - 2]) {
            forms += [stem + "ies".utf8, stem + "ied".utf8]
        }
        if endsConsonantVowelConsonant(letters) {
            forms += [letters + [last] + "ed".utf8, letters + [last] + "ing".utf8]
        }
        return forms
    }

    private static func isVowel(_ letter: UInt8) -> Bool {
        letter == UInt8(ascii: "a") || letter == UInt8(ascii: "e") || letter == UInt8(ascii: "i")
            || letter == UInt8(ascii: "o") || letter == UInt8(ascii: "u")
    }

    /// `drop` → `dropped`, `commit` → `committed`.
    private static func endsConsonantVowelConsonant(_ letters: [UInt8]) -> Bool {
        guard letters.count >= 3 else { return false }
        let (a, b, c) = (letters[letters.count - 3], letters[letters.count - 2], letters[letters.count - 1])
        return !isVowel(a) && isVowel(b) && !isVowel(c)
            && c != UInt8(ascii: "w") && c != UInt8(ascii: "x") && c != UInt8(ascii: "y")
    }

    /// Irregular verbs that postmortem phrases use, each form mapped to the whole group.
    private static let irregularGroups: [[UInt8]: [[UInt8]]] = {
        let groups: [[String]] = [
            ["be", "is", "are", "was", "were", "been", "being", "am", "isn't", "aren't", "wasn't", "weren't"],
            ["have", "has", "had", "having"],
            ["do", "does", "did", "done", "doing"],
            ["make", "makes", "made", "making"],
            ["catch", "catches", "caught", "catching"],
            ["forget", "forgets", "forgot", "forgotten", "forgetting"],
            ["break", "breaks", "broke", "broken", "breaking"],
            ["see", "sees", "saw", "seen", "seeing"],
            ["know", "knows", "knew", "known", "knowing"],
            ["take", "takes", "took", "taken", "taking"],
            ["get", "gets", "got", "gotten", "getting"],
            ["go", "goes", "went", "gone", "going"],
            ["run", "runs", "ran", "running"],
            ["read", "reads", "reading"],
            ["write", "writes", "wrote", "written", "writing"],
            ["think", "thinks", "thought", "thinking"],
            ["lose", "loses", "lost", "losing"],
            ["leave", "leaves", "left", "leaving"],
            ["fall", "falls", "fell", "fallen", "falling"],
            ["drop", "drops", "dropped", "dropping"],
            ["mislead", "misleads", "misled", "misleading"],
            ["overlook", "overlooks", "overlooked", "overlooking"],
            ["will", "would"],
            ["can", "could"],
            ["shall", "should"],
        ]
        var map: [[UInt8]: [[UInt8]]] = [:]
        for group in groups {
            let forms = group.map { Array($0.utf8) }
            for form in forms { map[form] = forms }
        }
        return map
    }()
}
