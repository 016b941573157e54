/// The bytes of one Markdown document, validated as UTF-8, with a line index.
///
/// Every position in pmlint is a UTF-8 byte offset into `bytes`. Editors speak
/// UTF-16 columns and terminals count UTF-8 columns; `LineIndex` converts between them
/// so that the parser and the rules never have to think about encodings.
///
/// A leading byte-order mark is not part of `bytes`: it is remembered in `hasByteOrderMark`
/// so that writers (for example `--fix`) can put it back and no byte of the file is lost.
public struct SourceText: Sendable {
    public let bytes: [UInt8]
    public let hasByteOrderMark: Bool
    public let lines: LineIndex

    /// Validates `data` as UTF-8 and builds the line index.
    /// - Throws: `SourceTextError.invalidUTF8` with the offset of the first bad byte.
    public init<Bytes: Collection>(utf8 data: Bytes) throws(SourceTextError) where Bytes.Element == UInt8 {
        var bytes = Array(data)
        let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        if hasBOM { bytes.removeFirst(3) }
        if let bad = UTF8Validation.firstInvalidOffset(in: bytes) {
            throw .invalidUTF8(offset: bad + (hasBOM ? 3 : 0))
        }
        self.bytes = bytes
        self.hasByteOrderMark = hasBOM
        self.lines = LineIndex(bytes: bytes)
    }

    /// Text that is already a Swift `String` is valid UTF-8 by construction.
    public init(_ string: String) {
        // A String can never hold invalid UTF-8, so this cannot throw.
        self = try! SourceText(utf8: Array(string.utf8))
    }

    public var count: Int { bytes.count }

    /// The byte-order mark the text was read with, or nothing: what a writer puts back
    /// before `bytes` so that the file keeps it.
    public var byteOrderMark: [UInt8] { hasByteOrderMark ? Self.utf8ByteOrderMark : [] }

    /// The UTF-8 encoding of U+FEFF, which some editors write at the start of a file.
    public static let utf8ByteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The text of `range`, decoded. Ranges produced by the parser always fall on
    /// character boundaries.
    public func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// The whole document as written (without the byte-order mark).
    public var string: String { String(decoding: bytes, as: UTF8.self) }
}

public enum SourceTextError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidUTF8(offset: Int)

    public var description: String {
        switch self {
        case .invalidUTF8(let offset): "invalid UTF-8 at byte \(offset)"
        }
    }
}
