import Testing
import LintEngine
@testable import PMLintCLI

/// `--write-baseline` then `--baseline`: recorded findings stay quiet through edits above and
/// below them, and come back when their own text changes or when more of them appear.
@Suite struct BaselineTests {
    let folder = TemporaryFolder()

    func lint(_ name: String) -> [FileReport] {
        folder.makeFolder(".git")
        let path = folder.file(name)
        let runner = LintRunner(resolver: ConfigurationResolver(), applyFixes: false, rules: testRules)
        return runner.run([LintInput(displayPath: name, absolutePath: path, configurationPath: path)], standardInput: { [] })
    }

    /// Records the document's findings, applies `edit`, and returns what the baseline lets through.
    func remaining(after edit: String, original: String) throws -> [String] {
        folder.write("docs/pm.md", original)
        _ = try BaselineFile(folder.file("baseline.json"), currentDirectory: folder.path).write(lint("docs/pm.md"))
        folder.write("docs/pm.md", edit)
        let baseline = try BaselineFile("baseline.json", currentDirectory: folder.path).read()
        return baseline.filter(lint("docs/pm.md")).flatMap(\.diagnostics).map(\.message)
    }

    let original = "# Outage\nTODO write the summary\n\nFIXME\n"

    @Test func editsAboveAndBelowKeepFindingsQuiet() throws {
        #expect(try remaining(after: "# Outage\n\nA new paragraph.\n\nTODO write the summary\n\nFIXME\nMore text.\n", original: original) == [])
    }

    @Test func editingTheFindingsOwnTextBringsItBack() throws {
        #expect(try remaining(after: "# Outage\nTODO write the impact\n\nFIXME\n", original: original) == ["unfinished: TODO write the impact"])
    }

    @Test func oneMoreIdenticalFindingIsReportedOnce() throws {
        #expect(try remaining(after: original + "FIXME\n", original: original) == ["FIXME left in the document"])
    }

    @Test func theBaselineFileIsStableAndRelativeToItsFolder() throws {
        folder.write("docs/pm.md", original)
        let file = BaselineFile("baseline.json", currentDirectory: folder.path)
        _ = try file.write(lint("docs/pm.md"))
        let first = folder.bytes("baseline.json")
        _ = try file.write(lint("docs/pm.md"))
        #expect(folder.bytes("baseline.json") == first)
        let text = String(decoding: first, as: UTF8.self)
        #expect(text.contains(#""path": "docs/pm.md""#))
        #expect(text.hasPrefix("{\n  \"version\": 1,"))
    }

    @Test func aBrokenBaselineIsOneLine() {
        folder.write("baseline.json", "[]")
        folder.write("a.md", "# A\n")
        #expect(throws: CommandError.self) { try BaselineFile("baseline.json", currentDirectory: folder.path).read() }
        let run = CLIRun.inProcess(["--baseline", "missing.json", "."], in: folder.path)
        #expect(run.status == 2)
        #expect(run.errorLines == ["missing.json: no such file or directory"])
    }
}
