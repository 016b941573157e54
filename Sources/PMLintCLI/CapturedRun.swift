import Dispatch

/// One in-process run of the command line with its output kept, for golden tests and for
/// programs that embed pmlint.
public struct CapturedRun: Sendable {
    public var status: Int32
    public var output: String
    public var errors: String

    /// Runs `pmlint ARGUMENTS` as if in `currentDirectory`, with `input` as standard input.
    public init(_ arguments: [String], currentDirectory: String, input: [UInt8] = [], environment: [String: String] = [:]) {
        let output = TextBuffer()
        let errors = TextBuffer()
        let console = Console(writeOutput: output.append, writeError: errors.append, readInput: { input },
                              environment: environment, outputIsTerminal: false, currentDirectory: currentDirectory)
        status = PMLintCLI.main(arguments: arguments, console: console)
        self.output = output.text
        self.errors = errors.text
    }

    /// The `--format json` report (schema in the README) for `paths`.
    public static func jsonReport(for paths: [String], options: [String] = [], currentDirectory: String) -> CapturedRun {
        CapturedRun(["lint", "--format", "json"] + options + ["--"] + paths, currentDirectory: currentDirectory)
    }
}

/// Text written from any thread, kept in order.
private final class TextBuffer: @unchecked Sendable {
    private let queue = DispatchQueue(label: "pmlint.captured-output")
    private var parts: [String] = []

    func append(_ text: String) { queue.sync { parts.append(text) } }
    var text: String { queue.sync { parts.joined() } }
}
