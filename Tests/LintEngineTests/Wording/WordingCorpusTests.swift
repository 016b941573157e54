import MarkdownSyntax
import Testing
@testable import LintEngine

/// Precision and recall of every wording rule over the labelled corpus in `Fixtures/wording/`.
@Suite struct WordingCorpusTests {
    @Test func everyWordingRuleIsPreciseAndFindsWhatItShould() throws {
        let corpus = try WordingCorpus()
        let scores = corpus.scores { sample in
            let id = sample.rule.description.id
            let configuration = Configuration(profileOverride: sample.profile, rules: [id: RuleSetting(isEnabled: true)])
            let result = Linter(configuration: configuration, rules: [sample.rule]).lint(SourceText(sample.markdown))
            return result.diagnostics.filter { $0.ruleID == id }.count
        }
        let ruleNames = Set(WordingRules.all.map { $0.description.name })
        let scoredNames = Set(scores.map { $0.rule })
        #expect(scoredNames == ruleNames, "every wording rule has a corpus file")
        for score in scores {
            print(score)
            for miss in score.misses { print("    \(miss)") }
            #expect(score.precision >= 0.95, "\(score)\n\(score.misses.joined(separator: "\n"))")
            #expect(score.recall >= 0.90, "\(score)\n\(score.misses.joined(separator: "\n"))")
        }
    }

    @Test func everyRuleFamilyHasAtLeast150Sentences() throws {
        let corpus = try WordingCorpus()
        let families: [String: Set<String>] = [
            "blame": ["blame-language", "passive-cause"],
            "vague": ["vague-prevention", "vague-action-item"],
            "minimising": ["minimizing-language"],
            "over-promising": ["over-promising"],
            "customer-facing": ["jargon", "missing-apology", "missing-data-impact", "names-in-external", "performative-apology"],
        ]
        for (family, rules) in families {
            let count = corpus.samples.filter { rules.contains($0.rule.description.name) }.count
            #expect(count >= 150, "\(family): \(count) sentences")
        }
    }
}
