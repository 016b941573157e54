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
    /// Each position of the pattern (UTF-8) as written, its brackets included, in order. The
    /// syntax is all ASCII, so it is read as bytes: every built-in phrase is compiled when a
    /// process first lints.
    static func positions(of pattern: [UInt8]) -> [Range<Int>] {
        var positions: [Range<Int>] = []
        var index = 0
        while index < pattern.count {
            let first = pattern[index]
            if first == UInt8(ascii: "(") || first == UInt8(ascii: "[") {
                let end = pattern[(index + 1)...].firstIndex(of: closer(of: first)).map { $0 + 1 } ?? pattern.count
                positions.append(index..<end)
                index = end
            } else if isSpace(first) {
                index += 1
            } else {
                let end = pattern[index...].firstIndex { isSpace($0) || $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: "[") } ?? pattern.count
                positions.append(index..<end)
                index = end
            }
        }
        return positions
    }

    /// The alternatives of one position that `positions(of:)` found; an optional position has
    /// the empty sequence as one alternative. Nil for a position with no words, which a
    /// pattern does without; a pattern whose positions are all optional matches nothing.
    static func alternatives(ofPosition text: ArraySlice<UInt8>) -> [[PhraseSlot]]? {
        switch text.first {
        case UInt8(ascii: "("):
            return alternatives(inside(text)) + [[]]
        case UInt8(ascii: "["):
            return alternatives(inside(text)).filter { !$0.isEmpty }
        default:
            let options = alternatives(text).filter { !$0.isEmpty }
            return options.isEmpty ? nil : options
        }
    }

    /// A bracketed position's text without its brackets (an unclosed one runs to the end).
    private static func inside(_ text: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        let body = text.dropFirst()
        return body.last == text.first.map(closer(of:)) ? body.dropLast() : body
    }

    /// The bracket that closes `opener` (`(` or `[`).
    private static func closer(of opener: UInt8) -> UInt8 {
        opener == UInt8(ascii: "(") ? UInt8(ascii: ")") : UInt8(ascii: "]")
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    private static func alternatives(_ text: ArraySlice<UInt8>) -> [[PhraseSlot]] {
        text.split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false).map(slots)
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
