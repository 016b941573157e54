import Testing
import LintEngine

/// Every rule's own examples, run as it documents them, then again wrapped four ways:
/// after wide characters on the line (ranges must shift), inside a code fence and inside
/// front matter (must not trigger), and under a disable comment (must not trigger).
@Suite struct RuleExamplesTests {
    static let triggering = RuleRegistry.all.flatMap { rule in rule.description.triggering.map { RuleExampleHarness(rule: rule, example: $0) } }
    static let nonTriggering = RuleRegistry.all.flatMap { rule in rule.description.nonTriggering.map { RuleExampleHarness(rule: rule, example: $0) } }
    static let wrappable = triggering.filter(\.example.isWrappable)

    @Test(arguments: triggering)
    func triggeringExampleFindsExactlyTheMarkedPlaces(_ harness: RuleExampleHarness) {
        let (text, expected) = harness.prepared
        #expect(!expected.isEmpty, "a triggering example must mark at least one finding")
        #expect(harness.findingStarts(in: text) == expected, "\(harness.rule.description.name): \(text)")
    }

    @Test(arguments: nonTriggering)
    func nonTriggeringExampleFindsNothing(_ harness: RuleExampleHarness) {
        let (text, _) = harness.prepared
        #expect(harness.findingStarts(in: text) == [], "\(harness.rule.description.name): \(text)")
    }

    @Test(arguments: wrappable)
    func rangesShiftAfterEmojiAndCJK(_ harness: RuleExampleHarness) throws {
        guard let (text, expected, atInsertion, width) = harness.withWidePrefix else { return }
        let found = harness.findingStarts(in: text)
        #expect(found.count == expected.count, "\(harness.rule.description.name): \(text)")
        for (actual, wanted) in zip(found, expected) {
            let matches = actual == wanted || (atInsertion.contains(wanted) && actual == wanted + width)
            #expect(matches, "\(harness.rule.description.name): finding at \(actual), expected \(wanted) in \(text)")
        }
    }

    @Test(arguments: wrappable)
    func codeFenceSilencesTheExample(_ harness: RuleExampleHarness) {
        #expect(harness.findingStarts(in: harness.inCodeFence) == [], "\(harness.rule.description.name)")
    }

    @Test(arguments: wrappable)
    func frontMatterSilencesTheExample(_ harness: RuleExampleHarness) {
        guard let text = harness.inFrontMatter else { return }
        #expect(harness.findingStarts(in: text) == [], "\(harness.rule.description.name): \(text)")
    }

    @Test(arguments: triggering)
    func disableCommentSilencesTheExample(_ harness: RuleExampleHarness) {
        guard !harness.prepared.text.hasPrefix("---") else { return }
        #expect(harness.findingStarts(in: harness.underDisableComment) == [], "\(harness.rule.description.name)")
    }

    @Test func everyRuleHasEnoughExamplesAndAStableIdentity() {
        var ids: Set<String> = [], names: Set<String> = []
        for rule in RuleRegistry.all {
            let d = rule.description
            #expect(d.triggering.count >= 3, "\(d.name) needs at least 3 triggering examples")
            #expect(d.nonTriggering.count >= 3, "\(d.name) needs at least 3 non-triggering examples")
            #expect(d.id.hasPrefix("PM") && d.id.count == 5, "\(d.id)")
            #expect(d.name.allSatisfy { $0.isLowercase || $0 == "-" }, "\(d.name) is not kebab-case")
            #expect(ids.insert(d.id).inserted && names.insert(d.name).inserted, "\(d.id) \(d.name) is not unique")
            #expect(!d.rationale.isEmpty && !d.summary.isEmpty)
        }
    }
}

extension RuleExampleHarness: CustomTestStringConvertible {
    var testDescription: String { "\(rule.description.name): \(example.markdown.prefix(50))" }
}
