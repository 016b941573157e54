import Foundation
import Testing
import LintEngine

/// Every configuration example the documentation shows works as written: each ```json block
/// labelled `.pmlint.json` in README.md and editors/*/README.md is written to a `.pmlint.json`
/// and loaded by the same resolver `pmlint` uses. Every other ```json block must say what it
/// is (```json report), so none escapes by being unlabelled.
@Suite struct ReadmeConfigurationTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The documents to read: the README and each editor's.
    static var documents: [String] {
        let editors = (try? FileManager.default.contentsOfDirectory(atPath: root.path + "/editors")) ?? []
        return ["README.md"] + editors.sorted().map { "editors/\($0)/README.md" }
            .filter { FileManager.default.fileExists(atPath: root.path + "/" + $0) }
    }

    /// The ```json blocks of `document`: (label after `json`, text, line of the fence).
    static func jsonBlocks(in document: String) throws -> [(label: String, text: String, line: Int)] {
        let lines = try String(contentsOf: root.appendingPathComponent(document), encoding: .utf8).components(separatedBy: "\n")
        var blocks: [(label: String, text: String, line: Int)] = []
        var index = 0
        while index < lines.count {
            if lines[index].hasPrefix("```json"), let end = lines[(index + 1)...].firstIndex(of: "```") {
                let label = lines[index].dropFirst("```json".count).trimmingCharacters(in: .whitespaces)
                blocks.append((label, lines[(index + 1)..<end].joined(separator: "\n"), index + 1))
                index = end
            }
            index += 1
        }
        return blocks
    }

    @Test func everyConfigurationExampleLoadsAsWritten() throws {
        var examples = 0
        for document in Self.documents {
            for block in try Self.jsonBlocks(in: document) where block.label == ConfigurationFile.name {
                examples += 1
                let folder = TemporaryFolder()
                folder.makeFolder(".git")
                folder.write(ConfigurationFile.name, block.text)
                do {
                    _ = try ConfigurationResolver().configuration(forFile: folder.file("postmortems/outage.md"))
                } catch {
                    Issue.record("\(document):\(block.line): the example is rejected: \(error.description)")
                }
            }
        }
        #expect(examples >= 1, "no ```json .pmlint.json example found")
    }

    @Test func everyJSONBlockSaysWhatItIs() throws {
        for document in Self.documents {
            for block in try Self.jsonBlocks(in: document) where block.label.isEmpty {
                Issue.record("\(document):\(block.line): label the block (```json .pmlint.json, or what else it is)")
            }
        }
    }
}
