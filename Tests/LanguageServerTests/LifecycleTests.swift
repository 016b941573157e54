import Foundation
import Testing

@Suite("Language server lifecycle")
struct LifecycleTests {
    @Test("a request before initialize is refused with -32002, a notification is dropped")
    func beforeInitialize() throws {
        let server = try ServerProcess()
        server.open("file:///early.md", "# Early\n")
        #expect(errorCode(server.request("textDocument/hover", ["textDocument": ["uri": "file:///early.md"], "position": ["line": 0, "character": 0]])) == -32002)
        _ = server.request("initialize", ["processId": NSNull(), "rootUri": NSNull(), "capabilities": [:]])
        // The didOpen sent before initialize was not taken: the document is unknown.
        let hover = server.request("textDocument/hover", ["textDocument": ["uri": "file:///early.md"], "position": ["line": 0, "character": 0]])
        #expect(errorCode(hover) == -32602)
        #expect(server.shutDown() == 0)
    }

    @Test("initialize answers UTF-16 by default and UTF-8 when the client offers it")
    func positionEncoding() throws {
        let (plain, plainResult) = try ServerProcess.initialized()
        #expect((plainResult["capabilities"] as? JSONObject)?["positionEncoding"] as? String == "utf-16")
        #expect(plain.shutDown() == 0)
        let (utf8, utf8Result) = try ServerProcess.initialized(capabilities: ["general": ["positionEncodings": ["utf-8", "utf-16"]]])
        #expect((utf8Result["capabilities"] as? JSONObject)?["positionEncoding"] as? String == "utf-8")
        #expect(utf8.shutDown() == 0)
    }

    @Test("a second initialize is an invalid request")
    func initializeTwice() throws {
        let (server, _) = try ServerProcess.initialized()
        #expect(errorCode(server.request("initialize", ["processId": NSNull(), "capabilities": [:]])) == -32600)
        #expect(server.shutDown() == 0)
    }

    @Test("unknown requests answer -32601; unknown notifications and $/setTrace are ignored")
    func unknownMethods() throws {
        let (server, _) = try ServerProcess.initialized()
        server.notify("$/setTrace", ["value": "verbose"])
        server.notify("custom/somethingNew", ["x": 1])
        #expect(errorCode(server.request("custom/unknown", [:])) == -32601)
        let shutdown = server.request("shutdown")
        #expect(shutdown.keys.contains("result") && errorCode(shutdown) == nil)
        #expect(errorCode(server.request("textDocument/hover", [:])) == -32600)
        server.notify("exit")
        #expect(server.waitForExit(timeout: 5) == 0)
    }

    @Test("exit without shutdown ends with code 1")
    func exitWithoutShutdown() throws {
        let (server, _) = try ServerProcess.initialized()
        server.notify("exit")
        #expect(server.waitForExit(timeout: 5) == 1)
    }

    @Test("a request cancelled in the same burst answers -32800")
    func cancellation() throws {
        let (server, _) = try ServerProcess.initialized()
        server.open("file:///c.md", "# C\n")
        let id = server.nextRequestID()
        let hover = ServerProcess.frame(ServerProcess.body(["id": id, "method": "textDocument/hover",
                                                           "params": ["textDocument": ["uri": "file:///c.md"], "position": ["line": 0, "character": 0]]]))
        let cancel = ServerProcess.frame(ServerProcess.body(["method": "$/cancelRequest", "params": ["id": id]]))
        server.send(raw: hover + cancel)
        let response = server.waitFor { $0["id"] as? Int == id }
        #expect(response.map(errorCode) == -32800)
        #expect(server.shutDown() == 0)
    }

    @Test("nothing but frames on standard output; logs go to standard error")
    func logsOnStandardError() throws {
        let (server, _) = try ServerProcess.initialized()
        server.change("file:///never-opened.md", version: 2, [["text": "x"]])
        server.send(raw: ServerProcess.frame(Array("{oops".utf8)))
        let messages = server.readAllAfterShutdown()
        // Every message parsed as a frame (ServerProcess records an issue otherwise).
        #expect(messages.contains { errorCode($0) == -32700 })
        #expect(server.stderrText().contains("never-opened.md"))
    }
}

extension ServerProcess {
    /// Shuts down and returns every message sent since the last one taken.
    func readAllAfterShutdown() -> [JSONObject] {
        sendRequest("shutdown")
        notify("exit")
        return readAll()
    }
}
