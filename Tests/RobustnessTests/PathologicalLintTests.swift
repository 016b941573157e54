import LintEngine
import MarkdownSyntax
import PostmortemModel
import Testing

/// Hostile shapes through the whole Linter (every rule, both profiles), not only the parser:
/// each must finish without a stack overflow and give a sensible result. Times are measured
/// by `Fuzz/pathological-timings.sh` (release build, 1x/2x/4x sizes), never asserted here.
@Suite("Pathological documents")
struct PathologicalLintTests {
    /// Lints `text` with every rule in both profiles; checks every range and that one pass
    /// of safe fixes touches only the bytes it names. Returns the internal profile's result.
    @discardableResult
    private func lintEverything(_ text: String) -> LintResult {
        let source = SourceText(text)
        var results: [LintResult] = []
        for configuration in LintInvariants.configurations {
            let result = Linter(configuration: configuration).lint(source)
            let bad = result.diagnostics.flatMap { LintInvariants.rangeProblems(of: $0, in: source) }
            #expect(bad.isEmpty, "\(configuration.profileOverride!): \(bad.prefix(3))")
            let (edits, _) = FixApplier.acceptedSafeEdits(of: result.diagnostics)
            let fixed = FixApplier.apply(edits, to: source.bytes)
            #expect(LintInvariants.outsideEditsProblem(edits, before: source.bytes, after: fixed) == nil)
            results.append(result)
        }
        return results[0]
    }

    private func rules(_ result: LintResult) -> Set<String> { Set(result.diagnostics.map(\.ruleID)) }

    @Test("a 10 MB postmortem")
    func tenMegabytes() {
        let section = "## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n| 13:02 | Alert fired; the on-call engineer was paged |\n\n"
            + "## Summary\n\nThe cache failed and we should have noticed sooner. Customers saw errors for 50 minutes.\n\n"
            + "- [ ] Add an alert — owner: @dana, due 2024-05-01\n\n> Quoted *emphasis* and `code` with é, 日本, 🔥.\n\n"
        let text = String(repeating: section, count: 10_000_000 / section.utf8.count + 1)
        #expect(text.utf8.count >= 10_000_000)
        let result = lintEverything(text)
        #expect(result.document.sections.count >= 2 * 10_000_000 / section.utf8.count)
        #expect(!result.diagnostics.isEmpty)
    }

    @Test("a timeline table of 100,000 rows")
    func hugeTable() {
        var text = "# Incident\n\n## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n"
        for row in 0..<100_000 { text += "| \(String(row / 60 % 24).leftPadded)\(":")\(String(row % 60).leftPadded) | step \(row) |\n" }
        let result = lintEverything(text)
        #expect(result.document.timeline.entries.count == 100_000)
    }

    @Test("10,000 nested block quotes and lists", arguments: ["> ", "- ", "1. ", "> - "])
    func deepNesting(marker: String) {
        let text = "## Summary\n\n" + String(repeating: marker, count: 10_000) + "deep\n" + String(repeating: marker, count: 10_000) + "again\n"
        let result = lintEverything(text)
        #expect(result.document.sections.count == 1)
    }

    @Test("10,000 levels of indented lists")
    func deepIndentedLists() {
        var text = "## Action Items\n\n"
        for level in 0..<10_000 { text += String(repeating: " ", count: min(level, 400) * 2) + "- item \(level)\n" }
        lintEverything(text)
    }

    @Test("a single line of 1 MB")
    func megabyteLine() {
        let line = String(repeating: "We should have caught it, a *human error* in `config` [here](x). ", count: 16_000)
        #expect(line.utf8.count >= 1_000_000)
        let result = lintEverything("## Summary\n\n" + line + "\n")
        #expect(rules(result).contains("PM101"), "blame language is found however long the line")
    }

    @Test("100,000 headings")
    func manyHeadings() {
        let result = lintEverything(String(repeating: "## Summary\n\nText.\n\n", count: 100_000))
        #expect(result.document.sections.count == 100_000)
    }

    @Test("an unclosed fence hides the rest of the document", arguments: ["```\n", "~~~~\n", "<!-- never closed\n"])
    func unclosed(opening: String) {
        let body = String(repeating: "## Timeline\n\n- 13:02 alert fired\n\n", count: 20_000)
        let result = lintEverything("## Summary\n\nText.\n\n" + opening + body)
        #expect(result.document.sections.count == 1)
        #expect(result.document.timeline.entries.isEmpty)
        #expect(rules(result).contains("PM201"), "the hidden timeline counts as missing")
    }
}

private extension String {
    var leftPadded: String { count < 2 ? "0" + self : self }
}
