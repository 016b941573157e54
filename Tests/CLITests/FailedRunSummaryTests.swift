import Testing

/// A run that fails says so in its summary and never "No problems".
@Suite struct FailedRunSummaryTests {
    let folder = TemporaryFolder()

    init() {
        folder.makeFolder(".git")
        folder.write("docs/good.md", "# Fine\n")
    }

    func expectFailed(_ arguments: [String], _ failure: String) {
        let run = CLIRun.inProcess(arguments, in: folder.path)
        #expect(run.status == 2)
        #expect(!run.output.contains("No problems"), "\(arguments)")
        #expect(run.output.split(separator: "\n").last?.hasPrefix("Failed:") == true, "\(arguments): \(run.output)")
        #expect(run.errors.contains(failure), "\(arguments): \(run.errors)")
    }

    @Test func aMissingFileFailsTheSummary() {
        expectFailed(["missing.md"], "missing.md: no such file or directory")
        let run = CLIRun.inProcess(["missing.md", "docs/good.md"], in: folder.path)
        #expect(run.output.split(separator: "\n").last?.hasPrefix("Failed: 1 path could not be linted; 1 file linted with ") == true)
    }

    @Test func binaryAndUndecodableFilesFailTheSummary() {
        folder.write("docs/binary.md", bytes: [0x23, 0x00, 0x0A])
        expectFailed(["docs/binary.md"], "binary file")
        folder.write("docs/latin1.md", bytes: [0x23, 0x20, 0xE9, 0x0A])
        expectFailed(["docs/latin1.md"], "invalid UTF-8")
    }

    @Test func anUnknownProfileFailsTheSummary() {
        expectFailed(["docs/good.md", "--profile", "customer"], "customer")
    }
}
