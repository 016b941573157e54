import Foundation
import Testing
@testable import PMLintCLI

/// The README's rule table is generated from the rules; this fails when a rule was added or
/// changed without regenerating it.
@Suite struct ReadmeRuleTableTests {
    @Test func theReadmeTableMatchesTheRules() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let begin = try #require(readme.range(of: "<!-- pmlint-rules:begin -->"))
        let end = try #require(readme.range(of: "<!-- pmlint-rules:end -->"))
        let table = readme[begin.upperBound..<end.lowerBound].trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(table == RulesCommand.markdownTable(), "README.md's rule table is out of date: run docs/generate.sh")
    }
}
