import Foundation
import Testing

@Suite("Language server code actions")
struct CodeActionTests {
    private let uri = "file:///tmp/pmlint-lsp-tests/actions.md"
    private let text = "---\npmlint: internal\n---\n\n# Outage\n\n## Summary\n\nThe deploy failed.\nThe engineer forgot the check.\n"

    private func actions(_ server: ServerProcess, line: Int, code: String = "PM101", data: JSONObject? = nil, only: [String]? = nil) -> [JSONObject] {
        var diagnostic: JSONObject = ["range": lspRange(line, 0, line, 3), "message": "m", "source": "pmlint", "code": code]
        if let data { diagnostic["data"] = data }
        var context: JSONObject = ["diagnostics": [diagnostic]]
        if let only { context["only"] = only }
        let response = server.request("textDocument/codeAction", ["textDocument": ["uri": uri], "range": lspRange(line, 0, line, 3), "context": context])
        return response["result"] as? [JSONObject] ?? []
    }

    private func edits(_ action: JSONObject?) -> [JSONObject] {
        ((action?["edit"] as? JSONObject)?["changes"] as? JSONObject)?[uri] as? [JSONObject] ?? []
    }

    @Test("each fix carried in a diagnostic's data is a quick fix, the first one preferred")
    func fixesFromData() throws {
        let (server, _) = try ServerProcess.initialized()
        server.open(uri, text)
        let edit: JSONObject = ["range": lspRange(9, 4, 9, 12), "newText": "deploy"]
        let data: JSONObject = ["fixes": [["title": "Name the system", "edits": [edit]], ["title": "Second way", "edits": [edit]]]]
        let found = actions(server, line: 9, data: data)
        let fix = found.first { $0["title"] as? String == "Name the system" }
        #expect(fix?["kind"] as? String == "quickfix")
        #expect(fix?["isPreferred"] as? Bool == true)
        #expect(edits(fix).first?["newText"] as? String == "deploy")
        #expect(found.first { $0["title"] as? String == "Second way" }?["isPreferred"] as? Bool == false)
        #expect(server.shutDown() == 0)
    }

    @Test("disable for this line: a comment line above a block's first line, a trailing comment inside a paragraph")
    func disableLine() throws {
        let (server, _) = try ServerProcess.initialized()
        server.open(uri, text)
        let above = edits(actions(server, line: 8).first { $0["title"] as? String == "Disable PM101 for this line" })
        #expect(above.first?["newText"] as? String == "<!-- pmlint-disable-next-line PM101 -->\n")
        #expect(above.first?["range"] as? NSDictionary == lspRange(8, 0, 8, 0) as NSDictionary)
        let trailing = edits(actions(server, line: 9).first { $0["title"] as? String == "Disable PM101 for this line" })
        #expect(trailing.first?["newText"] as? String == " <!-- pmlint-disable-line PM101 -->")
        #expect(trailing.first?["range"] as? NSDictionary == lspRange(9, 30, 9, 30) as NSDictionary)
        #expect(server.shutDown() == 0)
    }

    @Test("disable for this file: after the front matter, which must stay first")
    func disableFile() throws {
        let (server, _) = try ServerProcess.initialized()
        server.open(uri, text)
        let file = edits(actions(server, line: 9).first { $0["title"] as? String == "Disable PM101 for this file" })
        #expect(file.first?["newText"] as? String == "<!-- pmlint-disable-file PM101 -->\n")
        #expect(file.first?["range"] as? NSDictionary == lspRange(3, 0, 3, 0) as NSDictionary)
        #expect(server.shutDown() == 0)
    }

