import Testing
@testable import MarkdownSyntax

@Suite struct InlineParserTests {
    /// The inlines of the document's first leaf block, rendered compactly:
    /// `kind"text"` for leaves, `kind(children)` for containers.
    private func render(_ text: String) -> String {
        let document = parse(text)
        guard let content = document.allBlocks.compactMap(\.inlineContent).first else { return "<no inline content>" }
        return render(document.inlines(content), in: document)
    }

    private func render(_ inlines: [Inline], in document: MarkdownDocument) -> String {
        inlines.map { inline in
            let text = document.text(inline.range).debugDescription
            switch inline.kind {
            case .text: return text
            case .softBreak: return "soft"
            case .hardBreak: return "hard"
            case .code(let content): return "code\(document.text(content).debugDescription)"
            case .emphasis: return "em(\(render(inline.children, in: document)))"
            case .strong: return "strong(\(render(inline.children, in: document)))"
            case .strikethrough: return "del(\(render(inline.children, in: document)))"
            case .link(let destination):
                return "link(\(render(inline.children, in: document)) -> \(destination.map { document.text($0) } ?? "ref"))"
            case .image(let destination):
                return "image(\(render(inline.children, in: document)) -> \(destination.map { document.text($0) } ?? "ref"))"
            case .autolink: return "autolink\(text)"
            case .html: return "html\(text)"
            }
        }.joined(separator: " ")
    }

    @Test func keyValuePairsInStrongEmphasis() {
        #expect(render("**Severity:** SEV-2") == #"strong("Severity:") " SEV-2""#)
        #expect(render("__Owner__: Ann") == #"strong("Owner") ": Ann""#)
    }

    @Test func emphasisFollowsTheDelimiterRunRules() {
        #expect(render("*italic* and _this_") == #"em("italic") " and " em("this")"#)
        #expect(render("snake_case_words stay") == #""snake_case_words stay""#)
        #expect(render("2*3*4") == #""2" em("3") "4""#)
        #expect(render("a * not emphasis * b") == #""a * not emphasis * b""#)
        #expect(render("***both***") == #"em(strong("both"))"#)
        #expect(render("**a *b* c**") == #"strong("a " em("b") " c")"#)
        // The closer takes the nearest opener; the unused `*`s stay text.
        #expect(render("*a **b*") == #""*a *" em("b")"#)
    }

    @Test func strikethroughNeedsTwoTildes() {
        #expect(render("~~gone~~ ~one~") == #"del("gone") " ~one~""#)
    }

    @Test func codeSpansHideEverythingInside() {
        #expect(render("run `rm -rf *tmp*` now") == #""run " code"rm -rf *tmp*" " now""#)
        #expect(render("`` a ` b ``") == #"code"a ` b""#)
        #expect(render("```unclosed` x") == #""```unclosed` x""#)
        #expect(render("`spans\nlines`") == "code\"spans\\nlines\"")
    }

    @Test func codeSpanRanges() throws {
        let document = parse("a `x` b")
        let inlines = document.inlines(try #require(document.root.children.first?.inlineContent))
        #expect(inlines[1].range == 2..<5)
        #expect(inlines[1].kind == .code(content: 3..<4))
    }

    @Test func escapesAreTheirOwnTextNodes() {
        #expect(render(#"\*not em\* a\b"#) == #""\\*" "not em" "\\*" " a\\b""#)
    }

    @Test func inlineLinksAndImages() {
        #expect(render("[the runbook](https://x.test/r \"Runbook\") here") == #"link("the runbook" -> https://x.test/r) " here""#)
        #expect(render("![graph](<img path.png>)") == #"image("graph" -> img path.png)"#)
        #expect(render("[*em*](u)") == #"link(em("em") -> u)"#)
        #expect(render("[empty]()") == #"link("empty" -> )"#)
        #expect(render("[no link] (x)") == #""[no link] (x)""#)
    }

    @Test func linkDestinationAndTitleMaySpanLines() {
        #expect(render("[a](\n/u\n'title')") == #"link("a" -> /u)"#)
    }

    @Test func referenceLinksNeedADefinition() {
        let text = "[Name, team] and [runbook] and [text][runbook] and [c][]\n\n[runbook]: /r\n[c]: /c"
        #expect(render(text) == #""[Name, team] and " link("runbook" -> ref) " and " link("text" -> ref) " and " link("c" -> ref)"#)
    }

    @Test func linksCannotContainLinks() {
        #expect(render("[a [b](x) c](y)") == #""[a " link("b" -> x) " c](y)""#)
    }

    @Test func autolinksAndRawHTML() {
        #expect(render("<https://status.example.com> <ops@example.com>") == #"autolink"<https://status.example.com>" " " autolink"<ops@example.com>""#)
        #expect(render("a <span class=\"x\">b</span> <!-- pmlint-disable PM001 --> c") ==
                #""a " html"<span class=\"x\">" "b" html"</span>" " " html"<!-- pmlint-disable PM001 -->" " c""#)
        #expect(render("<not a tag") == #""<not a tag""#)
    }

    @Test func lineBreaks() {
        #expect(render("soft\nbreak") == #""soft" soft "break""#)
        #expect(render("hard  \nbreak\\\nagain") == #""hard" hard "break" hard "again""#)
        #expect(render("last line  ") == #""last line""#)
    }

    @Test func textNodesNeverSpanSegments() throws {
        let document = parse("> first *line\n> second* line")
        let content = try #require(document.allBlocks.compactMap(\.inlineContent).first)
        var stack = document.inlines(content)
        while let inline = stack.popLast() {
            if inline.kind == .text { #expect(content.segments.contains { $0.contains(inline.range.lowerBound) && inline.range.upperBound <= $0.upperBound }) }
            stack.append(contentsOf: inline.children)
        }
        #expect(render("> first *line\n> second* line") == #""first " em("line" soft "second") " line""#)
    }

    @Test func inlineCommentsAreListedButNotInCode() {
        let document = parse("Text <!-- a --> and `<!-- b -->`\n\n# Title <!-- c\n-->\n| x <!-- d --> |\n| - |\n")
        #expect(document.comments.map(document.text) == ["<!-- a -->", "<!-- d -->"])
        let multiLine = parse("para <!-- one\ntwo --> end")
        #expect(multiLine.comments.map(multiLine.text) == ["<!-- one\ntwo -->"])
    }

    @Test func deepInlineNestingStopsAtTheLimit() {
        let text = String(repeating: "*", count: 20_000) + "x" + String(repeating: "*", count: 20_000)
        let document = parse(text)
        let inlines = document.inlines(document.root.children[0].inlineContent!)
        var deepest = 0
        var stack = inlines.map { ($0, 1) }
        while let (inline, depth) = stack.popLast() {
            deepest = max(deepest, depth)
            stack.append(contentsOf: inline.children.map { ($0, depth + 1) })
        }
        #expect(deepest <= InlineParser.maximumDepth)
        let links = String(repeating: "[", count: 5_000) + "x" + String(repeating: "](u)", count: 5_000)
        #expect(!parse(links).root.children.isEmpty)
    }
}
