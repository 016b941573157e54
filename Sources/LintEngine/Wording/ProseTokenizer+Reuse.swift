/// A block of prose read once and kept by a language server's `LintCache`, so that a block
/// whose text comes back after a keystroke is appended instead of read again.
///
/// Its tokens' positions are relative to the block's first byte, its sentences to its first
/// sentence, and its stored spellings are its own; word ids are those of the lexicon the
/// cache keeps with it (`LintCache.lexicon`).
struct ReadBlock {
    var tokens: [WordToken]
    var spellings: [String]
    /// How many sentence numbers the block used.
    var sentenceCount: Int
    /// The block's matches of the wording rules' built-in phrases, once a lint has found them.
    let phraseMatches = BlockPhraseMatches()
}

/// The matches of the built-in phrases of the wording rules (`DocumentPhrases`) in one block
/// kept by a `LintCache`, with token positions relative to the block's first token. A block
/// starts with a break, which no match crosses, so its matches depend on its words and their
/// classes alone: the next lint that reads the block with the same classes takes them as
/// they are, and a keystroke matches one block instead of the document.
final class BlockPhraseMatches: @unchecked Sendable {
    private let lock = Lock()
    private var kept: (classes: [WordClass], matches: [PhraseMatch])?

    /// The matches found under `classes`, nil if none were kept under these.
    func matches(under classes: ArraySlice<WordClass>) -> [PhraseMatch]? {
        lock.withLock { kept.flatMap { $0.classes.elementsEqual(classes) ? $0.matches : nil } }
    }

    func keep(_ matches: [PhraseMatch], under classes: ArraySlice<WordClass>) {
        lock.withLock { kept = (Array(classes), matches) }
    }
}

extension ProseTokenizer {
    /// Keeps `lexicon` for the next lint of the document. It only grows, by every word ever
    /// typed (about one a keystroke), so once it holds four times as many words as the
    /// document has tokens it is dropped with the blocks that hold its ids: the next lint
    /// reads the document afresh, and a server's memory stays bounded by the size of its
    /// documents, not by the number of keystrokes.
    static func keep(_ lexicon: Lexicon, in cache: LintCache, tokens: Int) {
        if lexicon.count > max(4 * tokens, minimumKeptWords) {
            cache.lexicon.value = nil
            cache.proseBlocks.empty()
        } else {
            cache.lexicon.value = lexicon
        }
    }

    /// Below this, a lexicon is kept whatever the size of the document: rebuilding it would
    /// save a few kilobytes.
    static let minimumKeptWords = 4096
}

extension WordToken {
    /// The token with its positions, sentence and stored spelling shifted, in run `run`.
    func moved(by offset: Int, sentences: Int, spellings: Int, run: Int) -> WordToken {
        var token = self
        token.range = range.lowerBound + offset..<range.upperBound + offset
        switch spelling {
        case .source(let range): token.spelling = .source(range.lowerBound + offset..<range.upperBound + offset)
        case .stored(let index): token.spelling = .stored(index + spellings)
        }
        token.sentence = sentence + sentences
        token.run = run
        return token
    }
}
