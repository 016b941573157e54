import Foundation
import Testing
import LintEngine
@testable import PMLintCLI

/// `--format gitlab`: a GitLab Code Quality report, checked against the fields GitLab's
/// published format requires (description, check_name, fingerprint, severity among info,
/// minor, major, critical and blocker, location.path, location.lines.begin).
@Suite struct GitLabFormatTests {
    let folder = TemporaryFolder()

    func issues(_ files: [String: String]) throws -> [[String: Any]] {
        folder.makeFolder(".git")
        let inputs = files.map { name, text in
            let path = folder.write(name, text)
            return LintInput(displayPath: name, absolutePath: path, configurationPath: path)
        }
        let runner = LintRunner(resolver: ConfigurationResolver(), applyFixes: false, rules: testRules)
        let text = GitLabRenderer.render(LintReport(files: runner.run(inputs, standardInput: { [] })))
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    }

    @Test func everyIssueHasTheRequiredFields() throws {
        let found = try issues(["docs/a.md": "FIXME  \nok\nFIXME  \n"])
        #expect(found.count == 4)
        let allowed: Set<String> = ["info", "minor", "major", "critical", "blocker"]
        for issue in found {
            #expect((issue["description"] as? String)?.isEmpty == false)
            #expect((issue["check_name"] as? String)?.hasPrefix("PMT0") == true)
            #expect((issue["fingerprint"] as? String)?.isEmpty == false)
            #expect(allowed.contains(issue["severity"] as? String ?? ""))
            let location = try #require(issue["location"] as? [String: Any])
            #expect(location["path"] as? String == "docs/a.md")
            #expect(((location["lines"] as? [String: Any])?["begin"] as? Int).map { $0 == 1 || $0 == 3 } == true)
        }
        #expect(Set(found.compactMap { $0["fingerprint"] as? String }).count == found.count)
        let fixme = try #require(found.first { $0["check_name"] as? String == "PMT02 test-fixme" })
        #expect(fixme["severity"] as? String == "major")
        #expect(fixme["description"] as? String == "FIXME left in the document")
        #expect(found.first { $0["check_name"] as? String == "PMT01 test-trailing-space" }?["severity"] as? String == "minor")
    }

    @Test func fingerprintsSurviveLinesAddedAbove() throws {
        let before = try issues(["a.md": "FIXME  \n"]).compactMap { $0["fingerprint"] as? String }
        let after = try issues(["a.md": "A new first line.\n\nFIXME  \n"]).compactMap { $0["fingerprint"] as? String }
        #expect(Set(before) == Set(after))
    }

    @Test func theCommandLineWritesIt() throws {
        folder.makeFolder(".git")
        folder.write("a.md", "# Outage\n\n## Action Items\n\n- [ ] Add a disk space alert\n")
        #expect(GitLabRenderer.render(LintReport(files: [])) == "[]")
        let run = CLIRun.inProcess(["lint", "--format", "gitlab", "a.md"], in: folder.path)
        #expect(run.status == 1)
        let issues = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]])
        #expect(issues.contains { $0["check_name"] as? String == "PM010 action-item-owner" && $0["severity"] as? String == "major" })
        #expect(issues.contains { $0["check_name"] as? String == "PM001 missing-section" && $0["severity"] as? String == "minor" })
    }
}
