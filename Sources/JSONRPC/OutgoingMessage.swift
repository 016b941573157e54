import Foundation

/// Builds the JSON bodies we send: responses, notifications and requests.
public enum OutgoingMessage {
    public static func response<Result: Encodable>(id: RequestID?, result: Result) -> Data {
        encode(Response(id: id, result: result, error: nil))
    }

    public static func error(id: RequestID?, _ error: ResponseError) -> Data {
        encode(Response<Int?>(id: id, result: nil, error: error))
    }

    public static func notification<Params: Encodable>(method: String, params: Params) -> Data {
        encode(Request(id: nil, method: method, params: params))
    }

    public static func request<Params: Encodable>(id: RequestID, method: String, params: Params) -> Data {
        encode(Request(id: id, method: method, params: params))
    }

    /// A request without params (such as `workspace/diagnostic/refresh`): the member is left
    /// out, since JSON-RPC allows only an object or an array there.
    public static func request(id: RequestID, method: String) -> Data {
        encode(Request<Int>(id: id, method: method, params: nil))
    }

    private static func encode(_ value: some Encodable) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        // Our own value types always encode; a failure would be a programming error.
        return try! encoder.encode(value)
    }

    private struct Response<Result: Encodable>: Encodable {
        var id: RequestID?
        var result: Result
        var error: ResponseError?

        enum CodingKeys: String, CodingKey { case jsonrpc, id, result, error }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode("2.0", forKey: .jsonrpc)
            // A response always carries an id, null when the request's could not be read.
            try container.encode(id, forKey: .id)
            if let error {
                try container.encode(error, forKey: .error)
            } else {
                // `result` must be present even when it is null.
                try container.encode(result, forKey: .result)
            }
        }
    }

    private struct Request<Params: Encodable>: Encodable {
        var id: RequestID?
        var method: String
        var params: Params?

        enum CodingKeys: String, CodingKey { case jsonrpc, id, method, params }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode("2.0", forKey: .jsonrpc)
            try container.encodeIfPresent(id, forKey: .id)
            try container.encode(method, forKey: .method)
            try container.encodeIfPresent(params, forKey: .params)
        }
    }
}
