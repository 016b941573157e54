import Foundation
import Testing
import LintEngine

/// The built `pmlint` with the real parser and rules, on documents a user would write.
@Suite struct EndToEndTests {
    let folder = TemporaryFolder()

    init() {
        folder.makeFolder(".git")
    }

    /// An internal postmortem missing its required sections.
    let broken = "# Checkout outage\n\n## Summary\n\nCheckout failed for 20 minutes on 2024-05-02 after a bad deploy. We rolled it back.\n"

    @Test func warningsExitZeroAndErrorsExitOne() throws {
        folder.write("pm.md", broken)
        let run = try CLIRun.executable(["pm.md"], in: folder.path)
        // A missing section is a warning: real teams write good reviews in shapes no template foresaw.
        #expect(run.status == 0)
        #expect(run.output.contains("warning: Missing required section \"Root Cause\""))
        folder.write("ownerless.md", broken + "\n## Action Items\n\n- [ ] Add a canary stage to the checkout deploy\n")
        let ownerless = try CLIRun.executable(["ownerless.md"], in: folder.path)
        #expect(ownerless.status == 1)
        #expect(ownerless.output.contains("error:") && ownerless.output.contains("[PM010 action-item-owner]"))
    }

    @Test func suppressionCommentsAndTheConfigurationSilenceARule() throws {
        folder.write("pm.md", broken)
        #expect(try CLIRun.executable(["pm.md"], in: folder.path).output.contains("[PM001 missing-section]"))
        folder.write("quiet.md", "<!-- pmlint-disable-file missing-section -->\n" + broken)
        let quiet = try CLIRun.executable(["quiet.md", "--format", "json"], in: folder.path)
        #expect(!quiet.output.contains(#""rule": "PM001""#))
        folder.write("config-off.md", broken)
        folder.write(".pmlint.json", #"{"rules": {"missing-section": "off"}}"#)
        let configured = try CLIRun.executable(["config-off.md", "--format", "json"], in: folder.path)
        #expect(!configured.output.contains(#""rule": "PM001""#))
    }

    @Test func unsafeFixesInsertMissingSectionsAndASecondRunChangesNothing() throws {
        folder.write("pm.md", broken)
        let first = try CLIRun.executable(["--fix", "--unsafe-fixes", "pm.md"], in: folder.path)
        #expect(first.output.contains("applied"))
        let fixed = folder.bytes("pm.md")
        #expect(fixed.starts(with: Array((broken.split(separator: "\n")[0] + "\n").utf8)))
        #expect(!(try CLIRun.executable(["pm.md"], in: folder.path)).output.contains("[PM001 missing-section]"))
        _ = try CLIRun.executable(["--fix", "--unsafe-fixes", "pm.md"], in: folder.path)
        #expect(folder.bytes("pm.md") == fixed)
    }

    @Test func theTemplatesHaveEverySectionButNeverPassUnfilled() throws {
        for template in PostmortemTemplate.all {
            let run = try CLIRun.executable(["-", "--stdin-filename", "new.md", "--format", "json", "--strict"], in: folder.path,
                                            input: Array(template.markdown.utf8))
            #expect(run.status == 1, "\(template.profile)")
            #expect(!run.output.contains(#""rule": "PM001""#), "\(template.profile) misses a section")
            #expect(run.output.contains(#""name": "placeholder-text""#), "\(template.profile)")
        }
    }
}
