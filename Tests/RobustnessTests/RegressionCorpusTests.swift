import Foundation
import Testing

/// Every input the fuzzers ever broke pmlint with (kept in Fixtures/fuzz-regressions once
/// fixed), the fuzzers' seeds, and every fixture, replayed through the fuzzers' own checks.
@Suite("Fuzz regression corpus")
struct RegressionCorpusTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The files under `folders` (relative to the repository), sorted, recursively.
    static func files(under folders: String...) -> [URL] {
        folders.flatMap { folder -> [URL] in
            let base = root.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else { return [] }
            return walker.compactMap { $0 as? URL }.filter { !$0.hasDirectoryPath }
        }.sorted { $0.path < $1.path }
    }

    static func bytes(_ file: URL) -> [UInt8] {
        Array((try? Data(contentsOf: file)) ?? Data())
    }

    @Test("lint inputs: ranges inside the document, fixes touch only their ranges and converge")
    func lintCorpus() {
        let inputs = Self.files(under: "Fixtures/fuzz-regressions/lint", "Fixtures/clean", "Fixtures/broken", "Fixtures/fix")
        #expect(inputs.count > 40)
        for file in inputs {
            let problems = LintInvariants.violations(for: Self.bytes(file))
            #expect(problems.isEmpty, "\(file.lastPathComponent): \(problems)")
        }
    }

    @Test("server inputs: the server ends cleanly and writes only well-formed JSON-RPC frames")
    func serverCorpus() {
        let inputs = Self.files(under: "Fixtures/fuzz-regressions/lsp", "Fuzz/lsp-seeds")
        #expect(inputs.count >= 4)
        for file in inputs {
            let problems = ServerHarness.violations(for: Self.bytes(file))
            #expect(problems.isEmpty, "\(file.lastPathComponent): \(problems)")
        }
    }

    @Test("the harness does see a server's answers")
    func harnessSeesAnswers() {
        let session = Self.bytes(Self.root.appendingPathComponent("Fuzz/lsp-seeds/full-session"))
        let (exitCode, output, log) = ServerHarness.serve(session)
        #expect(exitCode == 0, "server log:\n\(log)")
        let text = String(decoding: output, as: UTF8.self)
        #expect(text.contains("\"id\":9"))
        #expect(text.contains("-32800"))
    }

    /// An in-process server logs to the descriptor it is given, not to the test's standard
    /// error, so `swift test` output stays free of its log unless a test fails and shows it.
    @Test("the server's log goes where it is told, not to the test's output")
    func logStaysWithTheSession() {
        let (_, _, log) = ServerHarness.serve(Array("Content-Length: -3\r\n\r\n".utf8))
        #expect(log.contains("pmlint-lsp: a negative Content-Length (-3); skipped"), "\(log)")
    }
}
