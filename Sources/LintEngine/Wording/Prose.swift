import MarkdownSyntax
import PostmortemModel

/// The words of a document that are prose, in document order, each knowing its sentence and
/// section.
///
/// Prose is what the writer says in their own voice: paragraphs, list items, table cells
/// and headings. Code spans and blocks, HTML, front matter, link destinations and quoted
/// material (block quotes and text in quotation marks) are left out, so no wording rule
/// ever reports a quotation, a log line or a URL. Table header rows are labels, not prose.
struct Prose {
    let tokens: [WordToken]
    /// Each token's word (`WordToken.word`, -1 for a token that is no word), or `-3 - word`
    /// when the token is not joined to the one before: all that phrase matching reads of a
    /// token, for every phrase list, packed so that the pass stays in the cache.
    let matchKeys: [Int32]
    /// The lower-case forms of the words (`WordToken.word`).
    let lexicon: Lexicon
    /// The source bytes the tokens' ranges point into.
    private let source: [UInt8]
    private let spellings: [String]
    /// For each run (block of prose), its section and whether it is a heading.
    private let runs: [Run]

    private struct Run {
        var section: SectionKind?
        var isHeading: Bool
        /// Where a language server's cache keeps the block's phrase matches.
        var keptMatches: BlockPhraseMatches?
    }

    /// All the prose of `document`, headings included.
    /// - Parameter cache: blocks read by the previous lint of the document, reused when
    ///   their text comes back.
    init(document: PostmortemDocument, reusing cache: LintCache? = nil) {
        // A postmortem has about one word per 6 bytes, and up to one distinct word per 16 (a
        // short one): a lexicon made large enough at once is not rebuilt as it fills.
        let size = document.source.bytes.count
        let lexicon = cache?.lexicon.value ?? Lexicon(capacity: size / 16, keepsTexts: cache != nil)
        var builder = Builder(markdown: document.markdown, headings: true, lexicon: lexicon, expectedTokens: size / 6, cache: cache)
        builder.voice = AuthorsVoice(document)
        for block in document.preamble { builder.add(block, section: nil) }
        for section in document.sections { builder.add(section, inherited: nil) }
        if let cache { ProseTokenizer.keep(builder.tokenizer.lexicon, in: cache, tokens: builder.tokenizer.tokens.count) }
        self.init(builder)
    }

    /// The prose of pieces of inline content, one block each, for example the texts of the
    /// action items: block `n`'s tokens are those whose `run` is `n`.
    init(markdown: MarkdownDocument, contents: [InlineContent], section: SectionKind?) {
        var builder = Builder(markdown: markdown, headings: false, lexicon: Lexicon(capacity: 16 * contents.count), expectedTokens: 0, cache: nil)
        for content in contents { builder.add(content, section: section, isHeading: false) }
        self.init(builder)
    }

    /// The words of `pieces` of `source`, read as one block.
    init(source: [UInt8], pieces: [ProsePiece]) {
        var tokenizer = ProseTokenizer(bytes: source)
        tokenizer.tokenize(pieces, run: 0)
        self.init(tokenizer: tokenizer, runs: [Run(section: nil, isHeading: false, keptMatches: nil)])
    }

    private init(_ builder: Builder) {
        self.init(tokenizer: builder.tokenizer, runs: builder.runs)
    }

    private init(tokenizer: ProseTokenizer, runs: [Run]) {
        self.tokens = tokenizer.tokens
        self.matchKeys = Self.matchKeys(tokenizer.tokens)
        self.lexicon = tokenizer.lexicon
        self.spellings = tokenizer.spellings
        self.source = tokenizer.bytes
        self.runs = runs
    }

    private static func matchKeys(_ tokens: [WordToken]) -> [Int32] {
        tokens.map { token in
            let word = token.kind == .word ? token.word : -1
            return token.isJoinedToPrevious ? word : -3 - word
        }
    }

    private init(tokens: [WordToken], from prose: Prose) {
        self.tokens = tokens
        self.matchKeys = Self.matchKeys(tokens)
        self.lexicon = prose.lexicon
        self.spellings = prose.spellings
        self.source = prose.source
        self.runs = prose.runs
    }

