import Foundation
import Testing

@Suite("Language server text sync and diagnostics")
struct DocumentSyncTests {
    private let uri = "file:///tmp/pmlint-lsp-tests/doc.md"

    /// Lines that each continue a paragraph, so that the line probe can measure every one
    /// after the first.
    private let denseText = "Title line\nA 🔥 fire and 支付服务 here\ncafé with e\u{301} combining\n𝄞 clef line\nlast line"

    @Test("pushed diagnostics carry the version and equal the engine's, range for range, in UTF-16")
    func pushedDiagnostics() throws {
        let (server, _) = try ServerProcess.initialized()
        server.open(uri, unicodePostmortem, version: 7)
        let published = server.publishedDiagnostics(for: uri)
        #expect(published?["version"] as? Int == 7)
        let diagnostics = published?["diagnostics"] as? [JSONObject] ?? []
        #expect(EngineExpectations.lines(of: diagnostics) == EngineExpectations.diagnostics(for: unicodePostmortem))
        for diagnostic in diagnostics {
            #expect(diagnostic["source"] as? String == "pmlint")
            #expect((diagnostic["codeDescription"] as? JSONObject)?["href"] as? String != nil)
        }
        #expect(server.shutDown() == 0)
    }

    @Test("incremental edits around emoji, CJK and combining marks give the editor's text", arguments: [true, false])
    func incrementalEdits(utf16: Bool) throws {
        let capabilities: JSONObject = utf16 ? [:] : ["general": ["positionEncodings": ["utf-8"]]]
        let (server, _) = try ServerProcess.initialized(capabilities: capabilities)
        var text = denseText
        server.open(uri, text)
        let edits: [((Int, Int, Int, Int), String)] = utf16 ? [
            ((1, 4, 1, 4), "🎉"),  // between the fire emoji (two units) and the space
            ((1, 15, 1, 17), ""),  // 支付 after the insertion
            ((2, 10, 3, 2), "x\ny 🐤 z\n"),  // across lines, after the combining mark and the clef
            ((4, 9, 4, 9), " ✅"),
        ] : [
            ((1, 6, 1, 6), "🎉"),
            ((1, 20, 1, 26), ""),
            ((2, 11, 3, 4), "x\ny 🐤 z\n"),
            ((5, 9, 5, 9), " ✅"),
        ]
        for (index, (range, newText)) in edits.enumerated() {
            server.change(uri, version: index + 2, [["range": lspRange(range.0, range.1, range.2, range.3), "text": newText]])
            text = EngineExpectations.apply(text, range: range, newText, utf16: utf16)
        }
        #expect(LineProbe.lengths(server, uri: uri, of: text, utf16: utf16) == LineProbe.expected(text, utf16: utf16))
        #expect(server.shutDown() == 0)
    }

    @Test("a stale version is dropped; positions past the end are clamped")
    func staleAndOutOfRange() throws {
        let (server, _) = try ServerProcess.initialized()
        var text = denseText
        server.open(uri, text, version: 3)
        server.change(uri, version: 2, [["range": lspRange(1, 0, 1, 0), "text": "stale "]])
        server.change(uri, version: 3, [["range": lspRange(1, 0, 1, 0), "text": "same "]])
        server.change(uri, version: 4, [["range": lspRange(2, 500, 2, 900), "text": " end"]])
        text = EngineExpectations.apply(text, range: (2, 500, 2, 900), " end")
        server.change(uri, version: 5, [["range": lspRange(90, 0, 99, 5), "text": "\nafter"]])
        text += "\nafter"
        #expect(LineProbe.lengths(server, uri: uri, of: text, utf16: true) == LineProbe.expected(text, utf16: true))
        #expect(server.shutDown() == 0)
    }

