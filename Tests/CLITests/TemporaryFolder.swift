import Foundation

/// A fresh folder under the system's temporary folder, removed when the test ends.
final class TemporaryFolder {
    let path: String

    init() {
        var template = Array((NSTemporaryDirectory() + "pmlint-cli-XXXXXX").utf8CString)
        let created = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        precondition(created != nil, "cannot create a temporary folder")
        // Resolve /tmp symlinks so paths compare equal to what the CLI computes.
        path = URL(fileURLWithPath: String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self))
            .resolvingSymlinksInPath().path
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Writes `contents` at `relative`, creating folders on the way; returns the absolute path.
    @discardableResult
    func write(_ relative: String, _ contents: String) -> String {
        write(relative, bytes: Array(contents.utf8))
    }

    @discardableResult
    func write(_ relative: String, bytes: [UInt8]) -> String {
        let file = self.file(relative)
        try! FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        precondition(FileManager.default.createFile(atPath: file, contents: Data(bytes)), "cannot write \(file)")
        return file
    }

    func makeFolder(_ relative: String) {
        try! FileManager.default.createDirectory(atPath: file(relative), withIntermediateDirectories: true)
    }

    func file(_ relative: String) -> String { path + "/" + relative }

    func bytes(_ relative: String) -> [UInt8] {
        Array(FileManager.default.contents(atPath: file(relative)) ?? Data())
    }
}
