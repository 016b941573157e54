/// A rule's option values: the configured ones over the documented defaults.
///
/// Made for every rule of every lint, so it keeps the two as given rather than merging
/// them into a dictionary: a rule has a handful of options, found faster by name in a
/// short list than by hashing, and most configurations set none.
public struct RuleOptions: Sendable {
    private let defaults: [RuleOption]
    private let configured: [String: JSONValue]

    public init(defaults: [RuleOption], configured: [String: JSONValue] = [:]) {
        self.defaults = defaults
        self.configured = configured
    }

    public subscript(name: String) -> JSONValue? {
        if !configured.isEmpty, let value = configured[name] { return value }
        return defaults.last { $0.name == name }?.defaultValue
    }

    public func int(_ name: String) -> Int {
        Int(self[name]?.numberValue ?? 0)
    }

    public func double(_ name: String) -> Double {
        self[name]?.numberValue ?? 0
    }

    public func bool(_ name: String) -> Bool {
        self[name]?.boolValue ?? false
    }

    public func string(_ name: String) -> String {
        self[name]?.stringValue ?? ""
    }

    public func strings(_ name: String) -> [String] {
        self[name]?.arrayValue?.compactMap(\.stringValue) ?? []
    }
}