    @Test("diagnostics of other sources get no pmlint actions; `only` filters by kind")
    func filtering() throws {
        let (server, _) = try ServerProcess.initialized()
        server.open(uri, text)
        let response = server.request("textDocument/codeAction", ["textDocument": ["uri": uri], "range": lspRange(9, 0, 9, 3), "context": [
            "diagnostics": [["range": lspRange(9, 0, 9, 3), "message": "spelling", "source": "cspell", "code": 7, "data": ["x": 1]]]]])
        #expect((response["result"] as? [JSONObject])?.contains { $0["kind"] as? String == "quickfix" } == false)
        #expect(actions(server, line: 9, only: ["source.fixAll"]).allSatisfy { $0["kind"] as? String == "source.fixAll.pmlint" })
        #expect(server.shutDown() == 0)
    }

    @Test("inserting a missing section is an unsafe fix: a quick fix to pick, never part of fix all")
    func unsafeFixIsAQuickFixOnly() throws {
        let (server, _) = try ServerProcess.initialized()
        let text = "---\npmlint: internal\n---\n\n# Outage\n\n## Summary\n\nThe nine o'clock deploy went wrong.\n\n## Timeline\n\n- 09:00 UTC deploy\n"
        server.open(uri, text)
        let published = try #require(server.publishedDiagnostics(for: uri)?["diagnostics"] as? [JSONObject])
        let missingImpact = try #require(published.first { ($0["message"] as? String)?.contains(#"section "Impact""#) == true })
        let response = server.request("textDocument/codeAction", ["textDocument": ["uri": uri], "range": missingImpact["range"]!,
                                                                   "context": ["diagnostics": [missingImpact]]])
        let found = response["result"] as? [JSONObject] ?? []
        let insert = found.first { $0["title"] as? String == #"Insert an "Impact" section"# }
        #expect(insert?["kind"] as? String == "quickfix")
        #expect(insert?["isPreferred"] as? Bool == false)
        #expect((edits(insert).first?["newText"] as? String)?.contains("## Impact") == true)
        let fixAll = found.first { $0["kind"] as? String == "source.fixAll.pmlint" }
        #expect(edits(fixAll).allSatisfy { ($0["newText"] as? String)?.contains("## Impact") != true })
        #expect(server.shutDown() == 0)
    }

    @Test("fix all applies the engine's safe fixes, as `pmlint --fix` does", arguments: FixtureTests.fixtures.filter { $0.path.contains("/fix/") })
    func fixAll(fixture: URL) throws {
        var text = try String(contentsOf: fixture, encoding: .utf8)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let (server, _) = try ServerProcess.initialized()
        let uri = fixture.absoluteString
        server.open(uri, text)
        let response = server.request("textDocument/codeAction", ["textDocument": ["uri": uri], "range": lspRange(0, 0, 0, 0),
                                                                   "context": ["diagnostics": [], "only": ["source.fixAll.pmlint"]]])
        let action = (response["result"] as? [JSONObject])?.first
        let expected = try Self.cliFix(fixture)
        if expected == text {
            #expect(action == nil)
        } else {
            let edit = (((action?["edit"] as? JSONObject)?["changes"] as? JSONObject)?[uri] as? [JSONObject])?.first
            let range = edit?["range"] as? JSONObject
            let start = range?["start"] as? JSONObject, end = range?["end"] as? JSONObject
            let fixed = EngineExpectations.apply(text, range: (start?["line"] as? Int ?? 0, start?["character"] as? Int ?? 0,
                                                               end?["line"] as? Int ?? 0, end?["character"] as? Int ?? 0),
                                                 edit?["newText"] as? String ?? "")
            #expect(fixed == expected)
        }
        #expect(server.shutDown() == 0)
    }

    /// What `pmlint --fix` writes for the fixture (run on a copy).
    static func cliFix(_ fixture: URL) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pmlint-fix-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent(fixture.lastPathComponent)
        try FileManager.default.copyItem(at: fixture, to: copy)
        let process = Process()
        process.executableURL = ServerProcess.executable.deletingLastPathComponent().appendingPathComponent("pmlint")
        process.arguments = ["--fix", "--quiet", copy.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        var text = try String(contentsOf: copy, encoding: .utf8)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }
}
