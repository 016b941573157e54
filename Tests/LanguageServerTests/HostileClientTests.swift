import Foundation
import Testing

/// Faults beyond `FaultTests`: memory that must stay bounded, lengths no integer holds,
/// endless headers, positions at the edges of `Int`, and a client dying mid-work.
@Suite("Language server under a hostile client")
struct HostileClientTests {
    private let uri = "file:///hostile.md"

    private func started() throws -> ServerProcess {
        let (server, _) = try ServerProcess.initialized()
        server.open(uri, "\u{FEFF}# Hostile\n\n## Summary\n\nText 🔥.\n")
        return server
    }

    private func expectAlive(_ server: ServerProcess) {
        let response = server.request("textDocument/documentSymbol", textDocument(uri))
        #expect(response["result"] is [Any], "server stopped answering; stderr: \(server.stderrText())")
    }

    @Test("a 64 MB body over the limit is skipped without being held: peak memory stays far below it")
    func oversizedBodyIsNotBuffered() throws {
        let server = try started()
        expectAlive(server)
        let before = try #require(server.peakMemory())
        server.send(raw: Array("Content-Length: \(80 * 1024 * 1024)\r\n\r\n".utf8))
        let chunk = [UInt8](repeating: 0x41, count: 1024 * 1024)
        for _ in 0..<80 { server.send(raw: chunk) }
        #expect(server.waitFor { errorCode($0) == -32700 } != nil)
        expectAlive(server)
        let after = try #require(server.peakMemory())
        #expect(after - before < 16 * 1024 * 1024, "peak memory grew by \((after - before) / 1024) KB for a skipped body")
        #expect(server.shutDown() == 0)
    }

    /// Each document is mostly a pasted log, so it is a megabyte to hold but quick to lint:
    /// 27 documents kept after closing would hold at least 27 MB of text alone.
    @Test("opening, editing and closing a 1 MB document 30 times does not pile up memory")
    func documentsAreReleased() throws {
        let server = try started()
        let log = String(repeating: "2024-05-01T13:02:11Z ERROR cache miss storm on shard 7, human error 🔥\n", count: 14_000)
        let text = "## Timeline\n\n- 13:02 UTC alert fired\n\n```\n" + log + "```\n"
        func cycle(_ index: Int) {
            let name = "file:///big-\(index).md"
            server.open(name, text)
            server.change(name, version: 2, [["range": lspRange(0, 0, 0, 2), "text": "#"]])
            _ = server.request("textDocument/documentSymbol", textDocument(name), timeout: 60)
            server.notify("textDocument/didClose", textDocument(name))
        }
        for index in 0..<3 { cycle(index) }
        let early = try #require(server.peakMemory())
        for index in 3..<30 { cycle(index) }
        let late = try #require(server.peakMemory())
        #expect(text.utf8.count > 1_000_000)
        #expect(late - early < 16 * 1024 * 1024, "peak memory grew by \((late - early) / 1024) KB over 27 more documents")
        #expect(server.shutDown() == 0)
    }

    @Test("a Content-Length with more digits than any integer is rejected as over the limit")
    func absurdLength() throws {
        let server = try started()
        server.send(raw: Array("Content-Length: 99999999999999999999999999\r\n\r\n".utf8))
        server.send(raw: ServerProcess.frame(ServerProcess.body(["method": "$/setTrace", "params": ["value": "off"]])))
        server.closeInput()
        #expect(server.waitForExit(timeout: 5) == 1)
        #expect(server.stderrText().contains("oversized message"))
    }

    @Test("a header that never ends is discarded in bounded pieces and the stream goes on")
    func endlessHeader() throws {
        let server = try started()
        server.send(raw: [UInt8](repeating: 0x58, count: 300 * 1024))
        server.send(raw: Array("\r\n\r\n".utf8))
        #expect(server.waitFor { errorCode($0) == -32700 } != nil)
        expectAlive(server)
        #expect(server.shutDown() == 0)
    }

    @Test("positions at the edges of Int are clamped, in requests and in edits",
          arguments: [Int.min, -1, Int.max])
    func extremePositions(value: Int) throws {
        let server = try started()
        let position: JSONObject = ["line": value, "character": value]
        let origin: JSONObject = ["line": 0, "character": value]
        for place in [position, origin] {
            let hover = server.request("textDocument/hover", ["textDocument": ["uri": uri], "position": place])
            #expect(hover["result"] != nil || errorCode(hover) == -32602)
            _ = server.request("textDocument/completion", ["textDocument": ["uri": uri], "position": place])
            _ = server.request("textDocument/codeAction", ["textDocument": ["uri": uri], "range": ["start": place, "end": place],
                                                           "context": ["diagnostics": []]])
        }
        server.change(uri, version: 2, [["range": ["start": origin, "end": position], "text": "x"]])
        expectAlive(server)
        #expect(server.shutDown() == 0)
    }

    /// A lint cannot be cancelled once started, so a server that began linting before the
    /// input ended finishes that lint first (seconds for this document in a debug build); what
    /// must hold is that it then exits instead of outliving its client.
    @Test("a client that dies while the server lints a large document: the server exits once that lint ends")
    func dyingClientMidWork() throws {
        let server = try started()
        server.open("file:///large.md", String(repeating: "## Summary\n\nWe should have known. Human error.\n\n", count: 40_000))
        server.closeInput()
        #expect(server.waitForExit(timeout: 120) != nil, "the server outlived its client")
    }
}