    @Test("a burst of changes is linted once at the latest version, never going back")
    func coalescedBurst() throws {
        let (server, _) = try ServerProcess.initialized()
        server.open(uri, unicodePostmortem)
        _ = server.publishedDiagnostics(for: uri)
        var text = unicodePostmortem
        var burst: [UInt8] = []
        for version in 2...31 {
            burst += ServerProcess.frame(ServerProcess.body(["method": "textDocument/didChange", "params": [
                "textDocument": ["uri": uri, "version": version],
                "contentChanges": [["range": lspRange(6, 0, 6, 0), "text": "a"]]]]))
            text = EngineExpectations.apply(text, range: (6, 0, 6, 0), "a")
        }
        server.send(raw: burst)
        var versions: [Int] = []
        var latest: JSONObject?
        while versions.last != 31, let published = server.publishedDiagnostics(for: uri) {
            versions.append(published["version"] as? Int ?? -1)
            latest = published
        }
        #expect(versions.last == 31)
        #expect(versions == versions.sorted() && Set(versions).count == versions.count)
        #expect(EngineExpectations.lines(of: latest?["diagnostics"] as? [JSONObject] ?? []) == EngineExpectations.diagnostics(for: text))
        #expect(server.shutDown() == 0)
    }

    @Test("closing a document clears its pushed diagnostics")
    func closeClears() throws {
        let (server, _) = try ServerProcess.initialized()
        server.open(uri, unicodePostmortem)
        _ = server.publishedDiagnostics(for: uri)
        server.notify("textDocument/didClose", textDocument(uri))
        let cleared = server.publishedDiagnostics(for: uri)
        #expect((cleared?["diagnostics"] as? [JSONObject])?.isEmpty == true)
        #expect(server.shutDown() == 0)
    }

    @Test("a client that pulls gets result ids and unchanged reports, and nothing pushed")
    func pullDiagnostics() throws {
        let (server, result) = try ServerProcess.initialized(capabilities: ["textDocument": ["diagnostic": ["dynamicRegistration": false]]])
        #expect((result["capabilities"] as? JSONObject)?["diagnosticProvider"] != nil)
        server.open(uri, unicodePostmortem)
        let first = server.request("textDocument/diagnostic", textDocument(uri))["result"] as? JSONObject ?? [:]
        #expect(first["kind"] as? String == "full")
        #expect(EngineExpectations.lines(of: first["items"] as? [JSONObject] ?? []) == EngineExpectations.diagnostics(for: unicodePostmortem))
        let resultID = try #require(first["resultId"] as? String)
        let again = server.request("textDocument/diagnostic", ["textDocument": ["uri": uri], "previousResultId": resultID])["result"] as? JSONObject
        #expect(again?["kind"] as? String == "unchanged")
        #expect(again?["resultId"] as? String == resultID)
        server.change(uri, version: 2, [["range": lspRange(0, 0, 0, 0), "text": "x"]])
        let changed = server.request("textDocument/diagnostic", ["textDocument": ["uri": uri], "previousResultId": resultID])["result"] as? JSONObject
        #expect(changed?["kind"] as? String == "full")
        #expect(changed?["resultId"] as? String != resultID)
        let messages = server.readAllAfterShutdown()
        #expect(!messages.contains { $0["method"] as? String == "textDocument/publishDiagnostics" })
    }
}

/// Measures each line of the server's copy of a document through the "disable for this line"
/// quick fix, which appends its comment at the end of a line that continues a paragraph.
enum LineProbe {
    static func lengths(_ server: ServerProcess, uri: String, of text: String, utf16: Bool) -> [Int] {
        let count = text.split(separator: "\n", omittingEmptySubsequences: false).count
        return (1..<count).map { line in
            let probe: JSONObject = ["range": lspRange(line, 0, line, 0), "message": "probe", "source": "pmlint", "code": "PROBE"]
            let response = server.request("textDocument/codeAction", ["textDocument": ["uri": uri], "range": lspRange(line, 0, line, 0),
                                                                       "context": ["diagnostics": [probe]]])
            let actions = response["result"] as? [JSONObject] ?? []
            let disable = actions.first { $0["title"] as? String == "Disable PROBE for this line" }
            let edit = ((disable?["edit"] as? JSONObject)?["changes"] as? JSONObject)?[uri] as? [JSONObject]
            let start = (edit?.first?["range"] as? JSONObject)?["start"] as? JSONObject
            return start?["line"] as? Int == line ? start?["character"] as? Int ?? -1 : -1
        }
    }

    static func expected(_ text: String, utf16: Bool) -> [Int] {
        text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().map { utf16 ? $0.utf16.count : $0.utf8.count }
    }
}
