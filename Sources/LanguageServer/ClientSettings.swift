import LintEngine

/// What the editor's settings say, under the `pmlint` section (also accepted as
/// `initializationOptions`). Every member is optional: an absent one keeps the default.
struct ClientSettings: Codable, Equatable {
    /// Forces a profile on every document, like `--profile` on the command line.
    var profile: String?
    /// Per rule ID or name: `"off"`, `"on"`, or a severity (`"error"`, `"warning"`, `"info"`).
    var rules: [String: String]?
    /// Switches for the features a general Markdown server may already provide.
    var documentSymbols: Bool?
    var folding: Bool?
    var completion: Bool?

    /// The rule settings these overrides stand for; unknown words are reported, not guessed.
    func ruleOverrides(report: (String) -> Void) -> [String: RuleSetting] {
        var settings: [String: RuleSetting] = [:]
        for (key, value) in rules ?? [:] {
            guard let rule = RuleRegistry.rule(named: key) else {
                report("settings: unknown rule \(key)")
                continue
            }
            let id = rule.description.id
            switch value.lowercased() {
            case "off": settings[id] = RuleSetting(isEnabled: false)
            case "on": settings[id] = RuleSetting(isEnabled: true)
            default:
                guard let severity = Severity(rawValue: value.lowercased()) else {
                    report("settings: rule \(key) should be off, on, error, warning or info, not \(value)")
                    continue
                }
                settings[id] = RuleSetting(isEnabled: true, severity: severity)
            }
        }
        return settings
    }
}

/// `workspace/didChangeConfiguration` params: the settings object, if the client sends one.
struct DidChangeConfigurationParams: Decodable {
    var settings: SettingsRoot?

    /// Other extensions' settings ride along; only ours is read, and leniently.
    struct SettingsRoot: Decodable {
        var pmlint: ClientSettings?

        enum CodingKeys: String, CodingKey { case pmlint }

        init(from decoder: any Decoder) throws {
            let container = try? decoder.container(keyedBy: CodingKeys.self)
            pmlint = try? container?.decodeIfPresent(ClientSettings.self, forKey: .pmlint)
        }
    }
}

/// `initialize` params, with pmlint's own `initializationOptions`.
struct PMLintInitializeParams: Decodable {
    var initializationOptions: ClientSettings?

    enum CodingKeys: String, CodingKey { case initializationOptions }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        initializationOptions = try? container.decodeIfPresent(ClientSettings.self, forKey: .initializationOptions)
    }
}
