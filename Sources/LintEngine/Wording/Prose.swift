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

    init(tokens: [WordToken]) {
        self.tokens = tokens
    }

    /// All the prose of `document`.
    /// - Parameter headings: whether section titles count as prose. Rules that look for a
    ///   statement leave them out: a heading "Apology" apologises for nothing.
    init(document: PostmortemDocument, headings: Bool = true) {
        var builder = Builder(markdown: document.markdown, headings: headings)
        for block in document.preamble { builder.add(block, section: nil) }
        for section in document.sections { builder.add(section, inherited: nil) }
        tokens = builder.tokens
    }

    /// The prose of one piece of inline content, for example an action item's text.
    init(markdown: MarkdownDocument, content: InlineContent, section: SectionKind?) {
        var builder = Builder(markdown: markdown, headings: false)
        builder.add(content, section: section)
        tokens = builder.tokens
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
        tokens[match.tokens].map(\.raw).joined(separator: " ")
    }

    /// Whether a negation (`not`, `no`, `never`, `without`, `didn't`, …) stands among the
    /// few words before `index` in its clause: "nobody is to blame", "not a minor issue".
    func isNegated(before index: Int, window: Int = 5) -> Bool {
        var position = index - 1
        while position >= 0 && position >= index - window && tokens[position].sentence == tokens[index].sentence {
            let text = tokens[position].text
            if Self.clauseStarts.contains(text) { return false }
            if Self.negations.contains(text) || text.hasSuffix("n't") { return true }
            position -= 1
        }
        return false
    }

    /// Words that start a new clause: a negation before them does not reach the words after
    /// ("Bob didn't check and forgot to renew").
    private static let clauseStarts: Set<String> = ["and", "but", "because", "so", "which", "while", "although", "though", "whereas"]

    private static let negations: Set<String> = [
        "not", "no", "never", "without", "nobody", "none", "nor", "neither", "cannot", "avoid", "avoiding", "rather", "instead",
    ]

    /// Collects tokens block by block, numbering sentences and blocks over the document.
    private struct Builder {
        let markdown: MarkdownDocument
        let headings: Bool
        var tokens: [WordToken] = []
        var sentence = 0
        var run = 0

        init(markdown: MarkdownDocument, headings: Bool) {
            self.markdown = markdown
            self.headings = headings
        }

        mutating func add(_ section: Section, inherited: SectionKind?) {
            let kind = section.kind ?? inherited
            if headings { add(InlineContent(segments: [section.titleRange]), section: kind) }
            for block in section.blocks { add(block, section: kind) }
            for subsection in section.subsections { add(subsection, inherited: kind) }
        }

        mutating func add(_ block: Block, section: SectionKind?) {
            switch block.kind {
            case .paragraph(let content):
                add(content, section: section)
            case .heading(let heading):
                if headings { add(heading.content, section: section) }
            case .list, .listItem:
                for child in block.children { add(child, section: section) }
            case .table(let table):
                for row in table.rows {
                    for cell in row.cells { add(cell.inlineContent, section: section) }
                }
            case .document, .frontMatter, .blockQuote, .codeBlock, .htmlBlock, .thematicBreak:
                break
            }
        }

        mutating func add(_ content: InlineContent, section: SectionKind?) {
            guard !content.segments.isEmpty else { return }
            var pieces: [ProsePiece] = []
            Self.flatten(markdown.inlines(content), into: &pieces)
            var tokenizer = ProseTokenizer(bytes: markdown.source.bytes, run: run, section: section, firstSentence: sentence)
            tokens += tokenizer.tokenize(pieces)
            sentence = tokenizer.sentence
            run += 1
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
