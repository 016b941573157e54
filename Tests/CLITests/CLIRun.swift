import Foundation
import PMLintCLI

/// What one run of pmlint printed and returned.
struct CLIRun {
    var status: Int32
    var output: String
    var errors: String

    var errorLines: [String] { errors.split(separator: "\n").map(String.init) }

    /// Runs the command line in-process with `directory` as its working directory.
    static func inProcess(_ arguments: [String], in directory: String, input: String = "", environment: [String: String] = [:]) -> CLIRun {
        let run = CapturedRun(arguments, currentDirectory: directory, input: Array(input.utf8), environment: environment)
        return CLIRun(status: run.status, output: run.output, errors: run.errors)
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
