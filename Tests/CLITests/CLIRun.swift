import Foundation
import PMLintCLI

/// What one run of pmlint printed and returned.
struct CLIRun {
    var status: Int32
    var output: String
    var errors: String

    var errorLines: [String] { errors.split(separator: "\n").map(String.init) }

    /// Runs the command line in-process with `directory` as its working directory.
    static func inProcess(_ arguments: [String], in directory: String, input: String = "", terminal: Bool = false,
                          environment: [String: String] = [:]) -> CLIRun {
        let output = Buffer()
        let errors = Buffer()
        let console = Console(writeOutput: { output.append($0) }, writeError: { errors.append($0) },
                              readInput: { Array(input.utf8) }, environment: environment, outputIsTerminal: terminal,
                              currentDirectory: directory)
        let status = PMLintCLI.main(arguments: arguments, console: console)
        return CLIRun(status: status, output: output.text, errors: errors.text)
    }

    /// Runs the built `pmlint` executable.
    static func executable(_ arguments: [String], in directory: String, input: [UInt8] = []) throws -> CLIRun {
        let process = Process()
        process.executableURL = executableURL
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input))
        try stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLIRun(status: process.terminationStatus, output: String(decoding: out, as: UTF8.self),
                      errors: String(decoding: err, as: UTF8.self))
    }

    /// `pmlint` sits next to the test bundle in the build folder.
    static var executableURL: URL {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("pmlint").path) && folder.path != "/" {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("pmlint")
    }
}

/// Collects what a console writes; the CLI writes from one thread at a time.
final class Buffer: @unchecked Sendable {
    private let lock = NSLock()
    private var parts: [String] = []

    func append(_ text: String) { lock.withLock { parts.append(text) } }
    var text: String { lock.withLock { parts.joined() } }
}
