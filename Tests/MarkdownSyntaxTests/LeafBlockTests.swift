import Testing
@testable import MarkdownSyntax

@Suite struct LeafBlockTests {
    @Test func atxHeadingDropsMarkersAndClosingHashes() throws {
        let document = parse("## Root cause ##  \n#\tTabbed\n####### seven\n#nospace")
        let blocks = document.root.children
        #expect(blocks.count == 3)
        guard case .heading(let heading) = blocks[0].kind else { Issue.record("not a heading"); return }
        #expect(heading.level == 2 && !heading.isSetext)
        #expect(document.texts(heading.content) == ["Root cause"])
        #expect(blocks[0].range == 0..<18)
        guard case .heading(let tabbed) = blocks[1].kind else { Issue.record("not a heading"); return }
        #expect(document.texts(tabbed.content) == ["Tabbed"])
        guard case .paragraph(let text) = blocks[2].kind else { Issue.record("not a paragraph"); return }
        #expect(document.texts(text) == ["####### seven", "#nospace"])
    }

    @Test func closingSequenceNeedsASpaceBeforeIt() {
        let document = parse("# C# #\n# Issue#5\n# ###")
        let texts = document.root.children.compactMap { $0.inlineContent.map(document.texts) }
        #expect(texts == [["C#"], ["Issue#5"], [""]])
    }

    @Test func setextHeadingKeepsEveryLineAsASegment() {
        let document = parse("Impact\nsummary  \n===\n\nNext\n---\n")
        guard case .heading(let first) = document.root.children[0].kind,
              case .heading(let second) = document.root.children[1].kind
        else { Issue.record("expected two headings"); return }
        #expect(first.level == 1 && first.isSetext)
        #expect(document.texts(first.content) == ["Impact", "summary"])
        #expect(document.root.children[0].range == 0..<20)
        #expect(second.level == 2)
    }

    @Test func paragraphSegmentsAreTrimmedLines() {
        let document = parse("  first line  \n\tsecond\r\nthird")
        guard case .paragraph(let content) = document.root.children[0].kind else { Issue.record("not a paragraph"); return }
        #expect(content.segments == [2..<12, 16..<22, 24..<29])
    }

    @Test func thematicBreaksAndTheirLookalikes() {
        let document = parse("***\n- - -\n__ _\n--\n")
        let kinds = document.root.children.map(\.kind)
        #expect(kinds.count == 4)
        #expect(kinds[0] == .thematicBreak && kinds[1] == .thematicBreak && kinds[2] == .thematicBreak)
        if case .paragraph = kinds[3] {} else { Issue.record("`--` is text") }
    }

    @Test func fencedCodeKeepsInfoAndContentLines() throws {
        let document = parse("```swift title\nlet a = 1\n\n  b\n```\nafter")
        let code = try #require(document.root.children.first)
        guard case .codeBlock(let block) = code.kind else { Issue.record("not code"); return }
        #expect(block.isFenced && block.info == "swift title")
        #expect(block.contentLines.map(document.text) == ["let a = 1", "", "  b"])
        #expect(code.range == 0..<33)
        #expect(document.root.children.count == 2)
    }

    @Test func fenceContentLosesTheFenceIndentation() {
        let document = parse("  ~~~\n    four\n one\n  ~~~")
        guard case .codeBlock(let block) = document.root.children[0].kind else { Issue.record("not code"); return }
        #expect(block.contentLines.map(document.text) == ["  four", "one"])
    }

    @Test func unclosedFenceRunsToTheEnd() {
        let document = parse("````\ncode\n```\n# not a heading")
        #expect(document.root.children.count == 1)
        guard case .codeBlock(let block) = document.root.children[0].kind else { Issue.record("not code"); return }
        #expect(block.contentLines.count == 3)
    }

    @Test func backtickFenceInfoCannotHoldBackticks() {
        let document = parse("``` a`b\ncode")
        if case .paragraph = document.root.children[0].kind {} else { Issue.record("expected a paragraph") }
    }

    @Test func indentedCodeDropsTrailingBlankLines() {
        let document = parse("    one\n\ttwo\n\n      \n    three\n\n\nafter")
        guard case .codeBlock(let block) = document.root.children[0].kind else { Issue.record("not code"); return }
        #expect(!block.isFenced)
        #expect(block.contentLines.map(document.text) == ["one", "two", "", "  ", "three"])
        #expect(document.root.children[0].range == 4..<30)
    }

    @Test func indentedCodeCannotInterruptAParagraph() {
        let document = parse("text\n    more")
        #expect(document.root.children.count == 1)
    }

    @Test func htmlBlockKindsAndComments() {
        let document = parse("<div>\n*x*\n</div>\n\n<!-- a\nb -->\ntext\n\n<span>\nnot html block\n")
        let kinds = document.root.children.map(\.kind)
        #expect(kinds.count == 4)
        #expect(kinds[0] == .htmlBlock(HTMLBlock(isComment: false)))
        #expect(document.root.children[0].range == 0..<16)
        #expect(kinds[1] == .htmlBlock(HTMLBlock(isComment: true)))
        // A comment block ends on the line holding `-->`.
        if case .paragraph = kinds[2] {} else { Issue.record("text after a comment is a paragraph") }
        #expect(document.comments == [18..<30])
    }

    @Test func kind7HTMLCannotInterruptAParagraph() {
        let document = parse("text\n<span>\n\n<span>\nx")
        #expect(document.root.children.count == 2)
        #expect(document.root.children[1].kind == .htmlBlock(HTMLBlock(isComment: false)))
    }

    @Test func linkReferenceDefinitionsAreNotParagraphs() {
        let document = parse("[runbook]: https://example.com/r \"Runbook\"\n[Other Label]:\n  /x\n\nSee [runbook].")
        #expect(document.root.children.count == 1)
        #expect(document.linkLabels == ["runbook", "other label"])
        guard case .paragraph(let content) = document.root.children[0].kind else { Issue.record("not a paragraph"); return }
        #expect(document.texts(content) == ["See [runbook]."])
    }

    @Test func definitionFollowedByTextKeepsTheText() {
        let document = parse("[a]: /u\ntext here")
        guard case .paragraph(let content) = document.root.children[0].kind else { Issue.record("not a paragraph"); return }
        #expect(document.texts(content) == ["text here"])
        #expect(document.root.children[0].range == 8..<17)
    }
}
