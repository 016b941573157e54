import MarkdownSyntax

/// One position of a phrase: a word (matched with its inflections) or a named class of
/// tokens (`{person}`, `{number}`) that the rule decides on.
enum PhraseSlot: Hashable, Sendable {
    /// The word in lower case, as UTF-8.
    case word([UInt8])
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
    /// Alternatives already read, by their text: the built-in lists repeat the same long lists
    /// of words (every kind of monitoring, every impact noun) in many phrases, and reading
    /// them again was a fifth of the compile.
    struct Memo {
        fileprivate var alternatives: [String: [[PhraseSlot]]] = [:]
    }

    /// The pattern as a list of positions, each with its alternatives; an optional group has
    /// the empty sequence as one alternative. Empty for a pattern with no words.
    ///
    /// Every built-in phrase is compiled when a process first lints, so the syntax (all ASCII)
    /// is read as bytes: reading it as `Character`s cost more than the lint of a typical file.
    /// - Parameter memo: the alternatives earlier patterns of the same compile read.
    static func groups(of pattern: String, memo: inout Memo) -> [[[PhraseSlot]]] {
        let bytes = Array(pattern.utf8)
        var groups: [[[PhraseSlot]]] = []
        var index = 0
        while index < bytes.count {
            let first = bytes[index]
            if first == UInt8(ascii: "(") || first == UInt8(ascii: "[") {
                let closer = first == UInt8(ascii: "(") ? UInt8(ascii: ")") : UInt8(ascii: "]")
                let close = bytes[(index + 1)...].firstIndex(of: closer) ?? bytes.count
                let inside = alternatives(bytes[(index + 1)..<close], memo: &memo)
                groups.append(first == UInt8(ascii: "(") ? inside + [[]] : inside.filter { !$0.isEmpty })
                index = close + 1
            } else if isSpace(first) {
                index += 1
            } else {
                let end = bytes[index...].firstIndex { isSpace($0) || $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: "[") } ?? bytes.count
                let options = alternatives(bytes[index..<end], memo: &memo).filter { !$0.isEmpty }
                if !options.isEmpty { groups.append(options) }
                index = end
            }
        }
        return groups.allSatisfy { $0.contains([]) } ? [] : groups
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    private static func alternatives(_ text: ArraySlice<UInt8>, memo: inout Memo) -> [[PhraseSlot]] {
        guard text.contains(UInt8(ascii: "|")) else { return [slots(text)] }
        let key = String(decoding: text, as: UTF8.self)
        if let known = memo.alternatives[key] { return known }
        let read = text.split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false).map(slots)
        memo.alternatives[key] = read
        return read
    }

    /// The words of `text`, read by the same tokenizer as prose so that a phrase and the
    /// text it should match agree on where words start and end. A chunk of ASCII letters and
    /// digits, perhaps joined by inner hyphens and apostrophes (`on-call`, `didn't`), which
    /// nearly all are, is one word whatever the tokenizer, and skips it.
    private static func slots(_ text: ArraySlice<UInt8>) -> [PhraseSlot] {
        var result: [PhraseSlot] = []
        for chunk in text.split(whereSeparator: isSpace) {
            if chunk.first == UInt8(ascii: "{"), chunk.last == UInt8(ascii: "}"), chunk.count > 2 {
                result.append(.tokenClass(String(decoding: chunk.dropFirst().dropLast(), as: UTF8.self)))
                continue
            }
            if isPlainWord(chunk) {
                result.append(.word(chunk.map(ASCII.lowercased)))
                continue
            }
            let bytes = Array(chunk)
            var tokenizer = ProseTokenizer(bytes: bytes)
            let read = tokenizer.tokenize([.text(0..<bytes.count)], run: 0)
            for token in tokenizer.tokens[read] where token.kind == .word {
                result.append(.word(Array(tokenizer.lexicon.bytes(of: token.word))))
            }
        }
        return result
    }

    /// Letters and digits, with a hyphen only between two of them and an apostrophe only
    /// between one of them and a letter: what the tokenizer reads as one word, unchanged.
    private static func isPlainWord(_ chunk: ArraySlice<UInt8>) -> Bool {
        for index in chunk.indices where !ASCII.isAlphanumeric(chunk[index]) {
            guard index > chunk.startIndex, index + 1 < chunk.endIndex, ASCII.isAlphanumeric(chunk[index - 1]) else { return false }
            switch chunk[index] {
            case UInt8(ascii: "-"): if !ASCII.isAlphanumeric(chunk[index + 1]) { return false }
            case UInt8(ascii: "'"): if !ASCII.isLetter(chunk[index + 1]) { return false }
            default: return false
            }
        }
        return true
    }
}
