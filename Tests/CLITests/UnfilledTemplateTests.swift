import Testing
import LintEngine

/// A document that still holds template prompts fails, and each unfilled value is one finding.
@Suite struct UnfilledTemplateTests {
    let folder = TemporaryFolder()

    /// `pmlint init PROFILE | pmlint - --stdin-filename postmortems/x.md`, as a JSON report.
    private func lintFreshTemplate(_ profile: String) -> CLIRun {
        let template = CLIRun.inProcess(["init", profile], in: folder.path).output
        return CLIRun.inProcess(["-", "--stdin-filename", "postmortems/x.md", "--format", "json"], in: folder.path, input: template)
    }

    @Test(arguments: ["internal", "external"])
    func anUnfilledTemplateFailsByDefault(profile: String) {
        let run = lintFreshTemplate(profile)
        #expect(run.status == 1, "\(profile): \(run.output)")
        #expect(run.output.contains("\"rule\": \"PM005\""))
        #expect(run.output.contains("\"severity\": \"error\""))
    }

    /// The template's prompt for an apology or for data loss is not one.
    @Test func promptTextSatisfiesNoRule() {
        let run = lintFreshTemplate("external")
        #expect(run.output.contains("\"rule\": \"PM107\""), "missing-apology is not reported on the unfilled template")
        #expect(run.output.contains("\"rule\": \"PM108\""), "missing-data-impact is not reported on the unfilled template")
    }

    /// `placeholder-text` reports `YYYY-MM-DD` and `@engineer`; the action-item rules do not
    /// report the same token again.
    @Test func oneFindingPerUnfilledValue() {
        folder.write("doc.md", """
            ## Action Items

            | Action | Owner | Priority | Due date |
            |---|---|---|---|
            | Add a disk alert on the backup host | @engineer | P1 | YYYY-MM-DD |

            """)
        let run = CLIRun.inProcess(["doc.md", "--format", "json"], in: folder.path)
        #expect(run.output.components(separatedBy: "\"rule\": \"PM005\"").count - 1 == 2, "\(run.output)")
        #expect(!run.output.contains("\"rule\": \"PM010\""), "\(run.output)")
        #expect(!run.output.contains("\"rule\": \"PM011\""), "\(run.output)")
    }
}
