import Testing

/// `--strict` and `--max-warnings` say which limit failed the run.
@Suite struct WarningLimitTests {
    let folder = TemporaryFolder()

    init() {
        folder.makeFolder(".git")
        // Two warnings (empty sections), no error, whatever else the profile wants switched off.
        folder.write(".pmlint.json", #"{"rules": {"missing-section": "off", "missing-metadata": "off", "no-action-items": "off", "timeline-missing": "off"}}"#)
        folder.write("pm.md", "# Outage\n\n## Detection\n\n## Resolution\n")
    }

    @Test func strictSaysItFailedTheRun() {
        let base = CLIRun.inProcess(["pm.md", "--format", "json"], in: folder.path)
        #expect(base.status == 0)
        #expect(base.output.contains(#""warnings": 2"#))
        let run = CLIRun.inProcess(["pm.md", "--strict"], in: folder.path)
        #expect(run.status == 1)
        #expect(run.errorLines == ["pmlint: failed because of --strict: 2 warnings, and --strict allows none"])
    }

    @Test func maxWarningsSaysItFailedTheRun() {
        let run = CLIRun.inProcess(["pm.md", "--max-warnings", "1"], in: folder.path)
        #expect(run.status == 1)
        #expect(run.errorLines == ["pmlint: failed because of --max-warnings 1: 2 warnings, more than the 1 allowed"])
        let within = CLIRun.inProcess(["pm.md", "--max-warnings", "2"], in: folder.path)
        #expect(within.status == 0)
        #expect(within.errors.isEmpty)
    }
}