    /// The same prose without section titles and headings, for rules that look for a
    /// statement: a heading "Apology" apologises for nothing.
    func withoutHeadings() -> Prose {
        Prose(tokens: tokens.filter { !runs[$0.run].isHeading }, from: self)
    }

    /// The lower-case form of word `index` (empty for a code span or other non-word).
    func text(at index: Int) -> String {
        tokens[index].kind == .word ? lexicon.text(of: tokens[index].word) : ""
    }

    /// Token `index` as written: a word without the markers inside it, a code span's
    /// content, an autolink's address.
    func raw(at index: Int) -> String {
        String(decoding: rawBytes(at: index), as: UTF8.self)
    }

    /// Token `index` as written, as UTF-8: no string to build for a word spelled as in the
    /// source, which nearly all are.
    func rawBytes(at index: Int) -> ArraySlice<UInt8> {
        switch tokens[index].spelling {
        case .source(let range): source[range]
        case .stored(let stored): Array(spellings[stored].utf8)[...]
        }
    }

    /// Whether the prose was read with a cache, whose blocks keep their phrase matches.
    var keepsMatches: Bool {
        runs.first?.keptMatches != nil
    }

    /// Where the phrase matches of run (block) `run` are kept between lints; nil when the
    /// prose was read without a cache.
    func keptMatches(ofRun run: Int) -> BlockPhraseMatches? {
        runs[run].keptMatches
    }

    /// Whether token `index` stands in a heading or section title.
    func isHeading(at index: Int) -> Bool {
        runs[tokens[index].run].isHeading
    }

    /// The kind of the innermost known section token `index` stands in, inherited from the
    /// parent section when a subsection's heading is not one pmlint knows.
    func section(at index: Int) -> SectionKind? {
        runs[tokens[index].run].section
    }

    /// The token indices of the sentence `index` stands in.
    func sentence(containing index: Int) -> Range<Int> {
        let sentence = tokens[index].sentence
        var start = index
        while start > 0 && tokens[start - 1].sentence == sentence { start -= 1 }
        var end = index + 1
        while end < tokens.count && tokens[end].sentence == sentence { end += 1 }
        return start..<end
    }

    /// The first token of the clause `index` stands in: back over joined words to just after
    /// one of `openers` (the word that opens it, in lower case) or a break. Each rule names
    /// its own openers: what closes a clause depends on what the rule reads in it.
    func clauseStart(of index: Int, openers: WordSet) -> Int {
        var start = index
        while start > 0 && tokens[start].isJoinedToPrevious && !openers.contains(start - 1, in: self) { start -= 1 }
        return start
    }

    /// The token indices of each of the first `count` blocks, in order (empty for a block
    /// without a word).
    func blockRanges(count: Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for block in 0..<count {
            var end = start
            while end < tokens.count && tokens[end].run == block { end += 1 }
            ranges.append(start..<end)
            start = end
        }
        return ranges
    }

    /// The token indices of the block of prose `index` stands in.
    func run(containing index: Int) -> Range<Int> {
        let run = tokens[index].run
        var start = index
        while start > 0 && tokens[start - 1].run == run { start -= 1 }
        var end = index + 1
        while end < tokens.count && tokens[end].run == run { end += 1 }
        return start..<end
    }

    /// The byte range from the first matched word to the last.
    func range(of match: PhraseMatch) -> Range<Int> {
        tokens[match.tokens.lowerBound].range.lowerBound..<tokens[match.tokens.upperBound - 1].range.upperBound
    }

    /// The matched words as written, single-spaced, for messages.
    func text(of match: PhraseMatch) -> String {
        match.tokens.map(raw(at:)).joined(separator: " ")
    }

    /// Whether one of `words` (lower case) stands among the `window` words before `index`
    /// in its sentence.
    func hasWord(of words: WordSet, within window: Int, before index: Int) -> Bool {
        let sentence = tokens[index].sentence
        var position = index - 1
        while position >= 0 && position >= index - window && tokens[position].sentence == sentence {
            if words.contains(position, in: self) { return true }
            position -= 1
        }
        return false
    }

    /// Whether a negation (`not`, `no`, `never`, `without`, `didn't`, …) stands among the
    /// few words before `index` in its clause: "nobody is to blame", "not a minor issue".
    func isNegated(before index: Int, window: Int = 5) -> Bool {
        var position = index - 1
        while position >= 0 && position >= index - window && tokens[position].sentence == tokens[index].sentence {
            let text = text(at: position)
            if Self.clauseStarts.contains(text) { return false }
            if Self.negations.contains(text) || text.hasSuffix("n't") { return true }
            position -= 1
        }
        return false
    }

