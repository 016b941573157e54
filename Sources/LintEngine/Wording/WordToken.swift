/// One word of prose as the wording rules see it, or a placeholder for an inline element
/// (a code span, an autolink) that stands in the sentence but is never matched as words.
///
/// A plain value with no strings in it: a document has tens of thousands of tokens, and
/// every rule walks them. The word's text is in the prose's `Lexicon` (`Prose.text(at:)`),
/// the word as written in the source (`Prose.raw(at:)`).
struct WordToken: Sendable, Equatable {
    enum Kind: UInt8, Sendable, Equatable {
        case word
        /// A code span: its spelling is its content. Phrases never match it, but rules may
        /// read it (a sentence that names a `metric_name` names something concrete).
        case code
        /// `<https://…>` or `<name@example.com>`: its spelling is the address.
        case autolink
        /// Raw inline HTML or an image: it interrupts the sentence and says nothing.
        case markup
    }

    /// Where the token's characters as written are found.
    enum Spelling: Sendable, Equatable {
        /// In the source bytes, unchanged.
        case source(Range<Int>)
        /// In `Prose.spellings`: the word had emphasis markers or escapes inside it, or a
        /// curly apostrophe, which the spelling leaves out or straightens.
        case stored(Int)
    }

    var kind: Kind
    /// The id in the prose's lexicon of the lower-case form, curly apostrophes straightened:
    /// the form phrases are matched against. -1 for tokens that are not words.
    var word: Int32
    var spelling: Spelling
    /// From the word's first byte to its last, markers inside it included.
    var range: Range<Int>
    /// False when punctuation, a line of another block, a code span or a quotation stands
    /// between this word and the one before: a phrase never spans such a gap.
    var isJoinedToPrevious: Bool
    /// An upper-case letter followed by a lower-case one, as a name is written (`Alice`, not
    /// `ALICE` or `alice`).
    var isNameShaped: Bool
    /// Index of the sentence, counted over the whole document.
    var sentence: Int
    /// Index of the block of prose (paragraph, heading, table cell) the word stands in.
    var run: Int
}
