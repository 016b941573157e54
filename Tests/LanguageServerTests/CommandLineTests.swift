import Foundation
import LintEngine
import Testing

/// `pmlint-lsp` answers `--version` and `--help` as every language server does.
@Suite struct LanguageServerExecutableTests {
    func run(_ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = ServerProcess.executable
        process.arguments = arguments
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = Pipe()
        try process.run()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    @Test func versionAndHelpExitZero() throws {
        let version = try run(["--version"])
        #expect(version.status == 0)
        #expect(version.output == "pmlint-lsp \(PMLintVersion.current)\n")
        let help = try run(["--help"])
        #expect(help.status == 0)
        #expect(help.output.hasPrefix("Usage: pmlint-lsp [--stdio] [--max-message-size BYTES]"))
        #expect(help.output.contains("--version"))
        #expect(try run(["-h"]).output == help.output)
        let unknown = try run(["--frobnicate"])
        #expect(unknown.status == 2)
        #expect(unknown.errors.contains("pmlint-lsp --help"))
    }
}
