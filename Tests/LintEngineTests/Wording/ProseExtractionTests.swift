import MarkdownSyntax
import Testing
@testable import LintEngine

/// Prose read through the real inline parser: what the wording rules may and may not see.
@Suite struct ProseExtractionTests {
    /// The words of the first paragraph of `markdown`.
    private func words(_ markdown: String) -> Prose {
        let document = MarkdownDocument(parsing: SourceText(markdown))
        var content: InlineContent?
        document.root.forEachDescendant { block in
            if content == nil, case .paragraph(let paragraph) = block.kind { content = paragraph }
        }
        return Prose(markdown: document, contents: [content ?? InlineContent(segments: [])], section: nil)
    }

    private func found(_ phrase: String, in markdown: String) -> [String] {
        let prose = words(markdown)
        let book = PhraseBook(groups: [PhraseGroup("{phrase}", [phrase])], exceptions: [])
        return book.hits(in: prose).map { String(decoding: Array(markdown.utf8)[prose.range(of: $0.match)], as: UTF8.self) }
    }

    @Test func codeSpansAreNotProse() {
        #expect(found("human error", in: "The log said `human error` twice.\n").isEmpty)
        #expect(words("Set `cache_ttl` to 0.\n").tokens.map(\.kind) == [.word, .code, .word, .word])
    }

    @Test func linkTextIsProseButTheDestinationIsNot() {
        #expect(found("human error", in: "See [the human error report](https://example.com/human-error).\n") == ["human error"])
        #expect(found("blame", in: "See [the report](https://example.com/blame).\n").isEmpty)
    }

    @Test func emphasisInsideAPhraseIsSkippedAndTheRangeCoversTheWords() {
        #expect(found("human error", in: "It was **human** error.\n") == ["human** error"])
        #expect(found("human error", in: "It was _human\nerror_ again.\n") == ["human\nerror"])
    }

    @Test func inlineHTMLAndAutolinksBreakPhrases() {
        #expect(found("human error", in: "human <!-- note --> error\n").isEmpty)
        let autolink = words("Mail <jane.doe@example.com> now.\n")
        #expect(autolink.tokens.map(\.kind) == [.word, .autolink, .word])
        #expect(autolink.raw(at: 1) == "jane.doe@example.com")
    }
}
