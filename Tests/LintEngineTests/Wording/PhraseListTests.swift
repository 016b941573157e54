import Testing
@testable import LintEngine

@Suite struct PhraseListTests {
    private let list = PhraseList([PhraseGroup("built-in: {phrase}", ["human error", "careless"])], exceptions: ["careless whisper"],
                                  configuredMessage: "configured: {phrase}")
    private let text = prose("Human error, a careless whisper, a careless step and operator error.")

    private func found(_ options: [String: JSONValue]) -> [String] {
        list.book(RuleOptions(defaults: PhraseList.options, configured: options)).hits(in: text).map(\.message)
    }

    @Test func theBuiltInListAppliesByDefault() {
        #expect(found([:]) == ["built-in: Human error", "built-in: careless"])
    }

    @Test func extraPhrasesAddToTheList() {
        #expect(found(["extraPhrases": .array([.string("operator error")])]) == ["built-in: Human error", "built-in: careless", "configured: operator error"])
    }

    @Test func phrasesReplaceTheList() {
        #expect(found(["phrases": .array([.string("operator error")])]) == ["configured: operator error"])
    }

    @Test func allowedPhrasesAreNeverReported() {
        #expect(found(["allow": .array([.string("human error"), .string("careless step")])]) == [])
    }

    @Test func everyWordingRuleDocumentsTheSameListOptions() {
        for rule in WordingRules.all {
            let names = Set(rule.description.options.map(\.name))
            #expect(names.isSuperset(of: ["phrases", "extraPhrases", "allow"]), "\(rule.description.id)")
            #expect(rule.description.options.first { $0.name == "allow" }?.defaultValue == .array([]))
        }
    }
}
