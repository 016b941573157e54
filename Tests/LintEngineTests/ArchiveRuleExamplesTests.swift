import LintEngine
import MarkdownSyntax
import Testing

/// Runs every cross-document rule's examples: each document of a triggering archive gets
/// exactly the findings its `↓` markers show, and a non-triggering archive gets none.
@Suite struct ArchiveRuleExamplesTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let rule: any ArchiveRule.Type
        let example: ArchiveExample
        let triggers: Bool
        var testDescription: String { "\(rule.description.id) \(example.documents.map(\.path).joined(separator: " + "))" }
    }

    static let cases = RuleRegistry.archive.flatMap { rule in
        rule.triggeringArchives.map { Case(rule: rule, example: $0, triggers: true) }
            + rule.nonTriggeringArchives.map { Case(rule: rule, example: $0, triggers: false) }
    }

    /// The documents without markers, and where each one's markers stood.
    static func prepare(_ example: ArchiveExample) -> [(path: String, text: String, expected: [Int])] {
        example.documents.map { document in
            var text = ""
            var expected: [Int] = []
            for char in document.markdown {
                if char == RuleExample.marker { expected.append(text.utf8.count) } else { text.append(char) }
            }
            return (document.path, text, expected)
        }
    }

    static func findingStarts(_ documents: [(path: String, text: String, expected: [Int])], rule: any ArchiveRule.Type) -> [[Int]] {
        let configuration = Configuration(rules: [rule.description.id: RuleSetting(isEnabled: true)])
        let linter = Linter(configuration: configuration, rules: [])
        let archive = documents.map { document in
            ArchiveEntry(path: document.path, facts: ArchiveFacts(result: linter.lint(SourceText(document.text)), configuration: configuration))
        }
        return ArchiveChecker.diagnostics(archive, rules: [rule]).map { $0.map(\.range.lowerBound).sorted() }
    }

    @Test func everyArchiveRuleHasBothKindsOfExample() {
        #expect(RuleRegistry.archive.count == 3)
        for rule in RuleRegistry.archive {
            #expect(!rule.triggeringArchives.isEmpty && !rule.nonTriggeringArchives.isEmpty, "\(rule.description.id)")
            #expect(rule.triggeringArchives.allSatisfy { $0.documents.count > 1 }, "\(rule.description.id): an archive has several documents")
        }
    }

    @Test(arguments: cases)
    func exampleFindsExactlyTheMarkedPlaces(_ test: Case) {
        let documents = Self.prepare(test.example)
        if test.triggers { #expect(documents.contains { !$0.expected.isEmpty }, "a triggering archive must mark a finding") }
        #expect(Self.findingStarts(documents, rule: test.rule) == documents.map(\.expected))
    }

    @Test func aFindingNamesTheOtherDocument() throws {
        let rule = DuplicateIncidentIDRule.self
        let documents = Self.prepare(rule.triggeringArchives[0])
        let configuration = Configuration()
        let archive = documents.map { document in
            ArchiveEntry(path: document.path, facts: ArchiveFacts(result: Linter(configuration: configuration, rules: []).lint(SourceText(document.text)),
                                                                  configuration: configuration))
        }
        let first = try #require(ArchiveChecker.diagnostics(archive).first?.first)
        #expect(first.ruleID == "PM303" && first.severity == .error)
        #expect(first.message.contains(documents[1].path))
    }

    @Test func aSuppressionCommentSilencesTheDocumentItStandsIn() {
        let configuration = Configuration()
        let texts = ["# A\n\n## Summary\n\n<!-- pmlint-disable-next-line duplicate-incident-id -->\n**Incident ID:** INC-7\n",
                     "# B\n\n## Summary\n\n**Incident ID:** INC-7\n"]
        let archive = texts.enumerated().map { index, text in
            ArchiveEntry(path: "\(index).md", facts: ArchiveFacts(result: Linter(configuration: configuration, rules: []).lint(SourceText(text)),
                                                                  configuration: configuration))
        }
        let found = ArchiveChecker.diagnostics(archive)
        #expect(found[0].isEmpty)
        #expect(found[1].map(\.ruleID) == ["PM303"])
    }
}
