import Testing
@testable import MarkdownSyntax

/// Hostile shapes must parse to a sensible structure without crashing: no stack depth
/// may follow the input's nesting (the tree is also built, compared and destroyed here).
@Suite struct PathologicalInputTests {
    private func depth(of block: Block) -> Int {
        var deepest = 0
        var stack = [(block, 0)]
        while let (current, level) = stack.popLast() {
            deepest = max(deepest, level)
            stack.append(contentsOf: current.children.map { ($0, level + 1) })
        }
        return deepest
    }

    @Test func tenThousandNestedBlockQuotesStopAtTheDepthLimit() {
        let text = String(repeating: "> ", count: 10_000) + "deep\n" + String(repeating: ">", count: 10_000) + " lazy\n"
        let document = parse(text)
        #expect(depth(of: document.root) == BlockParser.maximumDepth + 1)
        // Beyond the limit the markers are paragraph text.
        let leaf = document.allBlocks.last
        guard case .paragraph(let content) = leaf?.kind else { Issue.record("expected a paragraph at the bottom"); return }
        #expect(document.text(content.segments[0]).hasSuffix("> > deep"))
    }

    @Test func deeplyIndentedNestedListsStopAtTheDepthLimit() {
        // 1,000 levels of indentation already make a 1 MB document (10,000 would be 100 MB).
        var text = ""
        for level in 0..<1_000 { text += String(repeating: " ", count: level * 2) + "- item \(level)\n" }
        let document = parse(text)
        #expect(depth(of: document.root) <= BlockParser.maximumDepth + 1)
        #expect(document.allBlocks.count > 100)
        let same = parse(text)
        #expect(same.root == document.root)
    }

    @Test func hundredThousandRowTable() {
        let document = parse("| a | b |\n|---|---|\n" + String(repeating: "| x | y |\n", count: 100_000))
        guard case .table(let table) = document.root.children.first?.kind else { Issue.record("expected a table"); return }
        #expect(table.rows.count == 100_000)
        #expect(table.rows.last?.cells.count == 2)
    }

    @Test func alternatingQuotesAndListsStopAtTheDepthLimit() {
        let document = parse(String(repeating: "> - ", count: 10_000) + "x\n")
        #expect(depth(of: document.root) <= BlockParser.maximumDepth + 1)
    }

    @Test func nestedListMarkersOnOneLine() {
        let document = parse(String(repeating: "- ", count: 10_000) + "x\n")
        #expect(depth(of: document.root) <= BlockParser.maximumDepth + 1)
    }

    @Test func oneMegabyteLine() {
        let line = String(repeating: "word *emphasis* `code` [link](x) ", count: 30_000)
        let document = parse(line)
        #expect(document.root.children.count == 1)
        guard case .paragraph(let content) = document.root.children[0].kind else { Issue.record("not a paragraph"); return }
        #expect(content.segments.count == 1)
    }

    @Test func hundredThousandHeadings() {
        let text = String(repeating: "# Heading\ntext\n", count: 100_000)
        let document = parse(text)
        #expect(document.root.children.count == 200_000)
    }

    @Test func unclosedFenceAndCommentRunToTheEnd() {
        let fence = parse("```\n" + String(repeating: "# not heading\n", count: 1000))
        #expect(fence.root.children.count == 1)
        let comment = parse("<!-- open\n" + String(repeating: "text\n\n", count: 1000))
        #expect(comment.comments == [0..<comment.source.count])
        let many = parse(String(repeating: "> <!--\n\n", count: 10_000))
        #expect(many.comments.count == 10_000)
        #expect(many.comments.allSatisfy { $0.upperBound == many.source.count })
    }

    @Test func lineEndingsAndEmptyInput() {
        #expect(parse("").root.children.isEmpty)
        #expect(parse("\n\n\r\n").root.children.isEmpty)
        let lone = parse("# A\rtext\r\r- item\r")
        #expect(lone.root.children.count == 3)
        let crlf = parse("# A\r\ntext\r\nmore\r\n")
        guard case .paragraph(let content) = crlf.root.children[1].kind else { Issue.record("not a paragraph"); return }
        #expect(crlf.texts(content) == ["text", "more"])
    }

    @Test func byteOrderMarkIsNotText() throws {
        let source = try SourceText(utf8: [0xEF, 0xBB, 0xBF] + Array("# Title\n".utf8))
        let document = MarkdownDocument(parsing: source)
        guard case .heading(let heading) = document.root.children.first?.kind else { Issue.record("expected a heading"); return }
        #expect(document.texts(heading.content) == ["Title"])
    }

    @Test func manyUnmatchedBracketsAndDefinitions() {
        let document = parse(String(repeating: "[", count: 100_000) + "\n" + String(repeating: "[a]: ", count: 10_000))
        #expect(document.root.children.count == 1)
    }
}
