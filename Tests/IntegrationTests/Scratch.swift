import Foundation

/// A folder of its own for one test, marked as a repository root (`.git`) so that neither
/// pmlint nor an editor looks above it for configuration; removed when the test ends.
final class Scratch {
    let path: String

    init() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pmlint-editors-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(".git"), withIntermediateDirectories: true)
        // Editors report resolved paths; /tmp may be a link.
        path = folder.resolvingSymlinksInPath().path
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Copies `Fixtures/<name>` to `relative` (default: its own file name); returns the new path.
    func copy(fixture name: String, to relative: String? = nil) throws -> String {
        let target = path + "/" + (relative ?? (name as NSString).lastPathComponent)
        try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Programs.repository + "/Fixtures/" + name, toPath: target)
        return target
    }

    func file(_ relative: String) -> String { path + "/" + relative }
}
