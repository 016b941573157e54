import Testing

/// A run that finds nothing to lint fails, so a wrong path in CI cannot pass forever,
/// unless `--allow-empty` says an empty run is expected.
@Suite struct EmptyRunTests {
    let folder = TemporaryFolder()

    init() {
        folder.makeFolder(".git")
    }

    @Test func aFolderWithoutMarkdownFailsWithOneLine() {
        folder.write("docs/notes.txt", "not Markdown\n")
        let run = CLIRun.inProcess(["docs"], in: folder.path)
        #expect(run.status == 2)
        #expect(run.errorLines == ["pmlint: no Markdown file to lint in docs (none found, or all ignored); pass --allow-empty if that is expected"])
        #expect(!run.output.contains("No problems"))
    }

    @Test func aFolderWhoseMarkdownIsAllIgnoredFails() {
        folder.write(".pmlintignore", "*.md\n")
        folder.write("docs/a.md", "# A\n")
        let run = CLIRun.inProcess(["docs", "--format", "json"], in: folder.path)
        #expect(run.status == 2)
        #expect(run.errors.contains("no Markdown file to lint in docs"))
    }

    @Test func allowEmptyPassesAndSaysNothingWasLinted() {
        folder.makeFolder("docs")
        let run = CLIRun.inProcess(["docs", "--allow-empty"], in: folder.path)
        #expect(run.status == 0)
        #expect(run.errors.isEmpty)
        #expect(run.output == "No Markdown file to lint in docs.\n")
    }

    @Test(arguments: ["metrics", "actions", "report"])
    func figuresOverNoDocumentFailLikeALint(command: String) {
        folder.write("docs/notes.txt", "not Markdown\n")
        let run = CLIRun.inProcess([command, "docs"], in: folder.path)
        #expect(run.status == 2)
        #expect(run.errorLines == ["pmlint: no Markdown file to read in docs (none found, or all ignored); pass --allow-empty if that is expected"])
        #expect(run.output.isEmpty)
        let allowed = CLIRun.inProcess([command, "docs", "--allow-empty"], in: folder.path)
        #expect(allowed.status == 0)
    }
}
