import Foundation
import LintEngine
import Testing

/// On every fixture, what the server publishes equals what `pmlint --format json` reports,
/// range for range.
@Suite("Language server agrees with the command line")
struct FixtureTests {
    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let fixtures: [URL] = {
        let folder = root.appendingPathComponent("Fixtures")
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        return files.filter { $0.pathExtension == "md" }.sorted { $0.path < $1.path }
    }()

    @Test("diagnostics equal the CLI's JSON report on each fixture")
    func fixturesMatchCLI() throws {
        try #require(!Self.fixtures.isEmpty, "no fixtures under \(Self.root.path)/Fixtures")
        let report = try Self.cliReport(Self.fixtures)
        let (server, _) = try ServerProcess.initialized()
        for fixture in Self.fixtures {
            // Editors hand over the text without its byte-order mark.
            var text = try String(contentsOf: fixture, encoding: .utf8)
            if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
            let uri = fixture.absoluteString
            server.open(uri, text)
            let published = server.publishedDiagnostics(for: uri)?["diagnostics"] as? [JSONObject] ?? []
            #expect(EngineExpectations.lines(of: published) == report[fixture.path], "\(fixture.lastPathComponent)")
        }
        #expect(server.shutDown() == 0)
    }

    /// `pmlint --format json` over the files, as the same one-line-per-diagnostic strings,
    /// without the cross-document rules' findings: an editor lints one document at a time.
    private static func cliReport(_ files: [URL]) throws -> [String: [String]] {
        let crossDocument = Set(RuleRegistry.archive.map { $0.description.id })
        let process = Process()
        process.executableURL = ServerProcess.executable.deletingLastPathComponent().appendingPathComponent("pmlint")
        process.arguments = ["--format", "json"] + files.map(\.path)
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? JSONObject)
        var report: [String: [String]] = [:]
        for file in json["files"] as? [JSONObject] ?? [] {
            let diagnostics = (file["diagnostics"] as? [JSONObject] ?? []).filter { !crossDocument.contains($0["rule"] as? String ?? "") }
            report[file["path"] as? String ?? ""] = diagnostics.map { diagnostic in
                let range = diagnostic["range"] as? JSONObject ?? [:]
                func position(_ key: String) -> String {
                    let position = range[key] as? JSONObject ?? [:]
                    return "\((position["line"] as? Int ?? 0) - 1):\((position["utf16Column"] as? Int ?? 0) - 1)"
                }
                return "\(diagnostic["rule"] as? String ?? "?") \(diagnostic["severity"] as? String ?? "?") \(position("start"))-\(position("end")) \(diagnostic["message"] as? String ?? "")"
            }
        }
        return report
    }
}
