import Testing
import LintEngine
import PostmortemModel

/// What a `.pmlint.json` may say, and the one-line error for what it may not.
@Suite struct ConfigurationFileTests {
    @Test func anUnknownKeyNamesTheFileTheKeyAndWhatIsAllowed() {
        #expect(configurationError(#"{"rulez": {}}"#) == "/repo/.pmlint.json: rulez: unknown key (allowed: $schema, profile, rules, sections, profiles, timeline, ruleDocs)")
        #expect(configurationError(#"{"sections": {"alias": {}}}"#) == "/repo/.pmlint.json: sections.alias: unknown key (allowed: aliases, required)")
    }

    @Test func badValuesAreRejectedWithTheAllowedOnes() {
        #expect(configurationError(#"{"profile": "customer"}"#) == #"/repo/.pmlint.json: profile: "customer" is not a valid value (allowed: external, internal)"#)
        #expect(configurationError(#"{"profile": 3}"#) == "/repo/.pmlint.json: profile: expected a string, got a number")
        #expect(configurationError(#"{"sections": {"required": [{"kind": "communication", "level": "must"}]}}"#)
                == #"/repo/.pmlint.json: sections.required.0.level: "must" is not a valid value (allowed: required, recommended, optional)"#)
        #expect(configurationError(#"{"sections": {"aliases": {"Time Line": ["Chronology"]}}}"#)?.hasPrefix("/repo/.pmlint.json: sections.aliases.Time Line: \"Time Line\" is not a section kind") == true)
        #expect(configurationError(#"{"profiles": {"internal": {}}}"#)?.contains("profiles.internal: a built-in profile cannot be redefined") == true)
    }

    @Test func anUnknownRuleIsAnError() {
        #expect(configurationError(#"{"rules": {"no-such-rule": "off"}}"#)?.hasPrefix("/repo/.pmlint.json: rules.no-such-rule: unknown rule") == true)
    }

    @Test func brokenJSONIsOneLineNamingTheFile() throws {
        let message = try #require(configurationError(#"{"profile": "#))
        #expect(message.hasPrefix("/repo/.pmlint.json: not valid JSON"))
        #expect(!message.contains("\n"))
        #expect(configurationError("[1, 2]") == "/repo/.pmlint.json: expected an object, got an array")
    }

    @Test func aliasesTeachTheModelNewHeadings() throws {
        let configuration = try loadConfiguration(#"{"sections": {"aliases": {"timeline": ["Chain of events"]}}}"#)
        #expect(configuration.modelOptions.catalog.kind(ofHeading: "Chain of Events") == .timeline)
        #expect(configuration.origins["sections.aliases.timeline"] == "/repo/.pmlint.json")
    }

    @Test func extraRequiredSectionsJoinEveryProfileAndTheirHeadingsAreKnown() throws {
        let configuration = try loadConfiguration(#"{"sections": {"required": [{"kind": "communication", "title": "Customer Communication"}, {"kind": "detection"}]}}"#)
        let external = configuration.profile(named: "external")
        let communication = try #require(external.requirement(for: SectionKind("communication")))
        #expect(communication.level == .required)
        #expect(communication.title == "Customer Communication")
        #expect(configuration.profile(named: "internal").requirement(for: .detection)?.level == .required)
        #expect(configuration.modelOptions.catalog.kind(ofHeading: "Customer communication") == SectionKind("communication"))
    }

    @Test func aUserProfileExtendsABuiltInOneAndMayBeTheDefault() throws {
        let configuration = try loadConfiguration("""
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
        #expect(configurationError(#"{"profiles": {"a": {"extends": "b"}}}"#) == #"/repo/.pmlint.json: profiles.a.extends: "b" is not a valid value (allowed: external, internal)"#)
    }
}

/// The JSON reader behind configuration files and baselines.
@Suite struct JSONParsingTests {
    @Test func errorsSayWhereTheTextGoesWrong() {
        #expect(configurationError("{\n  \"profile\": \"internal\"\n  \"rules\": {}\n}")
                == #"/repo/.pmlint.json: not valid JSON: line 3, column 3: expected "," or "}""#)
        #expect(configurationError(#"{"profile": "internal", "profile": "external"}"#)
                == #"/repo/.pmlint.json: not valid JSON: line 1, column 25: duplicate key "profile""#)
        #expect(configurationError("{\"profile\": tru}") == "/repo/.pmlint.json: not valid JSON: line 1, column 13: expected a value")
        #expect(configurationError("") == "/repo/.pmlint.json: not valid JSON: line 1, column 1: unexpected end of text")
        #expect(configurationError(String(repeating: "[", count: 10_000))?.contains("nested more than 256 levels deep") == true)
    }

    @Test func valuesComeThroughExactly() throws {
        let value = try JSONValue(parsing: Array(#"{"a": [1, -2.5e3, true, null, "\u00e9\ud83d\udd25\n\"x\""], "b": {}}"#.utf8))
        #expect(value == .object(["a": .array([.number(1), .number(-2500), .bool(true), .null, .string("é🔥\n\"x\"")]), "b": .object([:])]))
        #expect(throws: JSONSyntaxError.self) { try JSONValue(parsing: Array("01".utf8)) }
        #expect(throws: JSONSyntaxError.self) { try JSONValue(parsing: Array("\"a\tb\"".utf8)) }
        #expect(throws: JSONSyntaxError.self) { try JSONValue(parsing: [0x22, 0xFF, 0x22]) }
    }
}
