import Testing
@testable import MarkdownSyntax

@Suite struct ContainerBlockTests {
    @Test func blockQuoteNestingAndLaziness() throws {
        let document = parse("> > inner\nlazy line\n> outer\n")
        let quote = try #require(document.root.children.first)
        #expect(quote.kind == .blockQuote)
        #expect(quote.children.count == 1)
        let inner = quote.children[0]
        #expect(inner.kind == .blockQuote)
        guard case .paragraph(let content) = inner.children[0].kind else { Issue.record("not a paragraph"); return }
        // "> outer" continues the inner paragraph lazily: the quote prefixes are not part of it.
        #expect(document.texts(content) == ["inner", "lazy line", "outer"])
        #expect(quote.range == 0..<27)
    }

    @Test func blockQuoteEndsAtANonLazyLine() {
        let document = parse("> quote\n---\n")
        #expect(document.root.children.map(\.kind) == [.blockQuote, .thematicBreak])
    }

    @Test func bulletListItemsWithMarkersAndNesting() throws {
        let document = parse("- one\n  - nested\n    more\n- two\n")
        let list = try #require(document.root.children.first)
        #expect(list.kind == .list(ListInfo(isOrdered: false, start: nil, isTight: true)))
        #expect(list.children.count == 2)
        #expect(list.children[0].kind == .listItem(ListItemInfo(markerRange: 0..<1, task: nil)))
        let nested = list.children[0].children[1]
        #expect(nested.kind == .list(ListInfo(isOrdered: false, start: nil, isTight: true)))
        #expect(nested.children[0].kind == .listItem(ListItemInfo(markerRange: 8..<9, task: nil)))
        guard case .paragraph(let content) = nested.children[0].children[0].kind else { Issue.record("not a paragraph"); return }
        #expect(document.texts(content) == ["nested", "more"])
        #expect(list.range == 0..<31)
    }

    @Test func orderedListStartAndDelimiterChanges() {
        let document = parse("3. three\n4. four\n1) new list\n")
        let lists = document.root.children
        #expect(lists.count == 2)
        #expect(lists[0].kind == .list(ListInfo(isOrdered: true, start: 3, isTight: true)))
        #expect(lists[0].children[1].kind == .listItem(ListItemInfo(markerRange: 9..<11, task: nil)))
        #expect(lists[1].kind == .list(ListInfo(isOrdered: true, start: 1, isTight: true)))
    }

    @Test func onlyAListStartingAtOneInterruptsAParagraph() {
        #expect(parse("text\n2. no list").root.children.count == 1)
        #expect(parse("text\n1. list").root.children.count == 2)
        #expect(parse("text\n-\n").root.children.count == 1)
    }

    @Test func blankLinesBetweenItemsMakeTheListLoose() {
        let loose = parse("- a\n\n- b\n")
        #expect(loose.root.children[0].kind == .list(ListInfo(isOrdered: false, start: nil, isTight: false)))
        let inner = parse("- a\n\n  b\n- c\n")
        #expect(inner.root.children[0].kind == .list(ListInfo(isOrdered: false, start: nil, isTight: false)))
        let trailing = parse("- a\n- b\n\nafter\n")
        #expect(trailing.root.children[0].kind == .list(ListInfo(isOrdered: false, start: nil, isTight: true)))
    }

    @Test func taskItemsLeaveTheMarkerOutOfTheText() throws {
        let document = parse("- [ ] Add alert\n- [x] Done\n- [X]\n- [y] no\n- [ ]no")
        let items = try #require(document.root.children.first).children
        let tasks = items.map { item -> TaskMarker? in
            guard case .listItem(let info) = item.kind else { return nil }
            return info.task
        }
        #expect(tasks == [
            TaskMarker(isChecked: false, range: 2..<5),
            TaskMarker(isChecked: true, range: 18..<21),
            TaskMarker(isChecked: true, range: 29..<32),
            nil, nil,
        ])
        guard case .paragraph(let content) = items[0].children[0].kind else { Issue.record("not a paragraph"); return }
        #expect(document.texts(content) == ["Add alert"])
    }

    @Test func tabsCountToTheNextMultipleOfFour() throws {
        // "-\tx": the tab after the marker spans 3 columns, so the content starts at column 4
        // and " \tcode?" (also column 4) is a paragraph of the item, not indented code.
        let item = try #require(parse("-\tx\n\n \tcode?\n").root.children.first?.children.first)
        #expect(item.children.count == 2)
        if case .paragraph = item.children[1].kind {} else { Issue.record("expected a paragraph in the item") }
        // After ">", one column of the tab is the optional space: 2 columns remain, not code.
        let quoted = try #require(parse(">\tnot code\n").root.children.first?.children.first)
        if case .paragraph = quoted.kind {} else { Issue.record("expected a paragraph") }
        // Two tabs after ">" make 6 columns: indented code, starting inside the second tab.
        let code = try #require(parse(">\t\tcode\n").root.children.first?.children.first)
        guard case .codeBlock(let block) = code.kind else { Issue.record("expected code"); return }
        #expect(!block.isFenced && block.contentLines == [2..<7])
    }

    @Test func emptyItemAndItemStartingWithBlankLine() {
        let document = parse("-\n  foo\n-\n\n  bar\n")
        let list = document.root.children[0]
        #expect(list.children.count == 2)
        #expect(list.children[0].children.count == 1)
        // An item can begin with at most one blank line: "bar" is not inside the second item.
        #expect(list.children[1].children.isEmpty)
        #expect(document.root.children.count == 2)
    }
}
