import Foundation
import Testing

/// Output compared with a file under `Tests/CLITests/Golden/`. When the output changes on
/// purpose (a fixture added), `PMLINT_UPDATE_GOLDENS=1 swift test --filter CLITests`
/// rewrites the files; review the diff before committing it.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    /// The repository root, where `Fixtures/` lives.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    static func check(_ output: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["PMLINT_UPDATE_GOLDENS"] == "1" {
            try output.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(output == expected, "output differs from Golden/\(name); if the change is intended, rerun with PMLINT_UPDATE_GOLDENS=1",
                sourceLocation: sourceLocation)
    }
}
