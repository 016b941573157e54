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
