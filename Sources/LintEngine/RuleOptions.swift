/// A rule's option values: the configured ones over the documented defaults.
public struct RuleOptions: Sendable {
    private var values: [String: JSONValue]

    public init(defaults: [RuleOption], configured: [String: JSONValue] = [:]) {
        var values: [String: JSONValue] = [:]
        for option in defaults { values[option.name] = option.defaultValue }
        values.merge(configured) { _, new in new }
        self.values = values
    }

    public subscript(name: String) -> JSONValue? { values[name] }

    public func int(_ name: String) -> Int {
        Int(values[name]?.numberValue ?? 0)
    }

    public func double(_ name: String) -> Double {
        values[name]?.numberValue ?? 0
    }

    public func bool(_ name: String) -> Bool {
        values[name]?.boolValue ?? false
    }

    public func string(_ name: String) -> String {
        values[name]?.stringValue ?? ""
    }

    public func strings(_ name: String) -> [String] {
        values[name]?.arrayValue?.compactMap(\.stringValue) ?? []
    }
}