    /// Words that start a new clause: a negation before them does not reach the words after
    /// ("Bob didn't check and forgot to renew").
    private static let clauseStarts: WordSet = ["and", "but", "because", "so", "which", "while", "although", "though", "whereas"]

    private static let negations: WordSet = [
        "not", "no", "never", "without", "nobody", "none", "nor", "neither", "cannot", "avoid", "avoiding", "rather", "instead",
    ]

    /// Collects tokens block by block, numbering sentences and blocks over the document.
    private struct Builder {
        let markdown: MarkdownDocument
        let headings: Bool
        let cache: LintCache?
        var tokenizer: ProseTokenizer
        var runs: [Run] = []
        /// Leaves out quoted material and template prompts, when reading a whole document.
        var voice: AuthorsVoice?

        init(markdown: MarkdownDocument, headings: Bool, lexicon: Lexicon, expectedTokens: Int, cache: LintCache?) {
            self.markdown = markdown
            self.headings = headings
            self.cache = cache
            tokenizer = ProseTokenizer(bytes: markdown.source.bytes, lexicon: lexicon, expectedTokens: expectedTokens)
        }

        mutating func add(_ section: Section, inherited: SectionKind?) {
            let kind = section.kind ?? inherited
            if headings { add(InlineContent(segments: [section.titleRange]), section: kind, isHeading: true) }
            for block in section.blocks { add(block, section: kind) }
            for subsection in section.subsections { add(subsection, inherited: kind) }
        }

        mutating func add(_ block: Block, section: SectionKind?) {
            switch block.kind {
            case .paragraph(let content):
                add(content, section: section, isHeading: false)
            case .heading(let heading):
                if headings { add(heading.content, section: section, isHeading: true) }
            case .list, .listItem:
                for child in block.children { add(child, section: section) }
            case .table(let table):
                for row in table.rows {
                    for cell in row.cells { add(cell.inlineContent, section: section, isHeading: false) }
                }
            case .document, .frontMatter, .blockQuote, .codeBlock, .htmlBlock, .thematicBreak:
                break
            }
        }

        mutating func add(_ content: InlineContent, section: SectionKind?, isHeading: Bool) {
            guard !content.segments.isEmpty, isHeading || voice?.excludes(content) != true else { return }
            var kept: BlockPhraseMatches?
            if let cache {
                // The closure needs its own copy; a lint without a cache makes none per block.
                let markdown = markdown
                kept = tokenizer.tokenize(content, run: runs.count, reusing: cache, source: markdown.source,
                                          pieces: { Self.pieces(of: content, in: markdown) })
            } else {
                tokenizer.tokenize(Self.pieces(of: content, in: markdown), run: runs.count)
            }
            runs.append(Run(section: section, isHeading: isHeading, keptMatches: kept))
        }

        private static func pieces(of content: InlineContent, in markdown: MarkdownDocument) -> [ProsePiece] {
            var pieces: [ProsePiece] = []
            flatten(markdown.inlines(content), into: &pieces)
            return pieces
        }

        /// Text inside emphasis and link text stays; link destinations, images and raw HTML
        /// go; code spans and autolinks become opaque tokens.
        private static func flatten(_ inlines: [Inline], into pieces: inout [ProsePiece]) {
            for inline in inlines {
                switch inline.kind {
                case .text, .softBreak, .hardBreak:
                    pieces.append(.text(inline.range))
                case .code(let content):
                    pieces.append(.opaque(.code, range: inline.range, content: content))
                case .autolink:
                    let inner = inline.range.count >= 2 ? inline.range.lowerBound + 1..<inline.range.upperBound - 1 : inline.range
                    pieces.append(.opaque(.autolink, range: inline.range, content: inner))
                case .emphasis, .strong, .strikethrough, .link:
                    flatten(inline.children, into: &pieces)
                case .image, .html:
                    pieces.append(.opaque(.markup, range: inline.range, content: inline.range.lowerBound..<inline.range.lowerBound))
                }
            }
        }
    }
}
