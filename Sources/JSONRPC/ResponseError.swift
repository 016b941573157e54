/// A JSON-RPC error object, thrown by handlers and sent back as the `error` of a response.
public struct ResponseError: Error, Sendable, Codable, Equatable {
    public var code: Int
    public var message: String

    public init(code: Int, message: String) {
        self.code = code
        self.message = message
    }

    /// The body is not JSON (or not UTF-8), or its frame is broken.
    public static func parseError(_ message: String) -> ResponseError { ResponseError(code: -32700, message: message) }
    /// JSON, but not a JSON-RPC 2.0 message.
    public static func invalidRequest(_ message: String) -> ResponseError { ResponseError(code: -32600, message: message) }
    public static func methodNotFound(_ method: String) -> ResponseError {
        ResponseError(code: -32601, message: "unknown method \(method)")
    }
    public static func invalidParams(_ message: String) -> ResponseError { ResponseError(code: -32602, message: message) }
    public static func internalError(_ message: String) -> ResponseError { ResponseError(code: -32603, message: message) }
    /// LSP: a request arrived before `initialize`.
    public static let serverNotInitialized = ResponseError(code: -32002, message: "the server has not been initialized")
    /// LSP: the client cancelled the request before it was answered.
    public static let requestCancelled = ResponseError(code: -32800, message: "request cancelled")
}
