import LintEngine
import LSPTypes
import MarkdownSyntax

/// A document the editor has open: its current text and what pmlint last said about it.
struct OpenDocument {
    let uri: String
    var version: Int
    private(set) var source: SourceText
    /// Bumped on every change of text or configuration; pull diagnostics use it as result id.
    var revision: Int
    /// The lint of `revision`, nil until someone asks for it.
    var lint: LintSnapshot?
    /// What earlier lints of this document learned, so that a keystroke re-reads only the
    /// paragraph it changed.
    let cache = LintCache()

    init(uri: String, version: Int, text: String, revision: Int) {
        self.uri = uri
        self.version = version
        self.source = SourceText(text)
        self.revision = revision
    }

    /// Applies one change from `didChange`: a range replacement, or the whole text when the
    /// change has no range. Positions past the end are clamped, so a stale edit never
    /// corrupts the buffer beyond what the editor asked for.
    mutating func apply(_ change: TextDocumentContentChangeEvent, encoding: PositionEncoding) {
        guard let range = change.range else {
            source = SourceText(change.text)
            return
        }
        let bytes = PositionConverter(source: source, encoding: encoding).bytes(of: range)
        var newBytes = source.byteOrderMark
        newBytes.reserveCapacity(source.count + change.text.utf8.count + 3)
        newBytes += source.bytes[..<bytes.lowerBound]
        newBytes += change.text.utf8
        newBytes += source.bytes[bytes.upperBound...]
        // Edits land on character boundaries and insert valid text, so the result is valid UTF-8.
        source = try! SourceText(utf8: newBytes)
    }
}

/// One lint of one revision, in both the engine's terms and the editor's.
struct LintSnapshot {
    let revision: Int
    let result: LintResult
    let diagnostics: [LSPTypes.Diagnostic]
}
