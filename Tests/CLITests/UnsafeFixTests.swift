import Foundation
import Testing
import LintEngine

/// `--fix` makes only changes that are certainly right; inserting a missing section is the
/// writer's decision, applied only with `--unsafe-fixes`, as the profile template's skeleton.
@Suite struct UnsafeFixTests {
    let folder = TemporaryFolder()
    let document = """
        # Cache outage

        ## Summary

        Dashboards served stale data for two hours. No data was lost.

        ## Timeline

        - 09:00 UTC a cache deploy started
        - 11:00 UTC the deploy was rolled back

        ## Root Cause

        A cache deploy failed silently.

        """

    init() {
        folder.makeFolder(".git")
        folder.write("pm.md", document)
    }

    @Test func fixAloneInsertsNoSection() {
        let run = CLIRun.inProcess(["pm.md", "--fix"], in: folder.path)
        #expect(String(decoding: folder.bytes("pm.md"), as: UTF8.self) == document)
        #expect(run.output.contains(#"warning: Missing required section "Impact""#))
    }

    @Test func unsafeFixesInsertTheTemplatesSkeleton() throws {
        let run = CLIRun.inProcess(["pm.md", "--fix", "--unsafe-fixes"], in: folder.path)
        let fixed = String(decoding: folder.bytes("pm.md"), as: UTF8.self)
        let impact = try #require(PostmortemTemplate.internal.section(.impact)).body
        #expect(fixed.contains("No data was lost.\n\n## Impact\n\n" + impact + "\n## Timeline\n"))
        #expect(fixed.hasPrefix("# Cache outage\n"))
        // The skeleton's prompts are placeholders until written; the section is not empty.
        #expect(run.output.contains("placeholder-text"))
        #expect(!run.output.contains(#"Section "Impact" is empty"#))
        #expect(!run.output.contains(#"Missing required section "Impact""#))
    }

    @Test func unsafeFixesNeedFix() {
        let run = CLIRun.inProcess(["pm.md", "--unsafe-fixes"], in: folder.path)
        #expect(run.status == 2)
        #expect(run.errors.contains("--unsafe-fixes needs --fix"))
    }

    @Test func theFixIsMarkedUnsafeAndItsTitleReadsWell() throws {
        let run = CLIRun.inProcess(["pm.md", "--format", "json"], in: folder.path)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let files = try #require(report["files"] as? [[String: Any]])
        let fixes = (files[0]["diagnostics"] as? [[String: Any]] ?? []).filter { $0["rule"] as? String == "PM001" }
            .flatMap { $0["fixes"] as? [[String: Any]] ?? [] }
        let titles = fixes.compactMap { $0["title"] as? String }
        #expect(titles.contains(#"Insert an "Impact" section"#))
        #expect(titles.contains(#"Insert a "Detection" section"#))
        #expect(fixes.allSatisfy { $0["safe"] as? Bool == false })
    }

    @Test func anEmptyRequiredSectionIsNotToBeRemoved() {
        folder.write("pm.md", document + "## Impact\n\n## Mitigators\n\n")
        let run = CLIRun.inProcess(["pm.md"], in: folder.path)
        #expect(run.output.contains(#"Section "Impact" is empty; the profile requires it: write what is known, or state that nothing applies."#))
        #expect(run.output.contains(#"Section "Mitigators" is empty; write what is known, state that nothing applies, or remove it."#))
    }
}
