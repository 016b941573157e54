import Foundation
import LintEngine
import MarkdownSyntax
import PostmortemModel
import Testing

/// Symbols, folding, hover, inlay hints and code lenses, each checked against the engine's
/// own reading of the same text.
@Suite("Language server navigation features")
struct NavigationTests {
    private let uri = "file:///tmp/pmlint-lsp-tests/navigation.md"

    private var lint: LintResult { Linter(configuration: Configuration(today: EngineExpectations.today)).lint(SourceText(unicodePostmortem)) }

    @Test("document symbols are the model's section tree")
    func symbols() throws {
        let (server, _) = try ServerProcess.initialized()
        server.open(uri, unicodePostmortem)
        let symbols = server.request("textDocument/documentSymbol", textDocument(uri))["result"] as? [JSONObject]
        func names(_ symbols: [JSONObject]) -> [String] {
            symbols.flatMap { [$0["name"] as? String ?? "?"] + names($0["children"] as? [JSONObject] ?? []) }
        }
        #expect(names(symbols ?? []) == lint.document.allSections.map { $0.title.isEmpty ? "(untitled)" : $0.title })
        #expect(server.shutDown() == 0)
    }

    @Test("a fenced code block and a multi-line comment fold")
    func folding() throws {
        let (server, _) = try ServerProcess.initialized()
        server.open(uri, "# Notes\n\n```sh\nrestart\ncheck\n```\n\n<!--\nreviewer notes\n-->\n")
        let ranges = server.request("textDocument/foldingRange", textDocument(uri))["result"] as? [JSONObject] ?? []
        let spans = ranges.map { "\($0["startLine"] as? Int ?? -1)-\($0["endLine"] as? Int ?? -1) \($0["kind"] as? String ?? "block")" }
        #expect(spans.contains("2-5 block"))
        #expect(spans.contains("7-9 comment"))
        #expect(server.shutDown() == 0)
    }

    @Test("symbols, folding and completion can be switched off beside another Markdown server")
    func switchedOff() throws {
        let (server, result) = try ServerProcess.initialized(initializationOptions: ["documentSymbols": false, "folding": false, "completion": false])
        let capabilities = result["capabilities"] as? JSONObject ?? [:]
        #expect(capabilities["documentSymbolProvider"] as? Bool == false)
        #expect(capabilities["foldingRangeProvider"] as? Bool == false)
        #expect(capabilities["completionProvider"] == nil)
        server.open(uri, "# Notes\n\n```sh\nrestart\ncheck\n```\n")
        #expect((server.request("textDocument/foldingRange", textDocument(uri))["result"] as? [JSONObject])?.isEmpty == true)
        #expect((server.request("textDocument/documentSymbol", textDocument(uri))["result"] as? [JSONObject])?.isEmpty == true)
        #expect(server.shutDown() == 0)
    }

    @Test("hover over a diagnostic explains its rule; elsewhere there is none")
    func hover() throws {
        let (server, _) = try ServerProcess.initialized()
        server.open(uri, unicodePostmortem)
        let source = SourceText(unicodePostmortem)
        for diagnostic in lint.diagnostics {
            let (line, column) = source.lines.utf16Position(of: diagnostic.range.lowerBound)
            let hover = server.request("textDocument/hover", ["textDocument": ["uri": uri], "position": ["line": line, "character": column]])
            let text = ((hover["result"] as? JSONObject)?["contents"] as? JSONObject)?["value"] as? String ?? ""
            let rule = try #require(RuleRegistry.rule(named: diagnostic.ruleID)?.description)
            #expect(text.contains(rule.id) && text.contains(rule.rationale))
        }
        let blank = server.request("textDocument/hover", ["textDocument": ["uri": uri], "position": ["line": 1, "character": 0]])
        #expect(blank["result"] is NSNull)
        #expect(server.shutDown() == 0)
    }

    @Test("inlay hints give each timed entry's offset from the incident start")
    func inlayHints() throws {
        let (server, _) = try ServerProcess.initialized()
        server.open(uri, unicodePostmortem)
        let hints = server.request("textDocument/inlayHint", ["textDocument": ["uri": uri], "range": lspRange(0, 0, 100, 0)])["result"] as? [JSONObject] ?? []
        let timeline = lint.document.timeline
        let expected = timeline.metrics.start.map { start in
            timeline.entries.compactMap { $0.instant.map { "+" + DurationText.describe($0.seconds(since: start.instant)) } }
        } ?? []
        #expect(hints.map { $0["label"] as? String ?? "" } == expected)
        #expect(server.shutDown() == 0)
    }

    @Test("the code lens on the title counts the open action items")
    func codeLens() throws {
        let (server, _) = try ServerProcess.initialized()
        server.open(uri, unicodePostmortem)
        let lenses = server.request("textDocument/codeLens", textDocument(uri))["result"] as? [JSONObject] ?? []
        if lint.document.allSections.isEmpty {
            #expect(lenses.isEmpty)
        } else {
            let title = (lenses.first?["command"] as? JSONObject)?["title"] as? String ?? ""
            let open = lint.document.actionItems.filter(\.isOpen).count
            #expect(title.hasSuffix(open == 1 ? "1 open action item" : "\(open) open action items"))
        }
        #expect(server.shutDown() == 0)
    }
}
