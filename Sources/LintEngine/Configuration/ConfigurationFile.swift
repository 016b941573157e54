/// The `.pmlint.json` format: reading one file's JSON into a `Configuration`.
///
/// ```json
/// {
///   "profile": "internal",
///   "rules": {"PM010": "off", "action-item-owner": {"severity": "warning", "options": {}}},
///   "sections": {"aliases": {"timeline": ["Chronology"]},
///                "required": [{"kind": "communication", "title": "Communication"}]},
///   "profiles": {"security": {"extends": "internal", "sections": [{"kind": "disclosure"}]}},
///   "timeline": {"zone": "UTC", "rolloverHours": 12, "keywords": {"detection": ["alert fired"]}},
///   "ruleDocs": "https://git.example.com/mirror/pmlint/blob/main/docs/rules/"
/// }
/// ```
public enum ConfigurationFile {
    /// The name looked for in each folder from the linted file's own up to the repository root.
    public static let name = ".pmlint.json"
    static let topLevelKeys = ["$schema", "profile", "rules", "sections", "profiles", "timeline", "ruleDocs"]

    /// Applies the configuration in `bytes` (read from `path`) over `configuration`.
    public static func apply(_ bytes: [UInt8], path: String, to configuration: inout Configuration) throws(ConfigurationError) {
        let json: JSONValue
        do throws(JSONSyntaxError) {
            json = try JSONValue(parsing: bytes)
        } catch {
            throw ConfigurationError(path: path, key: "", problem: "not valid JSON: \(error.reason)")
        }
        let root = ConfigurationValue(path: path, key: "", value: json)
        let members = Dictionary(uniqueKeysWithValues: try root.members(allowedKeys: topLevelKeys).map { ($0.name, $0.value) })
        configuration.file = path
        // Profiles first, so that `profile` may name one defined in the same file.
        if let profiles = members["profiles"] { try SectionSettingsReader.applyProfiles(profiles, to: &configuration) }
        if let sections = members["sections"] { try SectionSettingsReader.applySections(sections, to: &configuration) }
        if let rules = members["rules"] { try RuleSettingsReader.apply(rules, to: &configuration) }
        if let timeline = members["timeline"] { try TimelineSettingsReader.apply(timeline, to: &configuration) }
        if let ruleDocs = members["ruleDocs"] {
            configuration.ruleDocumentation = RuleDocumentation(base: try ruleDocs.webAddress())
            configuration.origins["ruleDocs"] = path
        }
        if let profile = members["profile"] {
            configuration.defaultProfile = try profile.choice(configuration.profiles.keys.sorted())
            configuration.origins["profile"] = path
        }
    }
}

/// Settings that a front end lays over the configuration files: `--profile` and rule
/// settings from the command line, or an editor's `pmlint.profile` and `pmlint.rules`.
public struct ConfigurationOverrides: Sendable {
    public var profile: String?
    /// Same shape as the `rules` object of a configuration file.
    public var rules: JSONValue?
    /// Names the overrides in origins and errors (`command line`, `editor settings`).
    public var origin: String

    public init(profile: String? = nil, rules: JSONValue? = nil, origin: String = "command line") {
        self.profile = profile
        self.rules = rules
        self.origin = origin
    }

    func apply(to configuration: inout Configuration) throws(ConfigurationError) {
        if let rules {
            try RuleSettingsReader.apply(ConfigurationValue(path: origin, key: "rules", value: rules), to: &configuration)
        }
        if let profile {
            let value = ConfigurationValue(path: origin, key: "profile", value: .string(profile))
            configuration.profileOverride = try value.choice(configuration.profiles.keys.sorted())
            configuration.origins["profile"] = origin
        }
    }
}
