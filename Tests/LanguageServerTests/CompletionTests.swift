import Foundation
import LintEngine
import MarkdownSyntax
import PostmortemModel
import Testing

@Suite("Language server completion")
struct CompletionTests {
    private let uri = "file:///tmp/pmlint-lsp-tests/completion.md"
    private let snippets: JSONObject = ["textDocument": ["completion": ["completionItem": ["snippetSupport": true]]]]

    private func items(_ server: ServerProcess, line: Int, character: Int) -> [JSONObject] {
        let response = server.request("textDocument/completion", ["textDocument": ["uri": uri], "position": ["line": line, "character": character]])
        return (response["result"] as? JSONObject)?["items"] as? [JSONObject] ?? []
    }

    @Test("at a heading, the sections the profile still lacks, in canonical order")
    func missingSections() throws {
        let text = "# Outage\n\n## Summary\n\nShort.\n\n## \n"
        let (server, _) = try ServerProcess.initialized()
        server.open(uri, text)
        let result = Linter(configuration: Configuration(today: EngineExpectations.today)).lint(SourceText(text))
        let present = Set(result.document.allSections.compactMap(\.kind))
        let expected = result.profile.sections.filter { !present.contains($0.kind) }.map(\.title)
        let found = items(server, line: 6, character: 3)
        #expect(found.map { $0["label"] as? String ?? "" } == expected)
        #expect(found.map { $0["sortText"] as? String ?? "" } == found.map { $0["sortText"] as? String ?? "" }.sorted())
        let edit = found.first?["textEdit"] as? JSONObject
        #expect(edit?["range"] as? NSDictionary == lspRange(6, 3, 6, 3) as NSDictionary)
        #expect(server.shutDown() == 0)
    }

    @Test("in a due-date cell, today's date")
    func todayInDateColumn() throws {
        let text = "## Action Items\n\n| Action | Owner | Due date |\n|---|---|---|\n| Add alerts | @kim | |\n"
        let (server, _) = try ServerProcess.initialized()
        server.open(uri, text)
        let found = items(server, line: 4, character: 22)
        #expect(found.map { $0["label"] as? String ?? "" } == [EngineExpectations.today.description])
        #expect(server.shutDown() == 0)
    }

    @Test("after **Severity:**, the scale configured for invalid-metadata, replacing what was typed")
    func severityValues() throws {
        let text = "# Outage\n\n**Severity:** SE\n"
        let (server, _) = try ServerProcess.initialized()
        server.open(uri, text)
        let found = items(server, line: 2, character: 16)
        let rule = try #require(RuleRegistry.rule(named: "invalid-metadata")?.description)
        let expected = RuleOptions(defaults: rule.options).strings("severities")
        #expect(found.map { $0["label"] as? String ?? "" } == expected)
        let edit = found.first?["textEdit"] as? JSONObject
        #expect(edit?["range"] as? NSDictionary == lspRange(2, 14, 2, 16) as NSDictionary)
        #expect(server.shutDown() == 0)
    }

    @Test("after @, the handles used in the workspace's postmortems and open documents")
    func handles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pmlint-lsp-owners-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let actionItems = "## Action Items\n\n| # | Action | Owner | Priority | Due date |\n|---|---|---|---|---|\n"
        try (actionItems + "| 1 | Add an alert | @dana | P1 | 2024-05-01 |\n| 2 | Add a canary | @dana | P2 | 2024-05-02 |\n")
            .write(to: folder.appendingPathComponent("old.md"), atomically: true, encoding: .utf8)
        let (server, _) = try ServerProcess.initialized(capabilities: [:], rootURI: folder.absoluteString)
        let uri = folder.appendingPathComponent("new.md").absoluteString
        server.open(uri, actionItems + "| 1 | Fix the runbook | @lee | P3 | 2024-06-01 |\n\nAsk @\n")
        let response = server.request("textDocument/completion", ["textDocument": ["uri": uri], "position": ["line": 6, "character": 5]])
        let labels = ((response["result"] as? JSONObject)?["items"] as? [JSONObject] ?? []).map { $0["label"] as? String ?? "" }
        // @dana twice on disk, @lee once in the open document.
        #expect(labels == ["@dana", "@lee"])
        #expect(server.shutDown() == 0)
    }

    @Test("at the start of a line, snippets with tab stops, including each profile's template")
    func snippetsAtLineStart() throws {
        let (server, _) = try ServerProcess.initialized(capabilities: snippets)
        server.open(uri, "# Outage\n\n")
        let found = items(server, line: 1, character: 0)
        let labels = found.map { $0["label"] as? String ?? "" }
        #expect(labels.starts(with: ["timeline row", "action item row", "5 whys"]))
        #expect(labels.dropFirst(3).elementsEqual(PostmortemTemplate.all.map { "\($0.profile) postmortem template" }))
        #expect(found.allSatisfy { $0["insertTextFormat"] as? Int == 2 && ($0["insertText"] as? String ?? "").contains("${1:") })
        let row = found.first?["insertText"] as? String ?? ""
        #expect(row.range(of: #"^\| \d\d:\d\d \| "#, options: .regularExpression) != nil)
        #expect(server.shutDown() == 0)
    }

    @Test("a template item is resolved with its preview")
    func resolveTemplate() throws {
        let (server, _) = try ServerProcess.initialized(capabilities: snippets)
        server.open(uri, "\n")
        let template = try #require(items(server, line: 0, character: 0).first { $0["data"] != nil })
        #expect(template["documentation"] == nil)
        let resolved = server.request("completionItem/resolve", template)["result"] as? JSONObject
        let preview = (resolved?["documentation"] as? JSONObject)?["value"] as? String ?? ""
        let profile = try #require((template["data"] as? JSONObject)?["template"] as? String)
        #expect(preview.contains(try #require(PostmortemTemplate.named(profile)).markdown))
        #expect(server.shutDown() == 0)
    }

    @Test("without snippet support, no snippets are offered")
    func noSnippetsWithoutSupport() throws {
        let (server, _) = try ServerProcess.initialized()
        server.open(uri, "\n")
        #expect(items(server, line: 0, character: 0).isEmpty)
        #expect(server.shutDown() == 0)
    }
}
