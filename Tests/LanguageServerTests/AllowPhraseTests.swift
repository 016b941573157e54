import Foundation
import LintEngine
import Testing

/// "Allow this phrase in this project": the server edits the nearest `.pmlint.json` itself.
@Suite("Language server allow-phrase action")
struct AllowPhraseTests {
    private let text = "## Summary\n\nA small number of users saw errors.\n"

    private func workspace(configuration: String?) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pmlint-lsp-allow-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("postmortems"), withIntermediateDirectories: true)
        if let configuration {
            try configuration.write(to: folder.appendingPathComponent(".pmlint.json"), atomically: true, encoding: .utf8)
        }
        return folder
    }

    private func allowAction(_ server: ServerProcess, uri: String) -> JSONObject? {
        let diagnostic: JSONObject = ["range": lspRange(2, 0, 2, 23), "message": "plays the impact down", "source": "pmlint", "code": "PM104"]
        let response = server.request("textDocument/codeAction", ["textDocument": ["uri": uri], "range": lspRange(2, 0, 2, 23),
                                                                   "context": ["diagnostics": [diagnostic]]])
        return (response["result"] as? [JSONObject])?.first { ($0["title"] as? String)?.hasPrefix("Allow") == true }
    }

    @Test("the phrase joins the rule's allow list in the existing file, other settings kept")
    func existingFile() throws {
        let original = "{\"profile\": \"internal\", \"rules\": {\"minimizing-language\": \"info\"}}"
        let folder = try workspace(configuration: original)
        defer { try? FileManager.default.removeItem(at: folder) }
        let configuration = folder.appendingPathComponent(".pmlint.json")
        let uri = folder.appendingPathComponent("postmortems/outage.md").absoluteString
        let (server, _) = try ServerProcess.initialized()
        server.open(uri, text)
        let action = try #require(allowAction(server, uri: uri))
        #expect(action["title"] as? String == "Allow “A small number of users” for PM104 in this project")
        let edit = try #require((((action["edit"] as? JSONObject)?["changes"] as? JSONObject)?[configuration.absoluteString] as? [JSONObject])?.first)
        #expect(edit["range"] as? NSDictionary == lspRange(0, 0, 0, original.utf16.count) as NSDictionary)
        try (edit["newText"] as? String ?? "").write(to: configuration, atomically: true, encoding: .utf8)
        let loaded = try ConfigurationResolver().configuration(forFile: folder.appendingPathComponent("postmortems/outage.md").path)
        #expect(loaded.defaultProfile == "internal")
        #expect(loaded.setting(for: "PM104").severity == .info)
        #expect(loaded.setting(for: "PM104").options["allow"] == .array([.string("A small number of users")]))
        #expect(server.shutDown() == 0)
    }

    @Test("without a configuration, a client that can create files gets a new one at the repository root")
    func newFile() throws {
        let folder = try workspace(configuration: nil)
        defer { try? FileManager.default.removeItem(at: folder) }
        let uri = folder.appendingPathComponent("postmortems/outage.md").absoluteString
        let capabilities: JSONObject = ["workspace": ["workspaceEdit": ["documentChanges": true, "resourceOperations": ["create"]]]]
        let (server, _) = try ServerProcess.initialized(capabilities: capabilities)
        server.open(uri, text)
        let changes = try #require((allowAction(server, uri: uri)?["edit"] as? JSONObject)?["documentChanges"] as? [JSONObject])
        let newFile = folder.appendingPathComponent(".pmlint.json").absoluteString
        #expect(changes.first?["kind"] as? String == "create" && changes.first?["uri"] as? String == newFile)
        let written = ((changes.last?["edits"] as? [JSONObject])?.first?["newText"] as? String) ?? ""
        let json = try JSONDecoder().decode(JSONValue.self, from: Data(written.utf8))
        #expect(json == .object(["rules": .object(["PM104": .object(["options": .object(["allow": .array([.string("A small number of users")])])])])]))
        #expect(server.shutDown() == 0)
    }

    @Test("without a configuration, a client that cannot create files is not offered the action")
    func notOffered() throws {
        let folder = try workspace(configuration: nil)
        defer { try? FileManager.default.removeItem(at: folder) }
        let uri = folder.appendingPathComponent("postmortems/outage.md").absoluteString
        let (server, _) = try ServerProcess.initialized()
        server.open(uri, text)
        #expect(allowAction(server, uri: uri) == nil)
        #expect(server.shutDown() == 0)
    }
}
