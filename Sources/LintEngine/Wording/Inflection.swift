/// The forms a phrase word matches in text, so that one list entry (`blame`, `fail to`)
/// covers `blamed`, `blaming`, `fails to` and `failed to`.
///
/// Regular forms are generated generously (`happen` also yields `happenned`): a form that
/// is not an English word never occurs in text, so over-generation costs nothing, while a
/// missed form costs recall. Irregular verbs come from a table; any of their forms written in
/// a phrase stands for all of them.
enum Inflection {
    /// Hands each form, as UTF-8 bytes, to `body`; a form may come more than once. Works on
    /// bytes in one reused buffer: it runs for every phrase word when a process first lints,
    /// and the words it inflects are plain lower-case ASCII.
    static func forEachForm(of letters: [UInt8], _ body: (ArraySlice<UInt8>) -> Void) {
        if let group = irregularGroups[letters] {
            for form in group { body(form[...]) }
            return
        }
        // A compound inflects its last part: `rubber-stamp` → `rubber-stamped`.
        if let hyphen = letters.lastIndex(of: UInt8(ascii: "-")), hyphen != 0, hyphen != letters.count - 1 {
            forEachForm(of: Array(letters[(hyphen + 1)...])) { body((letters[...hyphen] + $0)[...]) }
            return
        }
        guard letters.count >= 2, letters.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) else {
            body(letters[...])
            return
        }
        var form = letters
        /// The first `count` letters of the word followed by `suffix`.
        func emit(_ count: Int, _ suffix: [UInt8]) {
            form.removeSubrange(count...)
            form.append(contentsOf: suffix)
            body(form[...])
        }
        let count = letters.count
        body(letters[...])
        for suffix in Suffix.regular { emit(count, suffix) }
        let last = letters[count - 1]
        if last == UInt8(ascii: "e") {
            emit(count, Suffix.d)
            emit(count - 1, Suffix.ing)
        }
        if last == UInt8(ascii: "y"), !isVowel(letters[count - 2]) {
            emit(count - 1, Suffix.ies)
            emit(count - 1, Suffix.ied)
        }
        if endsConsonantVowelConsonant(letters) {
            form.removeSubrange(count...)
            form.append(last)
            emit(count + 1, Suffix.ed)
            emit(count + 1, Suffix.ing)
        }
    }

    /// The endings, as bytes once rather than as strings at every word.
    private enum Suffix {
        static let regular = ["s", "es", "ed", "ing"].map { Array($0.utf8) }
        static let d = Array("d".utf8)
        static let ed = Array("ed".utf8)
        static let ing = Array("ing".utf8)
        static let ies = Array("ies".utf8)
        static let ied = Array("ied".utf8)
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
            // Without the negated forms: "wasn't at fault" says the opposite of "was at fault".
            ["be", "is", "are", "was", "were", "been", "being", "am"],
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
            ["misunderstand", "misunderstands", "misunderstood", "misunderstanding"],
            ["mislay", "mislays", "mislaid", "mislaying"],
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
