import Testing

/// A run with `--baseline` says how many findings the baseline hid.
@Suite struct BaselineSummaryTests {
    let folder = TemporaryFolder()

    @Test func theSummaryCountsTheHiddenFindings() {
        folder.makeFolder(".git")
        folder.write("pm.md", "# Outage\n\n## Summary\n\nTBD\n")
        let recorded = CLIRun.inProcess(["pm.md", "--write-baseline", "baseline.json"], in: folder.path)
        let count = Int(recorded.output.split(separator: " ")[1])!
        #expect(count > 0)
        let run = CLIRun.inProcess(["pm.md", "--baseline", "baseline.json"], in: folder.path)
        #expect(run.status == 0)
        #expect(run.output == "No new problems in 1 file (\(count) known finding\(count == 1 ? "" : "s") hidden by the baseline).\n")
        let json = CLIRun.inProcess(["pm.md", "--baseline", "baseline.json", "--format", "json"], in: folder.path)
        #expect(json.output.contains(#""baselined": \#(count)"#))
    }
}
