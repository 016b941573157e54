import Foundation
import Testing

/// An initialized server with the shortcuts the tests share.
extension ServerProcess {
    /// Starts the server and completes `initialize`/`initialized`.
    static func initialized(capabilities: JSONObject = [:], initializationOptions: JSONObject? = nil, rootURI: String? = nil,
                            arguments: [String] = []) throws -> (server: ServerProcess, result: JSONObject) {
        let server = try ServerProcess(arguments: arguments)
        var params: JSONObject = ["processId": NSNull(), "rootUri": rootURI ?? NSNull(), "capabilities": capabilities]
        if let initializationOptions { params["initializationOptions"] = initializationOptions }
        let response = server.request("initialize", params)
        server.notify("initialized")
        return (server, response["result"] as? JSONObject ?? [:])
    }

    func open(_ uri: String, _ text: String, version: Int = 1) {
        notify("textDocument/didOpen", ["textDocument": ["uri": uri, "languageId": "markdown", "version": version, "text": text]])
    }

    func change(_ uri: String, version: Int, _ changes: [JSONObject]) {
        notify("textDocument/didChange", ["textDocument": ["uri": uri, "version": version], "contentChanges": changes])
    }

    /// The text of the next `window/showMessage`, empty when none comes.
    func shownMessage() -> String {
        let message = waitFor { $0["method"] as? String == "window/showMessage" }
        let params = message?["params"] as? JSONObject
        return params?["message"] as? String ?? ""
    }

    /// `shutdown` then `exit`; returns the exit code.
    func shutDown() -> Int32? {
        _ = request("shutdown")
        notify("exit")
        return waitForExit(timeout: 5)
    }
}

/// `{line, character}` pairs as LSP writes them.
func lspRange(_ startLine: Int, _ startCharacter: Int, _ endLine: Int, _ endCharacter: Int) -> JSONObject {
    ["start": ["line": startLine, "character": startCharacter], "end": ["line": endLine, "character": endCharacter]]
}

func textDocument(_ uri: String) -> JSONObject {
    ["textDocument": ["uri": uri]]
}

/// The `error.code` of a response, nil when it succeeded.
func errorCode(_ response: JSONObject) -> Int? {
    (response["error"] as? JSONObject)?["code"] as? Int
}
