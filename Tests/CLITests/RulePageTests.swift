import Foundation
import Testing
import LintEngine
@testable import PMLintCLI

/// Each rule's page, `docs/rules/PM010.md`, is generated from the rule (`docs/generate.sh`);
/// reports and editors link to it, so it must exist and say what the rule says now.
@Suite struct RulePageTests {
    static let pages = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/rules")

    @Test func everyRuleHasItsPageAndTheStoredPageIsCurrent() throws {
        for rule in RuleRegistry.descriptions {
            let stored = try? String(contentsOf: Self.pages.appendingPathComponent(rule.id + ".md"), encoding: .utf8)
            #expect(stored == RulePage.markdown(rule) + "\n", "docs/rules/\(rule.id).md is missing or out of date: run docs/generate.sh")
        }
    }

    @Test func thereIsNoPageForARuleThatDoesNotExist() throws {
        let ids = Set(RuleRegistry.descriptions.map { $0.id + ".md" })
        let stored = try FileManager.default.contentsOfDirectory(atPath: Self.pages.path).filter { $0.hasPrefix("PM") }
        #expect(Set(stored).subtracting(ids).isEmpty, "pages without a rule: run docs/generate.sh")
    }

    @Test func aPageKeepsAnExampleWithItsOwnFenceWhole() throws {
        let rule = RuleDescription(id: "PMX01", name: "fenced", summary: "s", rationale: "r", defaultSeverity: .warning,
                                   triggering: [RuleExample("↓Text\n\n```sh\nrun\n```\n")], nonTriggering: [])
        let page = RulePage.markdown(rule)
        #expect(page.contains("````markdown\n↓Text\n\n```sh\nrun\n```\n````"), "\(page)")
    }

    @Test func explainPrintsThePageInMarkdown() {
        let run = CLIRun.inProcess(["explain", "summary-length", "--format", "markdown"], in: NSTemporaryDirectory())
        #expect(run.status == 0)
        #expect(run.output == RulePage.markdown(RuleRegistry.rule(named: "PM013")!.description) + "\n")
    }
}

/// SARIF `helpUri` and the language server's `codeDescription.href` (LanguageServerTests) name
/// the same page; a team that mirrors pmlint points both at its copy with `ruleDocs`.
@Suite struct RuleLinkTests {
    func sarifHelpLinks(configuration: String?) throws -> [String: String] {
        let folder = TemporaryFolder()
        folder.makeFolder(".git")
        if let configuration { folder.write(".pmlint.json", configuration) }
        let path = folder.write("a.md", "# Outage\n")
        let runner = LintRunner(resolver: ConfigurationResolver(), applyFixes: false)
        let report = LintReport(files: runner.run([LintInput(displayPath: "a.md", absolutePath: path, configurationPath: path)],
                                                  standardInput: { [] }))
        let log = try #require(try JSONSerialization.jsonObject(with: Data(SARIFRenderer.render(report).utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: rules.map { ($0["id"] as? String ?? "", $0["helpUri"] as? String ?? "") })
    }

    @Test func sarifLinksEachRuleToItsPageInTheRepository() throws {
        let links = try sarifHelpLinks(configuration: nil)
        #expect(links.count == RuleRegistry.descriptions.count)
        for (id, link) in links {
            #expect(link == RuleDocumentation.defaultBase + id + ".md")
            #expect(link.hasSuffix("/docs/rules/\(id).md"))
            #expect(FileManager.default.fileExists(atPath: RulePageTests.pages.appendingPathComponent(id + ".md").path), "\(link) names no page")
        }
    }

    @Test func aMirrorsBaseAddressReplacesTheDefault() throws {
        let links = try sarifHelpLinks(configuration: #"{"ruleDocs": "https://git.example.com/tools/pmlint/docs/rules"}"#)
        #expect(links["PM010"] == "https://git.example.com/tools/pmlint/docs/rules/PM010.md")
    }

    @Test func aBaseAddressThatIsNotAWebAddressIsRejected() {
        #expect(configurationError(#"{"ruleDocs": "docs/rules/"}"#)
                == #"/repo/.pmlint.json: ruleDocs: "docs/rules/" is not a web address (allowed: an http:// or https:// URL)"#)
    }
}
