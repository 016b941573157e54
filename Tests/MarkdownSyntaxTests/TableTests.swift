import Testing
@testable import MarkdownSyntax

@Suite struct TableTests {
    private func firstTable(_ text: String) -> (MarkdownDocument, Table)? {
        let document = parse(text)
        for block in document.allBlocks {
            if case .table(let table) = block.kind { return (document, table) }
        }
        return nil
    }

    @Test func headerAlignmentsAndCellRanges() throws {
        let (document, table) = try #require(firstTable("| Action | Owner |  Due |\n|:--|:-:|--:|\n| Add alert | @alice |  |\n"))
        #expect(table.alignments == [.left, .center, .right])
        #expect(table.header.range == 0..<25)
        #expect(table.header.cells.map { document.text($0.content) } == ["Action", "Owner", "Due"])
        #expect(table.header.cells[0].range == 1..<9)
        #expect(table.rows.count == 1)
        let row = table.rows[0]
        #expect(row.cells.map { document.text($0.content) } == ["Add alert", "@alice", ""])
        // A blank cell's content is empty, at the middle of the cell.
        #expect(row.cells[2].range == 62..<64 && row.cells[2].content == 63..<63)
    }

    @Test func rowsWithoutEdgePipesAndEscapedPipes() throws {
        let (document, table) = try #require(firstTable("a | b\n--- | ---\n`x \\| y` | z | extra\nonly\n"))
        #expect(table.alignments == [TableAlignment.none, TableAlignment.none])
        #expect(table.rows.map { $0.cells.map { document.text($0.content) } } == [["`x \\| y`", "z", "extra"], ["only"]])
    }

    @Test func headerAndDelimiterMustHaveTheSameCellCount() {
        #expect(firstTable("| a | b |\n| --- |\n") == nil)
        #expect(firstTable("no pipes\n---\n") == nil)
    }

    @Test func tableInterruptsAParagraphAndEndsAtABlankLine() {
        let document = parse("Intro text\n| a | b |\n|---|---|\n| 1 | 2 |\n\nafter\n")
        let kinds = document.root.children.map(\.kind)
        #expect(kinds.count == 3)
        guard case .paragraph(let intro) = kinds[0], case .table(let table) = kinds[1] else { Issue.record("paragraph, table expected"); return }
        #expect(document.texts(intro) == ["Intro text"])
        #expect(document.root.children[0].range == 0..<10)
        #expect(document.root.children[1].range == 11..<40)
        #expect(table.rows.count == 1)
    }

    @Test func blockStartsEndATable() {
        let document = parse("| a |\n| - |\n| 1 |\n> quote\n")
        #expect(document.root.children.count == 2)
        #expect(document.root.children[1].kind == .blockQuote)
    }

    @Test func tableInsideAListItem() throws {
        let document = parse("- | k | v |\n  | - | - |\n  | x | y |\n")
        let item = try #require(document.root.children.first?.children.first)
        guard case .table(let table) = item.children.first?.kind else { Issue.record("expected a table in the item"); return }
        #expect(table.rows[0].range == 26..<35)
        #expect(table.rows[0].cells.map { document.text($0.content) } == ["x", "y"])
    }
}
