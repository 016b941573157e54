import LintEngine
import MarkdownSyntax
import PostmortemModel
import Testing

/// Hostile shapes through the whole Linter (every rule, both profiles), not only the parser:
/// each must finish without a stack overflow and give a sensible result. Nesting is as deep
/// as the issue asks (10,000 levels), since depth is what overflows a stack; sizes that only
/// matter for time are an eighth to a fortieth of the issue's, still large enough that work
/// quadratic in them would never finish. The full sizes (10 MB, 100,000 rows, 1 MB line,
/// 100,000 headings) are timed in a release build by `Fuzz/pathological-timings.sh`, at
/// 1x/2x/4x to show linear growth; no time is asserted here.
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

    @Test("a 256 KB postmortem")
    func longDocument() {
        let section = "## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n| 13:02 | Alert fired; the on-call engineer was paged |\n\n"
            + "## Summary\n\nThe cache failed and we should have noticed sooner. Customers saw errors for 50 minutes.\n\n"
            + "- [ ] Add an alert — owner: @dana, due 2024-05-01\n\n> Quoted *emphasis* and `code` with é, 日本, 🔥.\n\n"
        let text = String(repeating: section, count: 256_000 / section.utf8.count + 1)
        #expect(text.utf8.count >= 256_000)
        let result = lintEverything(text)
        #expect(result.document.sections.count >= 2 * 256_000 / section.utf8.count)
        #expect(!result.diagnostics.isEmpty)
    }

    @Test("a timeline table of 10,000 rows")
    func hugeTable() {
        var text = "# Incident\n\n## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n"
        for row in 0..<10_000 { text += "| \(String(row / 60 % 24).leftPadded)\(":")\(String(row % 60).leftPadded) | step \(row) |\n" }
        let result = lintEverything(text)
        #expect(result.document.timeline.entries.count == 10_000)
    }

    @Test("10,000 nested block quotes and lists", arguments: ["> ", "- ", "1. ", "> - "])
    func deepNesting(marker: String) {
        let text = "## Summary\n\n" + String(repeating: marker, count: 10_000) + "deep\n" + String(repeating: marker, count: 10_000) + "again\n"
        let result = lintEverything(text)
        #expect(result.document.sections.count == 1)
    }

    /// Nesting by indentation costs quadratic bytes (10,000 levels would be 100 MB); 500
    /// levels is five times the parser's depth limit.
    @Test("500 levels of indented lists")
    func deepIndentedLists() {
        var text = "## Action Items\n\n"
        for level in 0..<500 { text += String(repeating: " ", count: level * 2) + "- [ ] item \(level) — owner: @dana\n" }
        let result = lintEverything(text)
        #expect(result.document.actionItems.count == 1, "every later item nests inside the first")
    }

    /// One finding per 64 bytes: each finding's UTF-16 column must not cost a scan of the line.
    @Test("a single line of 128 KB")
    func longLine() {
        let line = String(repeating: "We should have caught it, a *human error* in `config` [here](x). ", count: 2_000)
        #expect(line.utf8.count >= 128_000)
        let result = lintEverything("## Summary\n\n" + line + "\n")
        #expect(result.diagnostics.filter { $0.ruleID == "PM101" }.count == 2_000, "blame language is found however long the line")
    }

    @Test("10,000 headings")
    func manyHeadings() {
        let result = lintEverything(String(repeating: "## Summary\n\nText.\n\n", count: 10_000))
        #expect(result.document.sections.count == 10_000)
        #expect(result.diagnostics.filter { $0.ruleID == "PM003" }.count == 9_999, "every repeat is a duplicate section")
    }

    @Test("an unclosed fence hides the rest of the document", arguments: ["```\n", "~~~~\n", "<!-- never closed\n"])
    func unclosed(opening: String) {
        let body = String(repeating: "## Timeline\n\n- 13:02 alert fired\n\n", count: 20_000)
        let result = lintEverything("## Summary\n\nText.\n\n" + opening + body)
        #expect(result.document.sections.count == 1)
        #expect(result.document.timeline.entries.isEmpty)
        #expect(result.diagnostics.contains { $0.ruleID == "PM001" && $0.message.contains("Timeline") },
                "the hidden timeline counts as missing")
    }
}

private extension String {
    var leftPadded: String { count < 2 ? "0" + self : self }
}
