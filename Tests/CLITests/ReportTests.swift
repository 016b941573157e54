import Foundation
import Testing
import LintEngine
@testable import PMLintCLI

/// The text and JSON reports and the exit code a run ends with.
@Suite struct ReportTests {
    let folder = TemporaryFolder()

    func report(_ files: [String: String]) -> LintReport {
        folder.makeFolder(".git")
        var inputs: [LintInput] = []
        for (name, text) in files {
            let path = folder.write(name, text)
            inputs.append(LintInput(displayPath: name, absolutePath: path, configurationPath: path))
        }
        let runner = LintRunner(resolver: ConfigurationResolver(), applyFixes: false, rules: testRules)
        return LintReport(files: runner.run(inputs, standardInput: { [] }))
    }

    @Test func textIsOneSortedLinePerFindingThenASummary() {
        let result = report(["b.md": "FIXME\n", "a.md": "x  \n🔥 FIXME\n"])
        let text = TextRenderer.render(result, style: .init(color: false, quiet: false))
        #expect(text == """
            a.md:1:2: warning: trailing spaces [PMT01 test-trailing-space]
            a.md:2:6: error: FIXME left in the document [PMT02 test-fixme]
            b.md:1:1: error: FIXME left in the document [PMT02 test-fixme]
            2 errors, 1 warning in 2 files.
            """)
        let quiet = TextRenderer.render(result, style: .init(color: false, quiet: true))
        #expect(!quiet.contains("warning"))
        #expect(!quiet.contains("in 2 files"))
        let coloured = TextRenderer.render(result, style: .init(color: true, quiet: false))
        #expect(coloured.contains("\u{1B}[31merror:\u{1B}[0m"))
    }

    @Test func colourOnlyOnATerminalWithoutNoColor() {
        #expect(LintCommand.usesColor(terminal: true, noColorFlag: false, environment: [:]))
        #expect(!LintCommand.usesColor(terminal: false, noColorFlag: false, environment: [:]))
        #expect(!LintCommand.usesColor(terminal: true, noColorFlag: true, environment: [:]))
        #expect(!LintCommand.usesColor(terminal: true, noColorFlag: false, environment: ["NO_COLOR": "1"]))
        #expect(LintCommand.usesColor(terminal: true, noColorFlag: false, environment: ["NO_COLOR": ""]))
    }

    @Test func jsonIsVersionedWithPositionsInBothEncodingsAndFixes() throws {
        let result = report(["a.md": "é🔥  \n"])
        let json = try JSONSerialization.jsonObject(with: Data(JSONRenderer.render(result).utf8)) as! [String: Any]
        #expect(json["version"] as? Int == 1)
        let file = (json["files"] as! [[String: Any]])[0]
        #expect(file["path"] as? String == "a.md")
        let diagnostic = (file["diagnostics"] as! [[String: Any]])[0]
        #expect(diagnostic["rule"] as? String == "PMT01")
        #expect(diagnostic["name"] as? String == "test-trailing-space")
        #expect(diagnostic["severity"] as? String == "warning")
        let start = (diagnostic["range"] as! [String: Any])["start"] as! [String: Int]
        #expect(start == ["line": 1, "column": 7, "utf16Column": 4, "offset": 6])
        let fix = (diagnostic["fixes"] as! [[String: Any]])[0]
        #expect(fix["safe"] as? Bool == true)
        #expect(((fix["edits"] as! [[String: Any]])[0]["newText"]) as? String == "")
        let summary = json["summary"] as! [String: Any]
        #expect(summary["warnings"] as? Int == 1)
        #expect(summary["files"] as? Int == 1)
    }

    @Test func exitCodesFollowSeverityStrictAndMaxWarnings() {
        let warningsOnly = report(["a.md": "x  \ny  \n"])
        #expect(LintCommand.outcome(warningsOnly, strict: false, maximumWarnings: nil).0 == .clean)
        #expect(LintCommand.outcome(warningsOnly, strict: true, maximumWarnings: nil).0 == .findings)
        #expect(LintCommand.outcome(warningsOnly, strict: false, maximumWarnings: 2).0 == .clean)
        #expect(LintCommand.outcome(warningsOnly, strict: false, maximumWarnings: 1).0 == .findings)
        let withError = report(["b.md": "FIXME\n"])
        #expect(LintCommand.outcome(withError, strict: false, maximumWarnings: nil).0 == .findings)
        let failed = LintReport(files: withError.files, failures: ["c.md: no such file or directory"])
        #expect(LintCommand.outcome(failed, strict: false, maximumWarnings: nil).0 == .failure)
    }

    @Test func manyFilesComeOutInPathOrderWhateverTheCoresDo() {
        var files: [String: String] = [:]
        for index in 0..<40 { files["doc\(index).md"] = String(repeating: "FIXME\n", count: index % 3) }
        let result = report(files)
        #expect(result.files.map(\.path) == files.keys.sorted())
        #expect(result.count(.error) == (0..<40).reduce(0) { $0 + $1 % 3 })
    }

    @Test func theJSONReportIsAvailableAsALibraryCall() throws {
        folder.makeFolder(".git")
        folder.write("docs/b.md", "# B\n")
        folder.write("docs/a.md", "# A\n")
        let run = CapturedRun.jsonReport(for: ["docs"], currentDirectory: folder.path)
        let json = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as! [String: Any]
        #expect(json["version"] as? Int == 1)
        #expect((json["files"] as! [[String: Any]]).map { $0["path"] as! String } == ["docs/a.md", "docs/b.md"])
        #expect(run.errors.isEmpty)
    }
}
