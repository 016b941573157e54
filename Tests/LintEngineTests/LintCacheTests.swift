import Foundation
import MarkdownSyntax
import Testing
@testable import LintEngine

/// A language server re-lints after every keystroke with what the previous lint learned; the
/// writer must see exactly what a fresh lint of the same text says.
@Suite struct LintCacheTests {
    private static let before = """
        # Checkout outage

        ## Summary

        Checkout failed for TBD minutes after a deploy.

        | Owner | Action | Due |
        | --- | --- | --- |
        | @engineer | Add an alert on `TODO` counts | YYYY-MM-DD |

        ## Impact

        Orders were lost. The cause is [Name, team]. It was a brief issue caused by human error.
        We will "never" say "Alice forgot" again.

        ## Prevention

        This will never happen again: we will improve monitoring.

        """

    /// Each finding as rule, range, severity and message.
    private func lint(_ text: String, reusing cache: LintCache? = nil, configuration: Configuration = Configuration()) -> [String] {
        Linter(configuration: configuration).lint(SourceText(text), reusing: cache).diagnostics.map {
            "\($0.ruleID) \($0.range) \($0.severity) \($0.message)"
        }
    }

    @Test func editsThatShiftTextGiveTheSameFindingsAsAFreshLint() {
        let cache = LintCache()
        #expect(lint(Self.before, reusing: cache) == lint(Self.before))
        let edits = [
            Self.before.replacingOccurrences(of: "Checkout failed", with: "The whole checkout flow failed"),
            Self.before.replacingOccurrences(of: "TBD minutes", with: "42 minutes"),
            Self.before.replacingOccurrences(of: "# Checkout outage", with: "# Checkout outage, XXX"),
            Self.before.replacingOccurrences(of: "Orders were lost.", with: "Orders were lost. Bob’s mistake."),
            Self.before.replacingOccurrences(of: "This will never", with: "This “will” never"),
            Self.before,
        ]
        for text in edits {
            let reused = lint(text, reusing: cache)
            #expect(reused == lint(text))
            #expect(reused.contains { $0.hasPrefix("PM005") })
            #expect(reused.contains { $0.hasPrefix("PM101") })
        }
    }

    /// A block that comes back unchanged keeps its phrase matches only while its words fill the
    /// same classes: naming an owner elsewhere makes a capitalised word in it a person.
    @Test func aBlockIsMatchedAgainWhenItsWordsChangeClass() {
        let cache = LintCache()
        let story = "## Impact\n\nZoltan skipped the review and Zoltan was careless.\n"
        let actions = "\n## Action items\n\n| Action | Owner | Due |\n| --- | --- | --- |\n| Add a check | @ops | 2024-06-01 |\n"
        let renamed = actions.replacingOccurrences(of: "@ops", with: "Zoltan")
        for text in [story + actions, story + renamed, story + actions] {
            #expect(lint(text, reusing: cache) == lint(text))
        }
    }

    /// Every word ever typed enters the kept lexicon; a server open for a day of typing must
    /// not keep them all.
    @Test func aLongEditingSessionKeepsABoundedLexicon() {
        let cache = LintCache()
        var largest = 0
        for edit in 0..<60 {
            let words = (0..<100).map { "w\(edit)x\($0)" }.joined(separator: " ")
            let text = Self.before + "\n" + words + ".\n"
            #expect(lint(text, reusing: cache) == lint(text))
            largest = max(largest, cache.lexicon.value?.count ?? 0)
        }
        #expect(largest > ProseTokenizer.minimumKeptWords / 2)
        #expect(largest <= ProseTokenizer.minimumKeptWords)
    }

    @Test func aNewConfigurationIsNotAnsweredFromTheOldOne() {
        let cache = LintCache()
        let placeholders = { (findings: [String]) in findings.filter { $0.hasPrefix("PM005") }.count }
        let before = placeholders(lint(Self.before, reusing: cache))
        var allowing = Configuration()
        allowing.rules["PM005"] = RuleSetting(options: ["allow": .array([.string("TBD")])])
        let after = placeholders(lint(Self.before, reusing: cache, configuration: allowing))
        #expect(after == before - 1)
    }
}
