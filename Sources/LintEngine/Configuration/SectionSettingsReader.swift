import PostmortemModel

/// Reads the `sections` object (`aliases`, `required`) and the `profiles` object of a
/// configuration. Both describe sections with the same `{"kind", "title", "level"}` entries.
enum SectionSettingsReader {
    static let levels = ["required", "recommended", "optional"]

    static func applySections(_ sections: ConfigurationValue, to configuration: inout Configuration) throws(ConfigurationError) {
        for (name, member) in try sections.members(allowedKeys: ["aliases", "required"]) {
            if name == "aliases" {
                for (kindName, aliases) in try member.members() {
                    let kind = try ConfigurationValue(path: aliases.path, key: aliases.key, value: .string(kindName)).sectionKind()
                    configuration.sectionAliases[kind, default: []] += try aliases.strings()
                    configuration.origins["sections.aliases.\(kind)"] = sections.path
                }
            } else {
                for entry in try member.elements() {
                    let requirement = try requirement(entry)
                    configuration.extraRequiredSections.removeAll { $0.kind == requirement.kind }
                    configuration.extraRequiredSections.append(requirement)
                    learnTitle(of: requirement, in: &configuration)
                    configuration.origins["sections.required.\(requirement.kind)"] = sections.path
                }
            }
        }
    }

    /// User-defined profiles, each extending a built-in one with its own section list.
    static func applyProfiles(_ profiles: ConfigurationValue, to configuration: inout Configuration) throws(ConfigurationError) {
        let builtIn = Profile.builtIn.keys.sorted()
        for (name, definition) in try profiles.members() {
            guard Profile.builtIn[name] == nil else {
                throw definition.error("a built-in profile cannot be redefined; extend it under another name")
            }
            var extends = "internal"
            var additions: [SectionRequirement] = []
            for (key, member) in try definition.members(allowedKeys: ["extends", "sections"]) {
                if key == "extends" {
                    extends = try member.choice(builtIn)
                } else {
                    for entry in try member.elements() { additions.append(try requirement(entry)) }
                }
            }
            var profile = Profile.builtIn[extends]!
            profile.name = name
            for addition in additions {
                profile.merge(addition)
                learnTitle(of: addition, in: &configuration)
            }
            configuration.profiles[name] = profile
            configuration.origins["profiles.\(name)"] = profiles.path
        }
    }

    /// `{"kind": "communication", "title": "Communication", "level": "required"}`; the title
    /// defaults to the kind's words capitalised and the level to `required`.
    private static func requirement(_ entry: ConfigurationValue) throws(ConfigurationError) -> SectionRequirement {
        var kind: SectionKind?
        var title: String?
        var level = SectionRequirement.Level.required
        for (key, member) in try entry.members(allowedKeys: ["kind", "title", "level"]) {
            switch key {
            case "kind": kind = try member.sectionKind()
            case "title": title = try member.string()
            default: level = SectionRequirement.Level(rawValue: try member.choice(levels))!
            }
        }
        guard let kind else { throw entry.error("a section needs a \"kind\"", allowed: "kind, title, level") }
        return SectionRequirement(kind, title ?? defaultTitle(of: kind), level)
    }

    private static func defaultTitle(of kind: SectionKind) -> String {
        for profile in Profile.builtIn.values {
            if let known = profile.requirement(for: kind) { return known.title }
        }
        return kind.rawValue.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    /// A section the configuration invents is recognised by the heading it asks for.
    private static func learnTitle(of requirement: SectionRequirement, in configuration: inout Configuration) {
        guard SectionCatalog(extraAliases: configuration.sectionAliases).kind(ofHeading: requirement.title) != requirement.kind else { return }
        configuration.sectionAliases[requirement.kind, default: []].append(requirement.title)
    }
}
