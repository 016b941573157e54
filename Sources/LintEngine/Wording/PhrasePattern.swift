/// One position of a phrase: a word (matched with its inflections) or a named class of
/// tokens (`{person}`, `{number}`) that the rule decides on.
enum PhraseSlot: Hashable, Sendable {
    case word(String)
    case tokenClass(String)
}

/// The phrase syntax shared by built-in lists and configuration files:
///
/// - `human error` — words, matched case-insensitively as whole words, with inflections
///   (write the base form: `fail to` also matches `failed to`);
/// - `the on-call (engineer)` — words in parentheses are optional;
/// - `mistake|fault`, `(accidentally|mistakenly)` — alternatives for one position;
/// - `[did not|never]` — alternatives of several words, one of which must be there;
/// - `{person}` — a class of words the rule defines (its documentation lists them).
enum PhrasePattern {
    /// The pattern as a list of positions, each with its alternatives; an optional group has
    /// the empty sequence as one alternative. Empty for a pattern with no words.
    static func groups(of pattern: String) -> [[[PhraseSlot]]] {
        var groups: [[[PhraseSlot]]] = []
        var rest = Substring(pattern)
        while let first = rest.first {
            if first == "(" || first == "[" {
                let close = rest.firstIndex(of: first == "(" ? ")" : "]") ?? rest.endIndex
                let inside = alternatives(rest[rest.index(after: rest.startIndex)..<close])
                groups.append(first == "(" ? inside + [[]] : inside.filter { !$0.isEmpty })
                rest = close == rest.endIndex ? "" : rest[rest.index(after: close)...]
            } else if first.isWhitespace {
                rest = rest.dropFirst()
            } else {
                let end = rest.firstIndex { $0.isWhitespace || $0 == "(" || $0 == "[" } ?? rest.endIndex
                let options = alternatives(rest[..<end]).filter { !$0.isEmpty }
                if !options.isEmpty { groups.append(options) }
                rest = rest[end...]
            }
        }
        return groups.allSatisfy { $0.contains([]) } ? [] : groups
    }

    private static func alternatives(_ text: Substring) -> [[PhraseSlot]] {
        text.split(separator: "|", omittingEmptySubsequences: false).map(slots)
    }

    /// The words of `text`, read by the same tokenizer as prose so that a phrase and the
    /// text it should match agree on where words start and end.
    private static func slots(_ text: Substring) -> [PhraseSlot] {
        var result: [PhraseSlot] = []
        for chunk in text.split(whereSeparator: \.isWhitespace) {
            if chunk.hasPrefix("{"), chunk.hasSuffix("}"), chunk.count > 2 {
                result.append(.tokenClass(String(chunk.dropFirst().dropLast())))
                continue
            }
            let bytes = Array(chunk.utf8)
            var tokenizer = ProseTokenizer(bytes: bytes, run: 0, section: nil, firstSentence: 0)
            for token in tokenizer.tokenize([.text(0..<bytes.count)]) where token.kind == .word {
                result.append(.word(token.text))
            }
        }
        return result
    }
}
