import Testing
import LintEngine
import MarkdownSyntax

/// The `rules` object: rules by ID or name, shorthands, and options checked against the
/// types of the rule's documented defaults.
@Suite struct RuleSettingsTests {
    @Test func rulesAreNamedByIDOrNameWithShorthandsOrObjects() throws {
        let configuration = try loadConfiguration("""
            {"rules": {"pm201": "off", "timeline-order": "error", "PM203": false, "PM204": "on",
                       "duration-mismatch": {"severity": "info", "options": {"toleranceMinutes": 15}}}}
            """)
        #expect(configuration.setting(for: "PM201") == RuleSetting(isEnabled: false))
        #expect(configuration.setting(for: "PM202") == RuleSetting(isEnabled: true, severity: .error))
        #expect(configuration.setting(for: "PM203").isEnabled == false)
        #expect(configuration.setting(for: "PM204") == RuleSetting(isEnabled: true))
        #expect(configuration.setting(for: "PM206") == RuleSetting(isEnabled: true, severity: .info, options: ["toleranceMinutes": .number(15)]))
        #expect(configuration.origins["rules.PM206.options.toleranceMinutes"] == "/repo/.pmlint.json")
        #expect(configuration.origins["rules.PM202.severity"] == "/repo/.pmlint.json")
        #expect(configuration.origins["rules.PM205.severity"] == nil)
    }

    @Test func optionsMustBeDocumentedAndOfTheDefaultsType() {
        #expect(configurationError(#"{"rules": {"PM206": {"options": {"toleranceMinutes": "15"}}}}"#)
                == "/repo/.pmlint.json: rules.PM206.options.toleranceMinutes: expected a number, got a string")
        #expect(configurationError(#"{"rules": {"PM206": {"options": {"tolerance": 15}}}}"#)
                == "/repo/.pmlint.json: rules.PM206.options.tolerance: unknown key (allowed: toleranceMinutes, tolerancePercent)")
        #expect(configurationError(#"{"rules": {"detection-gap": {"options": {"customerKeywords": ["customer", 3]}}}}"#)
                == "/repo/.pmlint.json: rules.detection-gap.options.customerKeywords.1: expected a string, got a number")
        #expect(configurationError(#"{"rules": {"over-promising": {"options": {"allow": ["never again", 2]}}}}"#)
                == "/repo/.pmlint.json: rules.over-promising.options.allow.1: expected a string, got a number")
        #expect(configurationError(#"{"rules": {"PM201": {"options": {"any": 1}}}}"#) == "/repo/.pmlint.json: rules.PM201.options.any: unknown key (allowed: none)")
    }

    @Test func badRuleValuesSayWhatIsAllowed() {
        #expect(configurationError(#"{"rules": {"PM201": "fatal"}}"#)
                == #"/repo/.pmlint.json: rules.PM201: "fatal" is not a valid value (allowed: off, on, info, warning, error)"#)
        #expect(configurationError(#"{"rules": {"PM201": {"level": "error"}}}"#)
                == "/repo/.pmlint.json: rules.PM201.level: unknown key (allowed: enabled, severity, options)")
        #expect(configurationError(#"{"rules": {"PM201": "off", "timeline-missing": "on"}}"#)
                == #"/repo/.pmlint.json: rules.timeline-missing: rule PM201 is already configured as "PM201""#)
    }

    @Test func commandLineOrEditorRulesLayOverTheFile() throws {
        let overrides = ConfigurationOverrides(rules: .object(["PM206": .object(["options": .object(["tolerancePercent": .number(20)])])]),
                                               origin: "editor settings")
        let folder = TemporaryFolder()
        folder.makeFolder(".git")
        folder.write(".pmlint.json", #"{"rules": {"PM206": {"severity": "error", "options": {"toleranceMinutes": 15}}}}"#)
        let configuration = try ConfigurationResolver(overrides: overrides).configuration(forFile: folder.file("a.md"))
        #expect(configuration.setting(for: "PM206") == RuleSetting(isEnabled: true, severity: .error,
                                                                   options: ["toleranceMinutes": .number(15), "tolerancePercent": .number(20)]))
        #expect(configuration.origins["rules.PM206.options.tolerancePercent"] == "editor settings")
        #expect(configuration.origins["rules.PM206.options.toleranceMinutes"] == folder.file(".pmlint.json"))
    }

    /// missing-section asks missing-apology whether an apology is owed: the phrases configured
    /// for missing-apology must count there too.
    @Test func anApologyConfiguredForMissingApologyAlsoSatisfiesMissingSection() throws {
        let text = """
            # Export delays

            ## Summary

            Our regrets to every team whose nightly exports arrived four hours late on 3 March.
            """
        func missing(_ json: String) throws -> [String] {
            let configuration = try loadConfiguration(json)
            return Linter(configuration: configuration).lint(SourceText(text)).diagnostics
                .filter { $0.ruleID == "PM001" || $0.ruleID == "PM107" }.map(\.message).filter { $0.contains("Apology") || $0.contains("apologises") }
        }
        #expect(try missing(#"{"profile": "external"}"#).count == 2)
        #expect(try missing(#"{"profile": "external", "rules": {"missing-apology": {"options": {"extraPhrases": ["our regrets"]}}}}"#).isEmpty)
    }
}
