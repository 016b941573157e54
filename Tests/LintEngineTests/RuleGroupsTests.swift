import Foundation
import MarkdownSyntax
import Testing
@testable import LintEngine

/// A lint someone waits for (the language server, or the command line on one file) runs its
/// rules on two threads, which share the prose and wait for each other's values; it must say
/// exactly what the same lint on one thread says, in the same order.
@Suite struct RuleGroupsTests {
    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// Fixture paths relative to `Fixtures/`, which name the test cases.
    private static let fixtures: [String] = {
        let paths = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
        return paths.filter { $0.hasSuffix(".md") && !$0.hasPrefix("fuzz-regressions") }.sorted()
    }()

    /// Each finding as rule, range, severity, message and number of fixes.
    private static func described(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\($0.ruleID) \($0.range) \($0.severity) \($0.message) \($0.fixes.count)" }
    }

    @Test func thereAreFixturesToCompare() {
        #expect(Self.fixtures.count >= 25)
    }

    @Test(arguments: fixtures, [false, true])
    func twoThreadsFindWhatOneThreadFinds(fixture: String, external: Bool) throws {
        let path = Self.root.appendingPathComponent(fixture).path
        let source = try SourceText(utf8: Array(try Data(contentsOf: URL(fileURLWithPath: path))))
        var configuration = Configuration()
        configuration.profileOverride = external ? "external" : "internal"
        let sequential = Linter(configuration: configuration)
        var parallel = sequential
        parallel.runsRuleGroupsInParallel = true
        let expected = Self.described(sequential.lint(source).diagnostics)
        for _ in 0..<3 {
            #expect(Self.described(parallel.lint(source).diagnostics) == expected, "\(fixture)")
        }
    }
}
