import Testing
import LintEngine

/// Every rule's own examples, run as it documents them, then again wrapped four ways:
/// after wide characters on the line (ranges must shift), inside a code fence and inside
/// front matter (must not trigger), and under a disable comment (must not trigger).
@Suite struct RuleExamplesTests {
    static let triggering = RuleRegistry.all.flatMap { rule in
        rule.description.triggering.enumerated().map { RuleExampleHarness(rule: rule, example: $0.element, name: "reported example \($0.offset + 1)") }
    }
    static let nonTriggering = RuleRegistry.all.flatMap { rule in
        rule.description.nonTriggering.enumerated().map { RuleExampleHarness(rule: rule, example: $0.element, name: "clean example \($0.offset + 1)") }
    }
    static let wrappable = triggering.filter(\.example.isWrappable)
    // Only the cases each wrapping applies to, so none passes without checking anything.
    static let widePrefixable = wrappable.filter { $0.withWidePrefix != nil }
    static let frontMatterWrappable = wrappable.filter { $0.inFrontMatter != nil }
    static let disableCommentable = triggering.filter { !$0.prepared.text.hasPrefix("---") }

    @Test(arguments: triggering)
    func triggeringExampleFindsExactlyTheMarkedPlaces(_ harness: RuleExampleHarness) {
        let (text, expected) = harness.prepared
        #expect(!expected.isEmpty, "a triggering example must mark at least one finding")
        #expect(harness.findingStarts(in: text) == expected, "\(harness.rule.description.name): \(text)")
    }

    /// `pmlint rules`, `explain` and SARIF tell users which rules `--fix` can mend: a rule that
    /// offers a fix must say so, and say when it needs `--unsafe-fixes`.
    @Test(arguments: triggering)
    func aRuleThatOffersAFixSaysItIsFixable(_ harness: RuleExampleHarness) {
        let fixes = harness.diagnostics(in: harness.prepared.text).flatMap(\.fixes)
        let description = harness.rule.description
        if !fixes.isEmpty { #expect(description.isFixable, "\(description.name) offers a fix but is not declared fixable") }
        if fixes.contains(where: { !$0.isSafe }) { #expect(description.hasUnsafeFixes, "\(description.name) offers an unsafe fix") }
    }

    @Test(arguments: nonTriggering)
    func nonTriggeringExampleFindsNothing(_ harness: RuleExampleHarness) {
        let (text, _) = harness.prepared
        #expect(harness.findingStarts(in: text) == [], "\(harness.rule.description.name): \(text)")
    }

    @Test(arguments: widePrefixable)
    func rangesShiftAfterEmojiAndCJK(_ harness: RuleExampleHarness) throws {
        let (text, expected, atInsertion, width) = try #require(harness.withWidePrefix)
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

    @Test(arguments: frontMatterWrappable)
    func frontMatterSilencesTheExample(_ harness: RuleExampleHarness) throws {
        let text = try #require(harness.inFrontMatter)
        #expect(harness.findingStarts(in: text) == [], "\(harness.rule.description.name): \(text)")
    }

    @Test(arguments: disableCommentable)
    func disableCommentSilencesTheExample(_ harness: RuleExampleHarness) {
        #expect(harness.findingStarts(in: harness.underDisableComment) == [], "\(harness.rule.description.name)")
    }

    /// `swift test` lists each case by this name; the example's text would spill across lines.
    @Test func eachCaseIsNamedByRuleAndExampleNumberNotByItsText() {
        let names = (Self.triggering + Self.nonTriggering).map(\.testDescription)
        #expect(Set(names).count == names.count, "two cases share a name")
        for name in names {
            #expect(!name.contains("\n") && name.count < 80 && name.hasPrefix("PM"), "\(name)")
        }
        #expect(names.contains("PM013 summary-length, reported example 2"))
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

