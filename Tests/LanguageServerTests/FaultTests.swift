import Foundation
import Testing

/// Issue 8's language-server faults, each against the real executable: the server answers
/// or logs, goes on, and never crashes.
@Suite("Language server faults")
struct FaultTests {
    private let hoverParams: JSONObject = ["textDocument": ["uri": "file:///f.md"], "position": ["line": 0, "character": 0]]

    /// After the fault the server still answers a request.
    private func expectAlive(_ server: ServerProcess) {
        let response = server.request("textDocument/hover", hoverParams)
        #expect(response.keys.contains("result"), "server stopped answering; stderr: \(server.stderrText())")
    }

    private func started(arguments: [String] = []) throws -> ServerProcess {
        let (server, _) = try ServerProcess.initialized(arguments: arguments)
        server.open("file:///f.md", "# F\n")
        return server
    }

    @Test("a frame cut off, then the end of input: the server exits within a second")
    func cutFrame() throws {
        let server = try started()
        server.send(raw: Array("Content-Length: 100\r\n\r\n{\"jsonrpc\":\"2.0\",".utf8))
        server.closeInput()
        #expect(server.waitForExit(timeout: 1) == 1)
        #expect(server.stderrText().contains("into a message of 100 bytes"))
    }

    @Test("standard input closed by a dying client: the server exits within a second")
    func inputClosed() throws {
        let server = try started()
        server.closeInput()
        #expect(server.waitForExit(timeout: 1) == 1)
    }

    @Test("a missing, negative or non-numeric Content-Length is a parse error, then the server goes on",
          arguments: ["Content-Type: application/json", "Content-Length: -5", "Content-Length: many"])
    func badHeader(header: String) throws {
        let server = try started()
        server.send(raw: Array((header + "\r\n\r\n").utf8))
        #expect(server.waitFor { errorCode($0) == -32700 && $0["id"] is NSNull } != nil)
        expectAlive(server)
        #expect(server.shutDown() == 0)
    }

    @Test("a Content-Length larger than the body: the stream resynchronises on the next header")
    func lengthTooLarge() throws {
        let server = try started()
        let body = ServerProcess.body(["method": "$/setTrace", "params": ["value": "off"]])
        // The first frame claims 20 bytes more than it has, swallowing part of the next header.
        server.send(raw: Array("Content-Length: \(body.count + 20)\r\n\r\n".utf8) + body)
        server.send(raw: ServerProcess.frame(ServerProcess.body(["method": "$/setTrace", "params": ["value": "off"]])))
        #expect(server.waitFor { errorCode($0) == -32700 } != nil)
        expectAlive(server)
        #expect(server.shutDown() == 0)
    }

    @Test("a body over the size limit is rejected and skipped without stopping the server")
    func overLimit() throws {
        let server = try started(arguments: ["--max-message-size", "1000"])
        let padding = String(repeating: "x", count: 5000)
        let body = ServerProcess.body(["id": 1, "method": "textDocument/hover", "params": ["pad": padding]])
        server.send(raw: ServerProcess.frame(body))
        let rejection = server.waitFor { errorCode($0) == -32700 }
        #expect((rejection?["error"] as? JSONObject)?["message"] as? String == "a message of \(body.count) bytes is over the limit of 1000 bytes; skipped")
        expectAlive(server)
        #expect(server.shutDown() == 0)
    }

    @Test("the default limit is 64 MB")
    func defaultLimit() throws {
        let server = try started()
        let size = 64 * 1024 * 1024 + 1
        server.send(raw: Array("Content-Length: \(size)\r\n\r\n".utf8))
        let chunk = [UInt8](repeating: 0x20, count: 1024 * 1024)
        for _ in 0..<64 { server.send(raw: chunk) }
        server.send(raw: [0x20])
        #expect(server.waitFor { errorCode($0) == -32700 } != nil)
        expectAlive(server)
        #expect(server.shutDown() == 0)
    }

    @Test("a body that is not UTF-8 or not JSON is a parse error", arguments: [[0xFF, 0xFE, 0x7B, 0x7D], Array("{\"jsonrpc\": ".utf8)])
    func badBody(body: [UInt8]) throws {
        let server = try started()
        server.send(raw: ServerProcess.frame(body))
        #expect(server.waitFor { errorCode($0) == -32700 } != nil)
        expectAlive(server)
        #expect(server.shutDown() == 0)
    }

    @Test("JSON that is not JSON-RPC is an invalid request")
    func notJSONRPC() throws {
        let server = try started()
        server.send(raw: ServerProcess.frame(Array("[1, 2, 3]".utf8)))
        #expect(server.waitFor { errorCode($0) == -32600 } != nil)
        expectAlive(server)
        #expect(server.shutDown() == 0)
    }

    @Test("params of the wrong types: -32602 for a request, a log line for a notification")
    func wrongParamTypes() throws {
        let server = try started()
        let response = server.request("textDocument/hover", ["textDocument": ["uri": 42], "position": "top"])
        #expect(errorCode(response) == -32602)
        server.notify("textDocument/didOpen", ["textDocument": ["uri": "file:///g.md", "version": "one"]])
        server.notify("textDocument/didChange", ["textDocument": "file:///f.md", "contentChanges": 3])
        expectAlive(server)
        #expect(server.shutDown() == 0)
        #expect(server.stderrText().contains("textDocument/didOpen: invalid params"))
    }

    @Test("a burst of 1,000 requests with cancellations: each answered exactly once")
    func burst() throws {
        let server = try started()
        var bytes: [UInt8] = []
        var ids: [Int] = []
        for index in 0..<1000 {
            let id = server.nextRequestID()
            ids.append(id)
            bytes += ServerProcess.frame(ServerProcess.body(["id": id, "method": "textDocument/hover", "params": hoverParams]))
            if index % 2 == 0 {
                bytes += ServerProcess.frame(ServerProcess.body(["method": "$/cancelRequest", "params": ["id": id]]))
            }
        }
        server.send(raw: bytes)
        let messages = server.readAllAfterShutdown()
        let answers = messages.compactMap { $0["id"] as? Int }.filter { Set(ids).contains($0) }
        #expect(answers.sorted() == ids)
        let cancelled = messages.filter { errorCode($0) == -32800 }.compactMap { $0["id"] as? Int }
        #expect(cancelled.allSatisfy { ids.firstIndex(of: $0)! % 2 == 0 })
        #expect(!cancelled.isEmpty)
    }

    @Test("edits to a document that was never opened are ignored")
    func editsToUnopenedDocument() throws {
        let server = try started()
        server.change("file:///ghost.md", version: 2, [["range": lspRange(0, 0, 0, 0), "text": "boo"]])
        #expect(errorCode(server.request("textDocument/documentSymbol", textDocument("file:///ghost.md"))) == -32602)
        expectAlive(server)
        #expect(server.shutDown() == 0)
    }
}
