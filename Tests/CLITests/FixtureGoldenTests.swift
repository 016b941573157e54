import Foundation
import Testing

/// Every fixture gives exactly its golden findings, through the real command line.
///
/// - `Fixtures/clean/**.md` must give no findings at all.
/// - `Fixtures/broken/NAME.md` must print exactly `Fixtures/broken/NAME.golden.json`.
/// - `Fixtures/fix/NAME.md` after `--fix --unsafe-fixes` (every fix pmlint has) must equal
///   `Fixtures/fix/NAME.fixed.md` byte for byte, and a second run must change nothing.
///
/// After a deliberate change, `PMLINT_UPDATE_GOLDENS=1 swift test --filter FixtureGoldenTests`
/// rewrites the goldens; review the diff before committing it.
@Suite struct FixtureGoldenTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    static let updating = ProcessInfo.processInfo.environment["PMLINT_UPDATE_GOLDENS"] == "1"

    static func fixtures(in folder: String) -> [String] {
        let base = root + "/Fixtures/" + folder
        let names = FileManager.default.enumerator(atPath: base)?.compactMap { $0 as? String } ?? []
        return names.filter { $0.hasSuffix(".md") && !$0.hasSuffix(".fixed.md") }.sorted().map { "Fixtures/\(folder)/\($0)" }
    }

    @Test func thereAreEnoughFixtures() {
        let all = Self.fixtures(in: "clean") + Self.fixtures(in: "broken") + Self.fixtures(in: "fix")
        #expect(all.count >= 25, "Fixtures/ should hold at least 25 postmortems, has \(all.count)")
    }

    @Test(arguments: fixtures(in: "clean"))
    func cleanFixtureHasNoFindings(path: String) {
        let run = CLIRun.inProcess(["--format", "text", "--no-color", path], in: Self.root)
        #expect(run.status == 0 && run.output.hasPrefix("No problems"), "\(path):\n\(run.output)\(run.errors)")
    }

    @Test(arguments: fixtures(in: "broken"))
    func brokenFixtureMatchesItsGolden(path: String) throws {
        let run = CLIRun.inProcess(["--format", "json", path], in: Self.root)
        #expect(run.errors.isEmpty, "\(run.errors)")
        let golden = Self.root + "/" + path.dropLast(3) + ".golden.json"
        if Self.updating {
            try run.output.write(toFile: golden, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOfFile: golden, encoding: .utf8)
        #expect(run.output == expected, "\(path) differs from its golden")
        #expect(run.status == (run.output.contains("\"severity\": \"error\"") || run.output.contains("\"severity\":\"error\"") ? 1 : 0))
    }

    @Test(arguments: fixtures(in: "fix"))
    func fixFixtureMatchesItsFixedGolden(path: String) throws {
        let folder = TemporaryFolder()
        let copy = folder.write("doc.md", bytes: Array(try Data(contentsOf: URL(fileURLWithPath: Self.root + "/" + path))))
        _ = CLIRun.inProcess(["--fix", "--unsafe-fixes", copy], in: folder.path)
        let fixed = folder.bytes("doc.md")
        let golden = Self.root + "/" + path.dropLast(3) + ".fixed.md"
        if Self.updating {
            try Data(fixed).write(to: URL(fileURLWithPath: golden))
        }
        #expect(fixed == Array(try Data(contentsOf: URL(fileURLWithPath: golden))), "\(path) after --fix --unsafe-fixes differs from its golden")
        _ = CLIRun.inProcess(["--fix", "--unsafe-fixes", copy], in: folder.path)
        #expect(folder.bytes("doc.md") == fixed, "a second --fix changed \(path) again")
    }
}
