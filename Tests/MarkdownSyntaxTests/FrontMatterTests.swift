import Testing
@testable import MarkdownSyntax

@Suite struct FrontMatterTests {
    private func frontMatter(_ text: String) -> (MarkdownDocument, FrontMatter)? {
        let document = parse(text)
        guard case .frontMatter(let front) = document.root.children.first?.kind else { return nil }
        return (document, front)
    }

    @Test func scalarsWithQuotesAndComments() throws {
        let text = "---\ntitle: \"Cache outage\"\nseverity: SEV-2 # initial\nowner: 'Ann'\n---\n# Heading\n"
        let (document, front) = try #require(frontMatter(text))
        #expect(front.entries.map(\.key) == ["title", "severity", "owner"])
        #expect(front.entries.map(\.value) == ["Cache outage", "SEV-2", "Ann"])
        let title = try #require(front.entry("TITLE"))
        #expect(document.text(title.keyRange) == "title")
        #expect(document.text(title.valueRange) == "\"Cache outage\"")
        #expect(document.root.children[0].range == 0..<68)
        guard case .heading = document.root.children[1].kind else { Issue.record("heading after front matter"); return }
    }

    @Test func nestedMappingsAndSequences() throws {
        let text = "---\nservices:\n  - api\n  - \"web\"\ntimes:\n  detected: 10:02\n  resolved: 11:00\ntags: [db, 'cache']\nempty:\n...\n"
        let (document, front) = try #require(frontMatter(text))
        let services = try #require(front.entry("services"))
        #expect(services.value == "" && services.children.map(\.value) == ["api", "web"])
        #expect(services.children.allSatisfy { $0.key.isEmpty })
        let times = try #require(front.entry("times"))
        #expect(times.children.map(\.key) == ["detected", "resolved"])
        #expect(times.children.map(\.value) == ["10:02", "11:00"])
        let tags = try #require(front.entry("tags"))
        #expect(tags.children.map(\.value) == ["db", "cache"])
        #expect(document.text(tags.children[1].valueRange) == "'cache'")
        let empty = try #require(front.entry("empty"))
        #expect(empty.value.isEmpty && empty.valueRange == empty.keyRange.upperBound..<empty.keyRange.upperBound)
    }

    @Test func blockScalarsAreJoined() throws {
        let (_, front) = try #require(frontMatter("---\nsummary: >\n  one\n  two\nnext: x\n---\n"))
        #expect(front.entries.map(\.value) == ["one two", "x"])
    }

    @Test func onlyAtTheStartAndOnlyWhenClosed() {
        #expect(frontMatter("---\ntitle: x\n") == nil)
        #expect(frontMatter("\n---\ntitle: x\n---\n") == nil)
        // Without a closing fence the first line is a thematic break.
        #expect(parse("---\ntitle: x\n").root.children.first?.kind == .thematicBreak)
    }

    /// Static site generators (Hugo, Zola) write TOML between `+++` fences.
    @Test func tomlBetweenPlusFences() throws {
        let text = "+++\ntitle = \"Queue outage\"\nauthors = [\"Ann Lee\", 'Bo']\n# a comment\n\n[extra]\nteam = \"storage\"\n+++\n\nThe queue stalled.\n"
        let (document, front) = try #require(frontMatter(text))
        #expect(front.entries.map(\.key) == ["title", "authors", "extra"])
        #expect(front.entries[0].value == "Queue outage")
        #expect(front.entries[1].children.map(\.value) == ["Ann Lee", "Bo"])
        #expect(front.entries[2].children.map(\.key) == ["team"] && front.entries[2].children.map(\.value) == ["storage"])
        guard case .paragraph = document.root.children[1].kind else { Issue.record("paragraph after front matter"); return }
        // A `+++` fence is closed only by `+++`.
        #expect(frontMatter("+++\ntitle = \"x\"\n---\n") == nil)
    }
}

