import Foundation
import Testing

/// Runs the pytest-lsp suite in `Tests/Conformance`: an independent client (pygls with
/// lsprotocol) that decodes every message the server sends into the LSP types.
@Suite("Language server conformance with pytest-lsp")
struct ConformanceTests {
    private static let conformanceFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Conformance")

    /// Whether python3 with pytest-lsp is at hand (`.ci/run` installs it).
    static let isAvailable: Bool = (try? python(["-c", "import pytest_lsp"]).status) == 0

    @Test("every message decodes as its LSP 3.17 type and fits real clients' capabilities",
          .enabled(if: isAvailable, "skipped: python3 with pytest-lsp is not installed (pip install pytest-lsp==1.0.1)"))
    func pytestLSP() throws {
        let run = try Self.python(["-m", "pytest", "-q", "-p", "no:cacheprovider",
                                   "-W", "error::pytest_lsp.checks.LspSpecificationWarning", Self.conformanceFolder.path])
        #expect(run.status == 0, "pytest-lsp failed:\n\(run.output)")
    }

    /// Runs python3 with the built server named in `PMLINT_LSP`; output goes through a file so
    /// a long report never blocks on a full pipe.
    private static func python(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("pmlint-conformance-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: log) }
        let handle = try FileHandle(forWritingTo: log)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["PMLINT_LSP"] = ServerProcess.executable.path
        environment["PYTHONDONTWRITEBYTECODE"] = "1"
        process.environment = environment
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return (process.terminationStatus, (try? String(contentsOf: log, encoding: .utf8)) ?? "")
    }
}
