import Foundation
import Testing

/// The editor set-ups are only useful if people can find them.
struct EditorFilesTests {
    @Test func everyFileUnderEditorsIsReferencedFromTheReadme() throws {
        let readme = try String(contentsOfFile: Programs.repository + "/README.md", encoding: .utf8)
        let folder = Programs.repository + "/editors"
        let files = try FileManager.default.subpathsOfDirectory(atPath: folder).filter { path in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isFolder) && !isFolder.boolValue
        }
        #expect(files.count >= 6)
        let unlinked = files.filter { !readme.contains("(editors/\($0))") }
        #expect(unlinked.isEmpty, "not linked from the README: \(unlinked.map { "editors/" + $0 })")
    }
}
