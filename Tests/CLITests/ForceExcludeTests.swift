import Foundation
import Testing

/// `--force-exclude` applies `.pmlintignore` to files named on the command line, as the
/// pre-commit hook and CI recipes name them.
@Suite struct ForceExcludeTests {
    let folder = TemporaryFolder()

    init() {
        folder.makeFolder(".git")
        folder.write(".pmlintignore", "drafts/\narchive-*.md\n")
        folder.write("docs/drafts/a.md", "# A\n")
        folder.write("docs/archive-2019.md", "# Old\n")
        folder.write("docs/new.md", "# New\n")
    }

    func linted(_ arguments: [String]) -> [String] {
        let run = CLIRun.inProcess(arguments + ["--format", "json"], in: folder.path)
        return run.output.split(separator: "\n").filter { $0.hasPrefix(#"      "path": "#) }.map { String($0.split(separator: "\"")[3]) }
    }

    @Test func namedFilesAreLintedUnlessForceExcludeIsGiven() {
        let named = ["docs/drafts/a.md", "docs/archive-2019.md", "docs/new.md"]
        #expect(linted(named) == ["docs/archive-2019.md", "docs/drafts/a.md", "docs/new.md"])
        #expect(linted(named + ["--force-exclude"]) == ["docs/new.md"])
    }

    @Test func onlyExcludedFilesIsACleanRun() {
        let run = CLIRun.inProcess(["--force-exclude", "docs/drafts/a.md"], in: folder.path)
        #expect(run.status == 0)
        #expect(run.output == "Nothing to lint: every file named is excluded by .pmlintignore (--force-exclude).\n")
    }

    @Test func thePreCommitHooksPassIt() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let hooks = try String(contentsOf: root.appendingPathComponent(".pre-commit-hooks.yaml"), encoding: .utf8)
        let entries = hooks.split(separator: "\n").filter { $0.hasPrefix("  entry:") }
        #expect(entries.count == 2)
        #expect(entries.allSatisfy { $0 == "  entry: pmlint --force-exclude" })
    }
}
