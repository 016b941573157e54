import LintEngine
import LSPTypes
import MarkdownSyntax

/// How the client counts columns: UTF-16 code units (the LSP default) or UTF-8 bytes.
enum PositionEncoding: String {
    case utf16 = "utf-16"
    case utf8 = "utf-8"

    /// UTF-8 when the client offers it (no conversion needed), UTF-16 otherwise.
    static func negotiate(offered: [String]?) -> PositionEncoding {
        offered?.contains(PositionEncoding.utf8.rawValue) == true ? .utf8 : .utf16
    }
}

/// Converts between editor positions and the byte offsets the engine speaks, for one text.
///
/// The byte-order mark is not part of `SourceText.bytes` but the editor counts it as a
/// character of the first line, so columns on that line are shifted by its width.
struct PositionConverter {
    let source: SourceText
    let encoding: PositionEncoding

    private var byteOrderMarkWidth: Int {
        guard source.hasByteOrderMark else { return 0 }
        return encoding == .utf8 ? 3 : 1
    }

    /// The byte offset of `position`, clamped into the document and onto a character boundary.
    func offset(of position: Position) -> Int {
        // max before subtracting, so that Int.min from a client cannot overflow.
        let column = position.line == 0 ? max(position.character, byteOrderMarkWidth) - byteOrderMarkWidth : position.character
        switch encoding {
        case .utf8: return source.lines.offset(line: position.line, utf8Column: column)
        case .utf16: return source.lines.offset(line: position.line, utf16Column: column)
        }
    }

    func position(of offset: Int) -> Position {
        let clamped = min(max(offset, 0), source.count)
        let (line, column) = encoding == .utf8 ? source.lines.utf8Position(of: clamped) : source.lines.utf16Position(of: clamped)
        return Position(line: line, character: line == 0 ? column + byteOrderMarkWidth : column)
    }

    func range(of bytes: Range<Int>) -> LSPRange {
        LSPRange(start: position(of: bytes.lowerBound), end: position(of: bytes.upperBound))
    }

    /// The bytes of `range`; a reversed range is read forwards.
    func bytes(of range: LSPRange) -> Range<Int> {
        let start = offset(of: range.start)
        let end = offset(of: range.end)
        return min(start, end)..<max(start, end)
    }

    func textEdit(_ edit: LintEngine.TextEdit) -> LSPTypes.TextEdit {
        LSPTypes.TextEdit(range: range(of: edit.range), newText: edit.newText)
    }
}
