/// A configuration that cannot be used. Front ends print `description` as the one line a
/// user needs: which file, which key, what is wrong, and what would be accepted.
public struct ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The configuration file, or where the value came from (`--profile`, editor settings).
    public var path: String
    /// The dotted key (`rules.PM010.severity`); empty when the whole file is at fault.
    public var key: String
    public var problem: String
    /// What would have been accepted, when that is a short list.
    public var allowed: String?

    public init(path: String, key: String, problem: String, allowed: String? = nil) {
        self.path = path
        self.key = key
        self.problem = problem
        self.allowed = allowed
    }

    public var description: String {
        var line = path + ": "
        if !key.isEmpty { line += key + ": " }
        line += problem
        if let allowed { line += " (allowed: \(allowed))" }
        return line
    }
}
