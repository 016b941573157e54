import MarkdownSyntax
import Testing
@testable import LintEngine

/// The wording rules as a user meets them: through `Linter`, with configuration and
/// suppression comments.
@Suite struct WordingLinterTests {
    private func lint(_ markdown: String, profile: String = "internal", rules: [String: RuleSetting] = [:]) -> [Diagnostic] {
        Linter(configuration: Configuration(profileOverride: profile, rules: rules), rules: WordingRules.all).lint(SourceText(markdown)).diagnostics
    }

    private func quoted(_ diagnostic: Diagnostic, in markdown: String) -> String {
        String(decoding: Array(markdown.utf8)[diagnostic.range], as: UTF8.self)
    }

    @Test func blameWarnsInEverySectionAndAgentlessShouldHaveIsNoFinding() {
        let text = "## Summary\n\nThis was human error.\n\n## Root Cause\n\nThis was human error. It should have been caught in review.\n\n## Timeline\n\n- 10:02 Alice forgot to drain the node.\n"
        let found = lint(text).filter { $0.ruleName == "blame-language" }
        #expect(found.map { quoted($0, in: text) } == ["human error", "human error", "Alice forgot to drain"])
        #expect(found.map(\.severity) == [.warning, .warning, .warning])
        let configured = lint(text, rules: ["PM101": RuleSetting(severity: .info)]).filter { $0.ruleName == "blame-language" }
        #expect(configured.map(\.severity) == [.info, .info, .info])
    }

    @Test func quotationsCodeCommentsAndFrontMatterAreNotProse() {
        let text = """
            ---
            title: human error in the deploy
            ---

            ## Root Cause

            > The first draft said this was human error.

            ```
            human error
            ```

            <!-- human error -->

            We removed the phrase "human error" and the `human error` log tag, but kept operator error.
            """
        #expect(lint(text).filter { $0.ruleName == "blame-language" }.map { quoted($0, in: text) } == ["operator error"])
    }

    @Test func optionsExtendReplaceAndAllowTheList() {
        let text = "## Root Cause\n\nThis was human error, and a fat-finger mistake.\n"
        func phrases(_ options: [String: JSONValue]) -> [String] {
            lint(text, rules: ["PM101": RuleSetting(options: options)]).filter { $0.ruleName == "blame-language" }.map { quoted($0, in: text) }
        }
        #expect(phrases([:]) == ["human error"])
        #expect(phrases(["extraPhrases": .array([.string("fat-finger mistake")])]) == ["human error", "fat-finger mistake"])
        #expect(phrases(["phrases": .array([.string("fat-finger (mistake)")])]) == ["fat-finger mistake"])
        #expect(phrases(["allow": .array([.string("human error")])]) == [])
        #expect(lint(text, rules: ["PM101": RuleSetting(isEnabled: false)]).filter { $0.ruleName == "blame-language" }.isEmpty)
    }

    @Test func disableCommentsSilenceOneLine() {
        let text = "## Root Cause\n\n<!-- pmlint-disable-next-line blame-language -->\nThis was human error.\n\nThat was operator error.\n"
        #expect(lint(text).filter { $0.ruleName == "blame-language" }.map { quoted($0, in: text) } == ["operator error"])
    }

    @Test func vaguePreventionReadsCommitmentsWhereverWrittenButNotWhatWasDone() {
        let text = "## Lessons Learned\n\nWe should improve monitoring.\n\n## How We Responded\n\nWe improved the query plan by hand.\n\n"
            + "## Timeline\n\n- 10:02 We will investigate the queue.\n\n## What We're Changing\n\nWe will improve monitoring.\n"
        let found = lint(text).filter { $0.ruleName == "vague-prevention" }.map { quoted($0, in: text) }
        #expect(found == ["improve", "improve"])
    }

    @Test func customerFacingRulesRunOnlyForTheExternalProfile() {
        let text = "## Why It Happened\n\nA NullPointerException in pod web-7d9f8b6c4-x2k9p stopped requests; Priya Raman rolled it back.\n"
        #expect(lint(text).filter { ["jargon", "names-in-external"].contains($0.ruleName) }.isEmpty)
        let external = lint(text, profile: "external").filter { ["jargon", "names-in-external"].contains($0.ruleName) }
        #expect(external.map { quoted($0, in: text) } == ["NullPointerException", "pod", "web-7d9f8b6c4-x2k9p", "Priya Raman"])
    }

    @Test func passiveCauseIsOffUntilSwitchedOn() {
        let text = "## Root Cause\n\nMistakes were made during the migration.\n"
        #expect(lint(text).filter { $0.ruleName == "passive-cause" }.isEmpty)
        #expect(lint(text, rules: ["PM111": RuleSetting(isEnabled: true)]).filter { $0.ruleName == "passive-cause" }.count == 1)
    }
}
