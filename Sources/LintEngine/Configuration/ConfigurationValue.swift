import PostmortemModel

/// One value of a configuration document with the file and dotted key it sits at, so that
/// every check can name both in its error.
struct ConfigurationValue {
    let path: String
    let key: String
    let value: JSONValue

    func child(_ name: String, _ value: JSONValue) -> ConfigurationValue {
        ConfigurationValue(path: path, key: key.isEmpty ? name : key + "." + name, value: value)
    }

    func error(_ problem: String, allowed: String? = nil) -> ConfigurationError {
        ConfigurationError(path: path, key: key, problem: problem, allowed: allowed)
    }

    /// The members of an object, each checked against `allowedKeys` (nil allows any key).
    /// Members come back sorted by key so that the first error reported is always the same one.
    func members(allowedKeys: [String]? = nil) throws(ConfigurationError) -> [(name: String, value: ConfigurationValue)] {
        guard case .object(let object) = value else { throw error("expected an object, got \(value.typeName)") }
        var result: [(name: String, value: ConfigurationValue)] = []
        for name in object.keys.sorted() {
            let member = child(name, object[name]!)
            if let allowedKeys, !allowedKeys.contains(name) {
                throw member.error("unknown key", allowed: allowedKeys.isEmpty ? "none" : allowedKeys.joined(separator: ", "))
            }
            result.append((name, member))
        }
        return result
    }

    func elements() throws(ConfigurationError) -> [ConfigurationValue] {
        guard case .array(let array) = value else { throw error("expected an array, got \(value.typeName)") }
        return array.enumerated().map { child(String($0.offset), $0.element) }
    }

    func string() throws(ConfigurationError) -> String {
        guard case .string(let string) = value else { throw error("expected a string, got \(value.typeName)") }
        return string
    }

    /// A string that must be one of `choices`.
    func choice(_ choices: [String]) throws(ConfigurationError) -> String {
        let string = try string()
        guard choices.contains(string) else {
            throw error("\(JSONValue.quote(string)) is not a valid value", allowed: choices.joined(separator: ", "))
        }
        return string
    }

    /// An absolute `http` or `https` address, which reports and editors can open as a link.
    func webAddress() throws(ConfigurationError) -> String {
        let string = try string()
        let scheme = string.prefix { $0 != ":" }.lowercased()
        guard ["http", "https"].contains(scheme), string.dropFirst(scheme.count).hasPrefix("://"),
              string.count > scheme.count + 3, !string.contains(where: \.isWhitespace) else {
            throw error("\(JSONValue.quote(string)) is not a web address", allowed: "an http:// or https:// URL")
        }
        return string
    }

    func bool() throws(ConfigurationError) -> Bool {
        guard case .bool(let bool) = value else { throw error("expected true or false, got \(value.typeName)") }
        return bool
    }

    func strings() throws(ConfigurationError) -> [String] {
        var result: [String] = []
        for element in try elements() { result.append(try element.string()) }
        return result
    }

    /// A section kind: lower-case words joined by hyphens, as `SectionKind` spells them.
    func sectionKind() throws(ConfigurationError) -> SectionKind {
        let name = try string()
        let isKebab = !name.isEmpty && name.first != "-" && name.last != "-"
            && name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        guard isKebab else { throw error("\(JSONValue.quote(name)) is not a section kind", allowed: "lower-case words joined by hyphens, such as \"root-cause\"") }
        return SectionKind(name)
    }
}
