#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#else
import Darwin
#endif

/// Everything the command line touches of its process: streams, environment and working
/// directory. Tests pass their own to drive the CLI in-process without changing the
/// process's state.
public struct Console: Sendable {
    public var writeOutput: @Sendable (String) -> Void
    public var writeError: @Sendable (String) -> Void
    public var readInput: @Sendable () -> [UInt8]
    public var environment: [String: String]
    /// Whether standard output is a terminal (colour is used only then).
    public var outputIsTerminal: Bool
    /// Relative paths are taken from here; never used to find configuration.
    public var currentDirectory: String
    /// Whether the process ends as soon as the command returns, as the real process does
    /// (see `keepUntilExit`).
    public var endsWithCommand: Bool

    public init(writeOutput: @escaping @Sendable (String) -> Void, writeError: @escaping @Sendable (String) -> Void,
                readInput: @escaping @Sendable () -> [UInt8], environment: [String: String], outputIsTerminal: Bool,
                currentDirectory: String, endsWithCommand: Bool = false) {
        self.writeOutput = writeOutput
        self.writeError = writeError
        self.readInput = readInput
        self.environment = environment
        self.outputIsTerminal = outputIsTerminal
        self.currentDirectory = currentDirectory
        self.endsWithCommand = endsWithCommand
    }

    /// The real process: standard streams, `environ` and `getcwd`.
    public static var process: Console {
        var environment: [String: String] = [:]
        var entry = environ
        while let pointer = entry.pointee {
            let pair = String(cString: pointer)
            if let equals = pair.firstIndex(of: "=") {
                environment[String(pair[..<equals])] = String(pair[pair.index(after: equals)...])
            }
            entry += 1
        }
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let directory = getcwd(&buffer, buffer.count) != nil
            ? String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self) : "."
        return Console(writeOutput: { writeAll(fd: 1, $0) }, writeError: { writeAll(fd: 2, $0) }, readInput: { readAll(fd: 0) },
                       environment: environment, outputIsTerminal: isatty(1) == 1, currentDirectory: directory, endsWithCommand: true)
    }

    /// Writes one line (a newline is added) to standard output.
    public func print(_ line: String) { writeOutput(line + "\n") }

    /// Writes one line (a newline is added) to standard error.
    public func printError(_ line: String) { writeError(line + "\n") }

    /// Leaves `value` to the operating system when the process ends with the command, as
    /// compilers do with their largest structures: it takes a large run's memory back at
    /// once, where freeing thousands of reports one by one would take as long as linting
    /// many of the documents. Otherwise (tests driving the CLI in-process) `value` is freed
    /// as usual.
    func keepUntilExit<Value>(_ value: Value) {
        guard endsWithCommand else { return }
        _ = Unmanaged.passRetained(Kept(value))
    }
}

/// A value `Console.keepUntilExit` holds on to.
private final class Kept<Value> {
    let value: Value

    init(_ value: Value) {
        self.value = value
    }
}

private func writeAll(fd: Int32, _ text: String) {
    var text = text
    text.withUTF8 { bytes in
        var done = 0
        while done < bytes.count {
            let n = write(fd, bytes.baseAddress! + done, bytes.count - done)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return }
            done += n
        }
    }
}

private func readAll(fd: Int32) -> [UInt8] {
    var result: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if n < 0 && errno == EINTR { continue }
        if n <= 0 { return result }
        result += chunk[..<n]
    }
}
