import Foundation

/// One message read from the peer. The body is kept so that params and results are decoded
/// into the type the handler expects, only when it asks.
public struct IncomingMessage: Sendable {
    public enum Kind: Sendable, Equatable {
        case request(id: RequestID, method: String)
        case notification(method: String)
        /// An answer to a request we sent; `error` is set when the peer refused it.
        case response(id: RequestID, error: ResponseError?)
    }

    public let kind: Kind
    public let body: Data

    /// Reads the JSON-RPC envelope of `body`.
    /// - Throws: `parseError` for a body that is not JSON (or not UTF-8), `invalidRequest` for
    ///   JSON that is not a JSON-RPC message. The request id is returned with the error when
    ///   it could be read, so the peer can match the answer.
    public init(body: Data) throws(IncomingMessageError) {
        let envelope: Envelope
        do {
            envelope = try JSONDecoder().decode(Envelope.self, from: body)
        } catch {
            if (try? JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed])) == nil {
                throw IncomingMessageError(id: nil, error: .parseError("the message body is not JSON"))
            }
            let id = (try? JSONDecoder().decode(IDOnly.self, from: body))?.id
            throw IncomingMessageError(id: id, error: .invalidRequest("not a JSON-RPC 2.0 message"))
        }
        switch (envelope.id, envelope.method) {
        case (let id?, let method?): kind = .request(id: id, method: method)
        case (nil, let method?): kind = .notification(method: method)
        case (let id?, nil): kind = .response(id: id, error: envelope.error)
        case (nil, nil): throw IncomingMessageError(id: nil, error: .invalidRequest("a message needs a method or an id"))
        }
        self.body = body
    }

    /// The `params` member decoded as `Params`.
    /// - Throws: `invalidParams` naming what did not match.
    public func params<Params: Decodable>(as type: Params.Type) throws(ResponseError) -> Params {
        do {
            return try JSONDecoder().decode(ParamsEnvelope<Params>.self, from: body).params
        } catch {
            throw .invalidParams("invalid params: \(Self.describe(error))")
        }
    }

    /// The `result` member of a response decoded as `Result`, nil when it does not match.
    public func result<Result: Decodable>(as type: Result.Type) -> Result? {
        (try? JSONDecoder().decode(ResultEnvelope<Result>.self, from: body))?.result
    }

    /// A short reason for a decoding failure: which member, what was wrong.
    private static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return String(describing: error) }
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }
            return keys.isEmpty ? "the message" : keys.joined(separator: ".")
        }
        switch error {
        case .typeMismatch(let type, let context): return "\(path(context)) should be \(jsonName(of: type))"
        case .valueNotFound(_, let context): return "\(path(context)) is null"
        case .keyNotFound(let key, let context): return "\(path(context)) lacks \(key.stringValue)"
        case .dataCorrupted(let context): return "\(path(context)): \(context.debugDescription)"
        @unknown default: return String(describing: error)
        }
    }

    /// The JSON name of the type a decoder expected.
    private static func jsonName(of type: Any.Type) -> String {
        let name = String(describing: type)
        if name.hasPrefix("Dictionary") { return "an object" }
        if name.hasPrefix("Array") { return "an array" }
        if name == "String" { return "a string" }
        if name == "Bool" { return "a boolean" }
        if name.hasPrefix("Int") || name == "Double" { return "a number" }
        return name
    }

    private struct Envelope: Decodable {
        var id: RequestID?
        var method: String?
        var error: ResponseError?
    }

    private struct IDOnly: Decodable {
        var id: RequestID?
    }

    private struct ParamsEnvelope<Params: Decodable>: Decodable {
        var params: Params
    }

    private struct ResultEnvelope<Result: Decodable>: Decodable {
        var result: Result
    }
}

/// Why a message body could not be read, with the request id when it was readable.
public struct IncomingMessageError: Error, Sendable {
    public var id: RequestID?
    public var error: ResponseError

    public init(id: RequestID?, error: ResponseError) {
        self.id = id
        self.error = error
    }
}
