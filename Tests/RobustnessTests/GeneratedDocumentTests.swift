import Foundation
import LintEngine
import MarkdownSyntax
import PMLintCLI
import Testing

/// Properties over seeded, generated postmortems (see `DocumentGenerator`): a failing seed
/// is named in the failure and reproduces anywhere.
@Suite("Generated documents")
struct GeneratedDocumentTests {
    static let seeds: [UInt64] = Array(1...150)

    @Test("every range lies inside the document and survives UTF-8 ↔ UTF-16; fixes touch only their ranges, converge, and stay fixed")
    func invariantsHold() {
        var findings = 0
        for seed in Self.seeds {
            var generator = DocumentGenerator(seed: seed)
            let bytes = generator.document()
            let problems = LintInvariants.violations(for: bytes)
            #expect(problems.isEmpty, "seed \(seed): \(problems)\n\(String(decoding: bytes, as: UTF8.self))")
            findings += Linter(configuration: LintInvariants.configurations[0]).lint(try! SourceText(utf8: bytes)).diagnostics.count
        }
        // The generator must give the rules something to say, or the property is empty.
        #expect(findings > Self.seeds.count * 5)
    }

    @Test("the invariant checks notice a fix that touches a byte outside its range")
    func checksCanFail() {
        let before = Array("abcdef".utf8)
        let edits = [TextEdit(range: 1..<2, newText: "X")]
        #expect(LintInvariants.outsideEditsProblem(edits, before: before, after: Array("aXcdef".utf8)) == nil)
        #expect(LintInvariants.outsideEditsProblem(edits, before: before, after: Array("aXcdeF".utf8)) != nil)
        #expect(LintInvariants.outsideEditsProblem(edits, before: before, after: Array("aXcdefg".utf8)) != nil)
        let crlf = SourceText("a\r\nb")
        #expect(LintInvariants.rangeProblems(0..<2, in: crlf).count == 1, "an offset between CR and LF has no editor position")
        #expect(LintInvariants.rangeProblems(0..<9, in: crlf).count == 1)
    }

    @Test("pmlint --fix --unsafe-fixes on generated files: a second run changes nothing and reports no fixable finding")
    func secondFixChangesNothing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pmlint-generated-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var originals: [String: [UInt8]] = [:]
        for seed in Self.seeds.prefix(30) {
            var generator = DocumentGenerator(seed: seed)
            let name = "doc-\(seed).md"
            originals[name] = generator.document()
            try Data(originals[name]!).write(to: folder.appendingPathComponent(name))
        }
        let first = CapturedRun(["--fix", "--unsafe-fixes", "--format", "json", "."], currentDirectory: folder.path)
        let afterFirst = try contents(of: folder)
        #expect(try summary(first)["fixed"] as? Int ?? 0 > 0, "no generated document had anything to fix")
        #expect(afterFirst != originals)
        let second = CapturedRun(["--fix", "--unsafe-fixes", "--format", "json", "."], currentDirectory: folder.path)
        #expect(try contents(of: folder) == afterFirst)
        #expect(try summary(second)["fixed"] as? Int == 0)
        #expect(try findings(second) == findings(first), "the second run reports what the first left")
    }

    private func summary(_ run: CapturedRun) throws -> [String: Any] {
        let report = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any]
        return report?["summary"] as? [String: Any] ?? [:]
    }

    /// (path, rule, start line) of every finding, sorted.
    private func findings(_ run: CapturedRun) throws -> [String] {
        let report = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any]
        let files = report?["files"] as? [[String: Any]] ?? []
        return files.flatMap { file in
            (file["diagnostics"] as? [[String: Any]] ?? []).map { "\(file["path"] ?? "") \($0["rule"] ?? "") \($0["message"] ?? "")" }
        }.sorted()
    }

    private func contents(of folder: URL) throws -> [String: [UInt8]] {
        var result: [String: [UInt8]] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            result[name] = Array(try Data(contentsOf: folder.appendingPathComponent(name)))
        }
        return result
    }
}
