import Foundation
import Testing

@Suite("Language server configuration")
struct ConfigurationTests {
    /// A folder with a `.git` marker, so the resolver stops there, holding a document and
    /// a configuration file.
    private func workspace(configuration: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pmlint-lsp-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try configuration.write(to: folder.appendingPathComponent(".pmlint.json"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test("a broken .pmlint.json shows on the file and in a message; the fix clears it once the file changes")
    func brokenConfiguration() throws {
        let folder = try workspace(configuration: "{\"profile\": 3")
        defer { try? FileManager.default.removeItem(at: folder) }
        let configURI = folder.appendingPathComponent(".pmlint.json").absoluteString
        let (server, _) = try ServerProcess.initialized(capabilities: ["workspace": ["didChangeWatchedFiles": ["dynamicRegistration": true]]])
        let registration = server.waitFor { $0["method"] as? String == "client/registerCapability" }
        let registered = ((registration?["params"] as? JSONObject)?["registrations"] as? [JSONObject])?.first
        #expect(registered?["method"] as? String == "workspace/didChangeWatchedFiles")
        let document = folder.appendingPathComponent("doc.md").absoluteString
        server.open(document, "# Outage\n")
        #expect(server.shownMessage().contains(".pmlint.json"))
        let onFile = server.publishedDiagnostics(for: configURI)?["diagnostics"] as? [JSONObject]
        #expect(onFile?.count == 1)
        #expect(server.publishedDiagnostics(for: document) != nil, "the document is still linted, with defaults")

        try "{\"profile\": \"internal\"}".write(to: folder.appendingPathComponent(".pmlint.json"), atomically: true, encoding: .utf8)
        server.notify("workspace/didChangeWatchedFiles", ["changes": [["uri": configURI, "type": 2]]])
        #expect((server.publishedDiagnostics(for: configURI)?["diagnostics"] as? [JSONObject])?.isEmpty == true)
        #expect(server.publishedDiagnostics(for: document) != nil, "the document is linted again")
        let rest = server.readAllAfterShutdown()
        #expect(!rest.contains { $0["method"] as? String == "window/showMessage" }, "a fixed configuration is not reported again")
    }

    @Test("each diagnostic links to its rule's page, the one SARIF links to; ruleDocs points both at a mirror", arguments: [false, true])
    func ruleDocumentationLinks(mirrored: Bool) throws {
        let base = mirrored ? "https://git.example.com/tools/pmlint/docs/rules/" : "https://github.com/pmlint/pmlint/blob/main/docs/rules/"
        let folder = try workspace(configuration: mirrored ? "{\"ruleDocs\": \"\(base)\"}" : "{}")
        defer { try? FileManager.default.removeItem(at: folder) }
        let (server, _) = try ServerProcess.initialized()
        let document = folder.appendingPathComponent("doc.md").absoluteString
        server.open(document, "# Outage\n")
        let diagnostics = server.publishedDiagnostics(for: document)?["diagnostics"] as? [JSONObject] ?? []
        #expect(!diagnostics.isEmpty)
        for diagnostic in diagnostics {
            let code = try #require(diagnostic["code"] as? String)
            #expect((diagnostic["codeDescription"] as? JSONObject)?["href"] as? String == base + code + ".md")
        }
        #expect(server.shutDown() == 0)
    }

    @Test("without file watching, saving a document reads a changed .pmlint.json")
    func configurationReadOnSave() throws {
        let folder = try workspace(configuration: "{\"rules\": {\"PM001\": \"off\"}}")
        defer { try? FileManager.default.removeItem(at: folder) }
        let (server, _) = try ServerProcess.initialized()
        let document = folder.appendingPathComponent("doc.md").absoluteString
        let missingSection = { () -> Bool in
            let diagnostics = server.publishedDiagnostics(for: document)?["diagnostics"] as? [JSONObject] ?? []
            return diagnostics.contains { $0["code"] as? String == "PM001" }
        }
        server.open(document, "# Outage\n")
        #expect(!missingSection(), "PM001 is off in the configuration")
        try "{}".write(to: folder.appendingPathComponent(".pmlint.json"), atomically: true, encoding: .utf8)
        server.notify("textDocument/didSave", ["textDocument": ["uri": document]])
        #expect(missingSection(), "the saved configuration turns PM001 back on")
        #expect(server.shutDown() == 0)
    }

    @Test("settings come from workspace/configuration; a bad value is shown, not fatal")
    func settingsFromClient() throws {
        let (server, _) = try ServerProcess.initialized(capabilities: ["workspace": ["configuration": true]])
        let request = try #require(server.waitFor { $0["method"] as? String == "workspace/configuration" })
        let items = (request["params"] as? JSONObject)?["items"] as? [JSONObject]
        #expect(items?.first?["section"] as? String == "pmlint")
        server.send(["id": request["id"]!, "result": [["profile": "no-such-profile"]]])
        server.open("file:///tmp/pmlint-lsp-tests/settings.md", "# Outage\n")
        #expect(server.shownMessage().contains("editor settings"))
        #expect(server.publishedDiagnostics(for: "file:///tmp/pmlint-lsp-tests/settings.md") != nil)
        #expect(server.shutDown() == 0)
    }

    @Test("didChangeConfiguration with settings applies them")
    func pushedSettings() throws {
        let (server, _) = try ServerProcess.initialized()
        server.open("file:///tmp/pmlint-lsp-tests/pushed.md", "# Outage\n")
        _ = server.publishedDiagnostics(for: "file:///tmp/pmlint-lsp-tests/pushed.md")
        server.notify("workspace/didChangeConfiguration", ["settings": ["pmlint": ["rules": ["no-such-rule": "off"]], "other": 1]])
        #expect(server.shownMessage().contains("no-such-rule"))
        #expect(server.shutDown() == 0)
    }
}
