import Testing
import LintEngine
import PostmortemModel

/// What a `.pmlint.json` may say, and the one-line error for what it may not.
@Suite struct ConfigurationFileTests {
    func load(_ json: String) throws(ConfigurationError) -> Configuration {
        var configuration = Configuration()
        try ConfigurationFile.apply(Array(json.utf8), path: "/repo/.pmlint.json", to: &configuration)
        return configuration
    }

    func error(_ json: String) -> String? {
        do {
            _ = try load(json)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func anUnknownKeyNamesTheFileTheKeyAndWhatIsAllowed() {
        #expect(error(#"{"rulez": {}}"#) == "/repo/.pmlint.json: rulez: unknown key (allowed: $schema, profile, rules, sections, profiles)")
        #expect(error(#"{"sections": {"alias": {}}}"#) == "/repo/.pmlint.json: sections.alias: unknown key (allowed: aliases, required)")
    }

    @Test func badValuesAreRejectedWithTheAllowedOnes() {
        #expect(error(#"{"profile": "customer"}"#) == #"/repo/.pmlint.json: profile: "customer" is not a valid value (allowed: external, internal)"#)
        #expect(error(#"{"profile": 3}"#) == "/repo/.pmlint.json: profile: expected a string, got a number")
        #expect(error(#"{"sections": {"required": [{"kind": "communication", "level": "must"}]}}"#)
                == #"/repo/.pmlint.json: sections.required.0.level: "must" is not a valid value (allowed: required, recommended, optional)"#)
        #expect(error(#"{"sections": {"aliases": {"Time Line": ["Chronology"]}}}"#)?.hasPrefix("/repo/.pmlint.json: sections.aliases.Time Line: \"Time Line\" is not a section kind") == true)
        #expect(error(#"{"profiles": {"internal": {}}}"#)?.contains("profiles.internal: a built-in profile cannot be redefined") == true)
    }

    @Test func anUnknownRuleIsAnError() {
        #expect(error(#"{"rules": {"no-such-rule": "off"}}"#)?.hasPrefix("/repo/.pmlint.json: rules.no-such-rule: unknown rule") == true)
    }

    @Test func brokenJSONIsOneLineNamingTheFile() throws {
        let message = try #require(error(#"{"profile": "#))
        #expect(message.hasPrefix("/repo/.pmlint.json: not valid JSON"))
        #expect(!message.contains("\n"))
        #expect(error("[1, 2]") == "/repo/.pmlint.json: expected an object, got an array")
    }

    @Test func aliasesTeachTheModelNewHeadings() throws {
        let configuration = try load(#"{"sections": {"aliases": {"timeline": ["Chain of events"]}}}"#)
        #expect(configuration.modelOptions.catalog.kind(ofHeading: "Chain of Events") == .timeline)
        #expect(configuration.origins["sections.aliases.timeline"] == "/repo/.pmlint.json")
    }

    @Test func extraRequiredSectionsJoinEveryProfileAndTheirHeadingsAreKnown() throws {
        let configuration = try load(#"{"sections": {"required": [{"kind": "communication", "title": "Customer Communication"}, {"kind": "detection"}]}}"#)
        let external = configuration.profile(named: "external")
        let communication = try #require(external.requirement(for: SectionKind("communication")))
        #expect(communication.level == .required)
        #expect(communication.title == "Customer Communication")
        #expect(configuration.profile(named: "internal").requirement(for: .detection)?.level == .required)
        #expect(configuration.modelOptions.catalog.kind(ofHeading: "Customer communication") == SectionKind("communication"))
    }

    @Test func aUserProfileExtendsABuiltInOneAndMayBeTheDefault() throws {
        let configuration = try load("""
            {"profile": "security",
             "profiles": {"security": {"extends": "external",
                                       "sections": [{"kind": "disclosure", "title": "Disclosure Timeline"},
                                                    {"kind": "contact", "level": "required"}]}}}
            """)
        #expect(configuration.defaultProfile == "security")
        let profile = configuration.profile(named: "security")
        #expect(profile.audience == .external)
        #expect(profile.requirement(for: SectionKind("disclosure"))?.title == "Disclosure Timeline")
        #expect(profile.requirement(for: .contact)?.level == .required)
        #expect(profile.requirement(for: .apology)?.level == .required)
        #expect(configuration.origins["profiles.security"] == "/repo/.pmlint.json")
    }

    @Test func aProfileCanOnlyExtendABuiltInOne() {
        #expect(error(#"{"profiles": {"a": {"extends": "b"}}}"#) == #"/repo/.pmlint.json: profiles.a.extends: "b" is not a valid value (allowed: external, internal)"#)
    }
}
