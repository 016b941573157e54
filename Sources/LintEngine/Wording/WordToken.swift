import PostmortemModel

/// One word of prose as the wording rules see it, or a placeholder for an inline element
/// (a code span, an autolink) that stands in the sentence but is never matched as words.
public struct WordToken: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case word
        /// A code span: `raw` holds its content. Phrases never match it, but rules may read it
        /// (a sentence that names a `metric_name` names something concrete).
        case code
        /// `<https://…>` or `<name@example.com>`: `raw` holds the address.
        case autolink
        /// Raw inline HTML or an image: it interrupts the sentence and says nothing.
        case markup
    }

    public var kind: Kind
    /// Lower case, curly apostrophes straightened: the form phrases are matched against.
    public var text: String
    /// The word's characters as written, emphasis markers inside it left out.
    public var raw: String
    /// From the word's first byte to its last, markers inside it included.
    public var range: Range<Int>
    /// False when punctuation, a line of another block, a code span or a quotation stands
    /// between this word and the one before: a phrase never spans such a gap.
    public var isJoinedToPrevious: Bool
    /// Index of the sentence, counted over the whole document.
    public var sentence: Int
    /// Index of the block of prose (paragraph, heading, table cell) the word stands in.
    public var run: Int
    /// The kind of the innermost known section the word stands in, inherited from the parent
    /// section when a subsection's heading is not one pmlint knows.
    public var section: SectionKind?

    public init(kind: Kind = .word, text: String, raw: String, range: Range<Int>, isJoinedToPrevious: Bool,
                sentence: Int = 0, run: Int = 0, section: SectionKind? = nil) {
        self.kind = kind
        self.text = text
        self.raw = raw
        self.range = range
        self.isJoinedToPrevious = isJoinedToPrevious
        self.sentence = sentence
        self.run = run
        self.section = section
    }

    /// Whether the word starts with an upper-case letter as written.
    public var isCapitalized: Bool {
        raw.unicodeScalars.first.map { $0.properties.isUppercase } ?? false
    }
}
