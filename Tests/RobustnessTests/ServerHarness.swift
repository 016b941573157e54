#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import JSONRPC
import LanguageServer

/// Runs the language server in-process on a byte stream given as its whole input, with its
/// real frame reader, input thread and dispatcher, and checks what it wrote back. Shared by
/// the libFuzzer target (`Fuzz/ServerFuzzer.swift`) and `swift test`, so kept free of any
/// test framework.
enum ServerHarness {
    /// Small, so that short fuzz inputs reach the "over the limit" path too.
    static let maxMessageSize = 4096

    /// Every broken invariant for a session whose input is `bytes`; empty when all hold: the
    /// server stops at the end of input with 0 or 1, and everything it wrote is well-formed
    /// frames of JSON-RPC 2.0 objects. (A crash or hang is caught by the caller.) The server's
    /// log comes with the violations, and is dropped when there are none.
    static func violations(for bytes: [UInt8]) -> [String] {
        let (exitCode, output, log) = serve(bytes)
        let problems = (exitCode == 0 || exitCode == 1 ? [] : ["exit code \(exitCode)"]) + messages(in: output).problems
        return problems.isEmpty || log.isEmpty ? problems : problems + ["server log:\n" + log]
    }

    /// The JSON-RPC objects in what the server wrote, and whatever in it was not one.
    static func messages(in output: [UInt8]) -> (messages: [[String: Any]], problems: [String]) {
        var reader = FrameReader(source: MemorySource(bytes: output))
        var messages: [[String: Any]] = []
        var problems: [String] = []
        while true {
            switch reader.next() {
            case .end(let cutOff):
                return (messages, problems + (cutOff.map { ["output: \($0)"] } ?? []))
            case .malformed(let problem):
                problems.append("output frame: \(problem)")
            case .message(let body):
                guard let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any], object["jsonrpc"] as? String == "2.0" else {
                    problems.append("output body is not a JSON-RPC 2.0 object: \(String(decoding: body.prefix(200), as: UTF8.self))")
                    continue
                }
                messages.append(object)
            }
        }
    }

    /// One framed message, as a client writes it.
    static func frame(_ message: [String: Any]) -> [UInt8] {
        var message = message
        message["jsonrpc"] = "2.0"
        let body = Array(try! JSONSerialization.data(withJSONObject: message))
        return Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }

    /// Runs one server over `bytes`; returns its exit code, everything it wrote, and its log,
    /// kept out of the test's own output so that only a failing test shows it.
    static func serve(_ bytes: [UInt8], maxMessageSize: Int = maxMessageSize) -> (exitCode: Int32, output: [UInt8], log: String) {
        let input = temporaryFile(holding: bytes)
        let output = temporaryFile(holding: [])
        let log = temporaryFile(holding: [])
        let exitCode = LanguageServer(input: input, output: output, options: .init(maxMessageSize: maxMessageSize, logDescriptor: log)).run()
        let written = contents(of: output)
        let logged = String(decoding: contents(of: log), as: UTF8.self)
        close(output)
        retire(input)
        // The input thread may still log while it reads to the end of input.
        retire(log)
        return (exitCode, written, logged)
    }

    /// An unlinked temporary file: reading it ends at its end, as a closed pipe does, and
    /// writing to it never blocks.
    private static func temporaryFile(holding bytes: [UInt8]) -> Int32 {
        var template = Array("/tmp/pmlint-harness-XXXXXX".utf8CString)
        let descriptor = mkstemp(&template)
        precondition(descriptor >= 0, "cannot create a temporary file")
        unlink(&template)
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress!, $0.count) }
            precondition(count > 0, "cannot write a temporary file")
            written += count
        }
        lseek(descriptor, 0, SEEK_SET)
        return descriptor
    }

    private static func contents(of descriptor: Int32) -> [UInt8] {
        lseek(descriptor, 0, SEEK_SET)
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
            guard count > 0 else { return result }
            result += chunk[..<count]
        }
    }

    /// Input descriptors closed only some sessions later. After `exit` the server returns while
    /// its input thread still reads to the end of the file; closing the descriptor at once could
    /// hand its number to the next session's file, whose bytes that thread would then steal.
    nonisolated(unsafe) private static var retired: [Int32] = []

    private static func retire(_ descriptor: Int32) {
        retired.append(descriptor)
        if retired.count > 32 { close(retired.removeFirst()) }
    }
}

/// Bytes in memory as a frame source, to read back what the server wrote.
struct MemorySource: ByteSource {
    var bytes: [UInt8]
    private var position = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func read(into buffer: inout [UInt8], maxCount: Int) -> Int {
        let count = min(maxCount, bytes.count - position)
        buffer += bytes[position..<position + count]
        position += count
        return count
    }
}
