import Foundation
@testable import LanguageServer
import LSPTypes
import Testing

/// A sequence of incremental edits must leave the server with exactly the editor's text and
/// the diagnostics that text gets when sent whole.
@Suite("Incremental edits")
struct IncrementalEditTests {
    /// The editor's side: UTF-16 text, and positions that are always valid in it.
    struct EditorBuffer {
        var units: [UInt16]
        var text: String { String(decoding: units, as: UTF16.self) }

        init(_ text: String) { units = Array(text.utf16) }

        /// Where each line starts, breaking at LF, CRLF and lone CR as LSP does.
        var lineStarts: [Int] {
            var starts = [0]
            var i = 0
            while i < units.count {
                if units[i] == 13 && i + 1 < units.count && units[i + 1] == 10 { i += 1 }
                if units[i] == 10 || units[i] == 13 { starts.append(i + 1) }
                i += 1
            }
            return starts
        }

        /// A point on a character boundary inside a line (never inside its line break), as
        /// (line, UTF-16 column), (line, UTF-8 column) and UTF-16 offset.
        func randomPoint(_ generator: inout DocumentGenerator) -> (utf16: Position, utf8: Position, offset: Int) {
            let starts = lineStarts
            let line = generator.integer(in: 0...starts.count - 1)
            var end = line + 1 < starts.count ? starts[line + 1] : units.count
            if end > starts[line] && units[end - 1] == 10 { end -= 1 }
            if end > starts[line] && units[end - 1] == 13 { end -= 1 }
            var offset = generator.integer(in: starts[line]...end)
            if offset < units.count && UTF16.isTrailSurrogate(units[offset]) { offset -= 1 }
            let utf8Column = String(decoding: units[starts[line]..<offset], as: UTF16.self).utf8.count
            return (Position(line: line, character: offset - starts[line]), Position(line: line, character: utf8Column), offset)
        }

        mutating func replace(_ range: Range<Int>, with text: String) {
            units.replaceSubrange(range, with: text.utf16)
        }
    }

    struct EditSession {
        var initial: String
        var final: String
        /// The same edits in UTF-16 and in UTF-8 columns.
        var changes: [PositionEncoding: [TextDocumentContentChangeEvent]] = [.utf16: [], .utf8: []]
    }

    /// `count` random edits of `seed`'s document, as an editor would make and send them.
    static func editSession(seed: UInt64, count: Int) -> EditSession {
        var generator = DocumentGenerator(seed: seed)
        var initial = String(decoding: generator.document(blocks: 12), as: UTF8.self)
        if initial.hasPrefix("\u{FEFF}") { initial.removeFirst() }
        var buffer = EditorBuffer(initial)
        var session = EditSession(initial: initial, final: initial)
        for _ in 0..<count {
            let a = buffer.randomPoint(&generator), b = buffer.randomPoint(&generator)
            let (start, end) = a.offset <= b.offset ? (a, b) : (b, a)
            let text = generator.fragment()
            session.changes[.utf16]!.append(TextDocumentContentChangeEvent(range: LSPRange(start: start.utf16, end: end.utf16), text: text))
            session.changes[.utf8]!.append(TextDocumentContentChangeEvent(range: LSPRange(start: start.utf8, end: end.utf8), text: text))
            buffer.replace(start.offset..<end.offset, with: text)
        }
        session.final = buffer.text
        return session
    }

    @Test("the document store ends with the editor's text, in both position encodings", arguments: [PositionEncoding.utf16, .utf8])
    func storeMatchesEditor(encoding: PositionEncoding) {
        for seed in UInt64(1)...80 {
            let session = Self.editSession(seed: seed, count: 15)
            var document = OpenDocument(uri: "untitled:a", version: 1, text: session.initial, revision: 1)
            for change in session.changes[encoding]! { document.apply(change, encoding: encoding) }
            #expect(document.source.string == session.final, "seed \(seed)")
        }
    }

    @Test("over the protocol, edited and whole-text documents get the same diagnostics, symbols and folds")
    func sessionMatchesFullText() throws {
        for seed in UInt64(1)...12 {
            let session = Self.editSession(seed: seed, count: 10)
            var input = ServerHarness.frame(["id": 1, "method": "initialize",
                                             "params": ["processId": NSNull(), "rootUri": NSNull(), "capabilities": ["textDocument": ["diagnostic": [:]]]]])
            input += ServerHarness.frame(["method": "initialized", "params": [:]])
            input += ServerHarness.frame(["method": "textDocument/didOpen", "params": ["textDocument":
                ["uri": "untitled:edited", "languageId": "markdown", "version": 1, "text": session.initial]]])
            for (index, change) in session.changes[.utf16]!.enumerated() {
                let range = change.range!
                input += ServerHarness.frame(["method": "textDocument/didChange", "params": [
                    "textDocument": ["uri": "untitled:edited", "version": index + 2],
                    "contentChanges": [["range": ["start": ["line": range.start.line, "character": range.start.character],
                                                  "end": ["line": range.end.line, "character": range.end.character]],
                                        "text": change.text]]]])
            }
            input += ServerHarness.frame(["method": "textDocument/didOpen", "params": ["textDocument":
                ["uri": "untitled:whole", "languageId": "markdown", "version": 1, "text": session.final]]])
            let methods = ["textDocument/diagnostic", "textDocument/documentSymbol", "textDocument/foldingRange"]
            for (index, method) in methods.enumerated() {
                input += ServerHarness.frame(["id": 10 + index, "method": method, "params": ["textDocument": ["uri": "untitled:edited"]]])
                input += ServerHarness.frame(["id": 20 + index, "method": method, "params": ["textDocument": ["uri": "untitled:whole"]]])
            }
            let (_, output, log) = ServerHarness.serve(input, maxMessageSize: 1 << 20)
            let (messages, problems) = ServerHarness.messages(in: output)
            #expect(problems.isEmpty, "\(problems)\nserver log:\n\(log)")
            /// The result of request `id`; of a diagnostic report only its items, since result
            /// ids are revisions and differ between the two documents.
            func result(_ id: Int) -> NSObject? {
                let result = messages.first { $0["id"] as? Int == id }?["result"]
                return ((result as? [String: Any])?["items"] ?? result) as? NSObject
            }
            for index in methods.indices {
                let edited = result(10 + index), whole = result(20 + index)
                #expect(edited != nil && edited == whole, "seed \(seed): \(methods[index]) differs")
            }
        }
    }
}
