import Foundation

/// Runs `markdown_it_blocks.py` (markdown-it-py, the CommonMark reference used for tests
/// only) over a batch of documents. Input and output go through temporary files, so no
/// pipe can fill up and stall either side.
enum MarkdownItReference {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("markdown_it_blocks.py")

    /// Why the reference cannot run here, or nil when it can.
    static let unavailableReason: String? = {
        do {
            let probe = try run(["-c", "import markdown_it"])
            return probe.status == 0 ? nil : "markdown-it-py is not installed (pip install markdown-it-py==3.0.0)"
        } catch {
            return "python3 cannot run: \(error)"
        }
    }()

    /// The block dump of each document, in order.
    static func blocks(of documents: [String]) throws -> [[String]] {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pmlint-markdown-it-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("documents.json")
        let output = directory.appendingPathComponent("blocks.json")
        try JSONEncoder().encode(documents).write(to: input)
        let result = try run([script.path, input.path, output.path])
        guard result.status == 0 else { throw ReferenceError(message: "markdown_it_blocks.py failed: \(result.error)") }
        return try JSONDecoder().decode([[String]].self, from: Data(contentsOf: output))
    }

    struct ReferenceError: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    private static func run(_ arguments: [String]) throws -> (status: Int32, error: String) {
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("pmlint-markdown-it-\(UUID().uuidString).err")
        try Data().write(to: errorFile)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: errorFile)
        try process.run()
        process.waitUntilExit()
        let error = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
        return (process.terminationStatus, error)
    }
}
