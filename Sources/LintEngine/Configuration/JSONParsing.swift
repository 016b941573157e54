#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// JSON text that cannot be read, with the reason in words.
public struct JSONSyntaxError: Error, Sendable {
    public var reason: String
}

extension JSONValue {
    /// Parses JSON text (configuration files, baselines). Booleans stay booleans: `1` is
    /// never taken for `true`.
    public init(parsing bytes: [UInt8]) throws(JSONSyntaxError) {
        do {
            self = try JSONDecoder().decode(JSONValue.self, from: Data(bytes))
        } catch {
            throw JSONSyntaxError(reason: Self.reason(error))
        }
    }

    /// The decoder's explanation without its Swift type names.
    private static func reason(_ error: any Error) -> String {
        guard case DecodingError.dataCorrupted(let context) = error else { return "cannot be decoded" }
        let underlying = context.underlyingError.map { String(describing: $0) } ?? context.debugDescription
        return underlying.isEmpty ? "cannot be decoded" : underlying
    }
}
