/// Reads the `rules` object of a configuration: each key a rule ID or name, each value
/// `"off"`, `"on"`, a severity, a boolean, or `{"enabled", "severity", "options"}`.
enum RuleSettingsReader {
    static let severities = Severity.allCases.map(\.rawValue)
    static let shorthands = ["off", "on"] + severities

    /// Applies every rule setting in `rules` to `configuration`, recording `rules.ID.…` origins.
    static func apply(_ rules: ConfigurationValue, to configuration: inout Configuration) throws(ConfigurationError) {
        var seen: [String: String] = [:]
        for (name, value) in try rules.members() {
            guard let rule = RuleRegistry.rule(named: name) else {
                throw value.error("unknown rule", allowed: "a rule ID such as PM001 or a rule name; `pmlint rules` lists them")
            }
            let description = rule.description
            if let earlier = seen[description.id] {
                throw value.error("rule \(description.id) is already configured as \(JSONValue.quote(earlier))")
            }
            seen[description.id] = name
            let setting = try read(value, options: description.options)
            configuration.rules[description.id] = merged(configuration.setting(for: description.id), with: setting)
            record(setting, ruleID: description.id, origin: rules.path, in: &configuration)
        }
    }

    private static func read(_ value: ConfigurationValue, options: [RuleOption]) throws(ConfigurationError) -> RuleSetting {
        switch value.value {
        case .bool(let enabled):
            return RuleSetting(isEnabled: enabled)
        case .string:
            return shorthand(try value.choice(shorthands))
        case .object:
            var setting = RuleSetting()
            for (name, member) in try value.members(allowedKeys: ["enabled", "severity", "options"]) {
                switch name {
                case "enabled": setting.isEnabled = try member.bool()
                case "severity":
                    let chosen = shorthand(try member.choice(shorthands))
                    setting.isEnabled = chosen.isEnabled ?? setting.isEnabled
                    setting.severity = chosen.severity
                default: setting.options = try readOptions(member, documented: options)
                }
            }
            return setting
        default:
            throw value.error("expected a severity, a boolean or an object, got \(value.value.typeName)",
                              allowed: shorthands.joined(separator: ", ") + ", true, false, {\"severity\", \"options\"}")
        }
    }

    private static func shorthand(_ word: String) -> RuleSetting {
        switch word {
        case "off": RuleSetting(isEnabled: false)
        case "on": RuleSetting(isEnabled: true)
        default: RuleSetting(isEnabled: true, severity: Severity(rawValue: word))
        }
    }

    /// Each option must be documented by the rule and have its default's JSON type.
    private static func readOptions(_ value: ConfigurationValue, documented: [RuleOption]) throws(ConfigurationError) -> [String: JSONValue] {
        var options: [String: JSONValue] = [:]
        for (name, member) in try value.members(allowedKeys: documented.map(\.name)) {
            let option = documented.first { $0.name == name }!
            try checkType(member, like: option.defaultValue)
            options[name] = member.value
        }
        return options
    }

    private static func checkType(_ value: ConfigurationValue, like example: JSONValue) throws(ConfigurationError) {
        guard sameType(value.value, example) else {
            throw value.error("expected \(example.typeName), got \(value.value.typeName)")
        }
        // A list's elements take the type of the default's first element; an option whose
        // default is an empty list is a list of strings (phrases, names, keywords).
        guard case .array(let defaults) = example else { return }
        let elementExample = defaults.first ?? .string("")
        for element in try value.elements() where !sameType(element.value, elementExample) {
            throw element.error("expected \(elementExample.typeName), got \(element.value.typeName)")
        }
    }

    private static func sameType(_ a: JSONValue, _ b: JSONValue) -> Bool {
        a.typeName == b.typeName
    }

    /// A later source overrides only what it says.
    private static func merged(_ base: RuleSetting, with override: RuleSetting) -> RuleSetting {
        RuleSetting(isEnabled: override.isEnabled ?? base.isEnabled, severity: override.severity ?? base.severity,
                    options: base.options.merging(override.options) { _, new in new })
    }

    private static func record(_ setting: RuleSetting, ruleID: String, origin: String, in configuration: inout Configuration) {
        if setting.isEnabled != nil { configuration.origins["rules.\(ruleID).enabled"] = origin }
        if setting.severity != nil { configuration.origins["rules.\(ruleID).severity"] = origin }
        for name in setting.options.keys { configuration.origins["rules.\(ruleID).options.\(name)"] = origin }
    }
}
