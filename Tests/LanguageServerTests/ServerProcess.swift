import Foundation
import Testing

/// A JSON object as the tests read it.
typealias JSONObject = [String: Any]

/// The real `pmlint-lsp` executable, driven through its standard input and output with raw
/// framed messages, as an editor would.
final class ServerProcess: @unchecked Sendable {
    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let errors = Pipe()
    private let condition = NSCondition()
    private var received: [UInt8] = []
    private var outputEnded = false
    private var errorText: [UInt8] = []
    private var errorEnded = false
    private var nextID = 1000
    /// Every message read so far that the test has not taken yet, in order.
    private var pending: [JSONObject] = []

    /// The built executable, next to the test bundle (`.build/debug`).
    static var executable: URL {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("pmlint-lsp")
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/pmlint-lsp")
    }

    init(arguments: [String] = []) throws {
        process.executableURL = Self.executable
        process.arguments = arguments
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let handle = output.fileHandleForReading
        Thread { [self] in
            while true {
                let data = handle.availableData
                condition.lock()
                if data.isEmpty { outputEnded = true } else { received += data }
                condition.broadcast()
                condition.unlock()
                if data.isEmpty { return }
            }
        }.start()
        // Drained all along, so a talkative server never blocks on a full pipe.
        let errorHandle = errors.fileHandleForReading
        Thread { [self] in
            while true {
                let data = errorHandle.availableData
                condition.lock()
                errorText += data
                if data.isEmpty { errorEnded = true }
                condition.broadcast()
                condition.unlock()
                if data.isEmpty { return }
            }
        }.start()
    }

    deinit {
        if process.isRunning { process.terminate() }
    }

    // MARK: Sending

    func send(raw bytes: [UInt8]) {
        input.fileHandleForWriting.write(Data(bytes))
    }

    static func frame(_ body: [UInt8]) -> [UInt8] {
        Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }

    static func body(_ message: JSONObject) -> [UInt8] {
        var message = message
        message["jsonrpc"] = "2.0"
        return Array(try! JSONSerialization.data(withJSONObject: message))
    }

    func send(_ message: JSONObject) {
        send(raw: Self.frame(Self.body(message)))
    }

    func notify(_ method: String, _ params: JSONObject = [:]) {
        send(["method": method, "params": params])
    }

    /// Sends a request and returns its id without waiting.
    @discardableResult
    func sendRequest(_ method: String, _ params: Any? = nil, id: Int? = nil) -> Int {
        let id = id ?? nextRequestID()
        var message: JSONObject = ["id": id, "method": method]
        if let params { message["params"] = params }
        send(message)
        return id
    }

    /// Sends a request and waits for its response.
    func request(_ method: String, _ params: Any? = nil, timeout: TimeInterval = 10) -> JSONObject {
        let id = sendRequest(method, params)
        guard let response = waitFor(timeout: timeout, { $0["id"] as? Int == id && $0["method"] == nil }) else {
            Issue.record("no response to \(method) (id \(id)); stderr: \(stderrText())")
            return [:]
        }
        return response
    }

    func nextRequestID() -> Int {
        nextID += 1
        return nextID
    }

    func closeInput() {
        try? input.fileHandleForWriting.close()
    }

    // MARK: Receiving

    /// The first message (taken in order, skipping others which stay pending) matching `predicate`.
    func waitFor(timeout: TimeInterval = 10, _ predicate: (JSONObject) -> Bool) -> JSONObject? {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let index = pending.firstIndex(where: predicate) { return pending.remove(at: index) }
            guard let message = readMessage(until: deadline) else { return nil }
            pending.append(message)
        }
    }

    /// The diagnostics published for `uri` (the first such notification not yet taken).
    func publishedDiagnostics(for uri: String) -> JSONObject? {
        waitFor { $0["method"] as? String == "textDocument/publishDiagnostics" && ($0["params"] as? JSONObject)?["uri"] as? String == uri }?["params"] as? JSONObject
    }

    /// Every message the server sent until its output ended.
    func readAll(timeout: TimeInterval = 10) -> [JSONObject] {
        let deadline = Date().addingTimeInterval(timeout)
        var messages = pending
        pending = []
        while let message = readMessage(until: deadline) { messages.append(message) }
        return messages
    }

    private func readMessage(until deadline: Date) -> JSONObject? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let (body, consumed) = Self.parseFrame(received) {
                received.removeFirst(consumed)
                guard let object = try? JSONSerialization.jsonObject(with: Data(body)) as? JSONObject else {
                    Issue.record("the server sent a body that is not a JSON object: \(String(decoding: body, as: UTF8.self))")
                    return nil
                }
                return object
            }
            if outputEnded { return nil }
            if !condition.wait(until: deadline) { return nil }
        }
    }

    private static func parseFrame(_ bytes: [UInt8]) -> ([UInt8], Int)? {
        let separator: [UInt8] = [13, 10, 13, 10]
        guard bytes.count >= 4, let end = (0...(bytes.count - 4)).first(where: { Array(bytes[$0..<$0 + 4]) == separator }) else { return nil }
        let header = String(decoding: bytes[..<end], as: UTF8.self)
        guard let line = header.split(separator: "\r\n").first(where: { $0.lowercased().hasPrefix("content-length:") }),
              let length = Int(line.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) else {
            Issue.record("a frame without Content-Length: \(header)")
            return nil
        }
        guard bytes.count >= end + 4 + length else { return nil }
        return (Array(bytes[(end + 4)..<(end + 4 + length)]), end + 4 + length)
    }

    // MARK: Ending

    /// The exit code, or nil when the process is still running after `timeout` seconds.
    func waitForExit(timeout: TimeInterval) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(5_000) }
        return process.isRunning ? nil : process.terminationStatus
    }

    /// The most memory the server has held so far (its peak resident set), in bytes; nil where
    /// `/proc` does not tell.
    func peakMemory() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") else { return nil }
        return kilobytes * 1024
    }

    /// What the server logged so far; once it has exited, everything it logged.
    func stderrText() -> String {
        condition.lock()
        defer { condition.unlock() }
        let deadline = Date().addingTimeInterval(5)
        while !process.isRunning && !errorEnded && condition.wait(until: deadline) {}
        return String(decoding: errorText, as: UTF8.self)
    }
}
