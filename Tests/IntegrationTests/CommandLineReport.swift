import Foundation
import Testing

/// What `pmlint --format json` says about one file: the reference every editor must match.
struct CommandLineReport: Decodable {
    struct Position: Decodable {
        let line: Int
        let column: Int
        let utf16Column: Int
        let offset: Int
    }

    struct Span: Decodable {
        let start: Position
        let end: Position
    }

    struct Edit: Decodable {
        let range: Span
        let newText: String
    }

    struct Fix: Decodable {
        let title: String
        let edits: [Edit]
    }

    struct Finding: Decodable {
        let rule: String
        let message: String
        let range: Span
        let fixes: [Fix]
    }

    struct File: Decodable {
        let diagnostics: [Finding]
    }

    let files: [File]

    var findings: [Finding] { files.flatMap(\.diagnostics) }

    /// Runs the built `pmlint` on `path`, from its folder.
    static func of(_ path: String) throws -> CommandLineReport {
        let finished = try run(Programs.built("pmlint"), ["--format", "json", path], in: (path as NSString).deletingLastPathComponent)
        return try JSONDecoder().decode(CommandLineReport.self, from: Data(finished.output.utf8))
    }
}

/// A diagnostic as an editor placed it: 0-based lines, columns in the editor's own unit.
struct Placed: Hashable, Comparable, CustomStringConvertible {
    let rule: String
    let line: Int
    let column: Int
    let endLine: Int
    let endColumn: Int
    let message: String

    static func < (a: Placed, b: Placed) -> Bool {
        (a.line, a.column, a.rule, a.endLine, a.endColumn, a.message) < (b.line, b.column, b.rule, b.endLine, b.endColumn, b.message)
    }

    var description: String { "\(rule) \(line):\(column)-\(endLine):\(endColumn) \(message)" }
}

extension CommandLineReport.Finding {
    /// Where an editor that counts columns in UTF-8 bytes (Neovim) must show this finding.
    var placedInBytes: Placed {
        Placed(rule: rule, line: range.start.line - 1, column: range.start.column - 1,
               endLine: range.end.line - 1, endColumn: range.end.column - 1, message: message)
    }

    /// Where the LSP message must put it (UTF-16 characters, as every client understands).
    var placedInUTF16: Placed {
        Placed(rule: rule, line: range.start.line - 1, column: range.start.utf16Column - 1,
               endLine: range.end.line - 1, endColumn: range.end.utf16Column - 1, message: message)
    }
}

extension CommandLineReport.Fix {
    /// The text after this fix, applied to `bytes` by offset, last edit first.
    func applied(to bytes: [UInt8]) -> String {
        var result = bytes
        for edit in edits.sorted(by: { $0.range.start.offset > $1.range.start.offset }) {
            result.replaceSubrange(edit.range.start.offset..<edit.range.end.offset, with: Array(edit.newText.utf8))
        }
        return String(decoding: result, as: UTF8.self)
    }
}

/// The broken fixtures: one documented break each, so each must give an editor something to show.
enum BrokenFixtures {
    static let names: [String] = {
        let folder = Programs.repository + "/Fixtures/broken"
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".md") }.sorted()
    }()
}
