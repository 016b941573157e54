import LintEngine

/// JSON with members in the order written, pretty-printed with two-space indents, so that
/// reports read well and compare line by line in golden files.
indirect enum JSONOutput {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([JSONOutput])
    case object([(String, JSONOutput)])
    /// A value from a configuration or rule option.
    case value(JSONValue)

    var text: String {
        var out = ""
        write(to: &out, indent: "")
        return out
    }

    private func write(to out: inout String, indent: String) {
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .int(let value): out += String(value)
        case .string(let value): out += JSONValue.quote(value)
        case .value(let value): out += value.description
        case .array(let elements):
            guard !elements.isEmpty else { out += "[]"; return }
            out += "[\n"
            for (index, element) in elements.enumerated() {
                out += indent + "  "
                element.write(to: &out, indent: indent + "  ")
                out += index + 1 < elements.count ? ",\n" : "\n"
            }
            out += indent + "]"
        case .object(let members):
            guard !members.isEmpty else { out += "{}"; return }
            out += "{\n"
            for (index, (key, value)) in members.enumerated() {
                out += indent + "  " + JSONValue.quote(key) + ": "
                value.write(to: &out, indent: indent + "  ")
                out += index + 1 < members.count ? ",\n" : "\n"
            }
            out += indent + "}"
        }
    }
}
