import Testing
@testable import MarkdownSyntax

@Suite struct LineIndexTests {
    @Test func linesEndAtLFCRLFAndLoneCR() {
        let source = SourceText("a\nbb\r\nccc\rd")
        #expect(source.lines.lineStarts == [0, 2, 6, 10])
        #expect(source.lines.contentRange(ofLine: 1) == 2..<4)
        #expect(source.lines.contentRange(ofLine: 3) == 10..<11)
    }

    @Test func emptyDocumentHasOneLine() {
        let source = SourceText("")
        #expect(source.lines.lineCount == 1)
        #expect(source.lines.utf16Position(of: 0) == (0, 0))
    }

    @Test func utf16ColumnsCountSurrogatePairsTwice() {
        // "😀" is 4 UTF-8 bytes and 2 UTF-16 units; "日" is 3 bytes and 1 unit; "é" as e + U+0301.
        let source = SourceText("😀日e\u{301}x")
        let x = source.bytes.count - 1
        #expect(source.lines.utf8Position(of: x) == (0, 10))
        #expect(source.lines.utf16Position(of: x) == (0, 5))
        #expect(source.lines.offset(line: 0, utf16Column: 5) == x)
        // A column inside the surrogate pair snaps to the start of the emoji.
        #expect(source.lines.offset(line: 0, utf16Column: 1) == 0)
    }

    /// UTF-16 columns are counted from checkpoints every 128 bytes, not from the line start:
    /// at every character of lines that cross many checkpoints, with one-, two-, three- and
    /// four-byte characters straddling them, the column is what an editor counts, and that
    /// column leads back to the character.
    @Test func utf16ColumnsAreRightAcrossLongLines() {
        let pieces = ["a", "é", "日", "😀", "e\u{301}", "bc", "xyz"]
        let endings = ["\n", "\r\n", "\r"]
        var text = ""
        for line in 0..<30 {
            for k in 0..<line * 23 { text += pieces[(k * 5 + line) % pieces.count] }
            text += endings[line % endings.count]
        }
        let source = SourceText(text)
        var mismatches: [String] = []
        for index in text.unicodeScalars.indices {
            let offset = text.utf8.distance(from: text.startIndex, to: index)
            let line = source.lines.line(containing: offset)
            let lineStart = text.utf8.index(text.startIndex, offsetBy: source.lines.lineStarts[line])
            let expected = text.utf16.distance(from: lineStart, to: index)
            if source.lines.utf16Position(of: offset) != (line, expected) { mismatches.append("column of \(offset)") }
            if source.lines.offset(line: line, utf16Column: expected) != offset && offset < source.lines.contentRange(ofLine: line).upperBound {
                mismatches.append("offset of column \(expected) on line \(line)")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5)) in \(text.debugDescription.prefix(200))")
        #expect(source.lines.contentRange(ofLine: 28).count > 1_000, "lines cross many checkpoints")
    }

    @Test func outOfRangePositionsAreClamped() {
        let source = SourceText("ab\ncd")
        #expect(source.lines.offset(line: 0, utf16Column: 99) == 2)
        #expect(source.lines.offset(line: 7, utf16Column: 0) == 5)
        #expect(source.lines.offset(line: 1, utf8Column: -3) == 3)
    }

    @Test func byteOrderMarkIsRememberedNotKept() throws {
        let source = try SourceText(utf8: [0xEF, 0xBB, 0xBF, UInt8(ascii: "#")])
        #expect(source.hasByteOrderMark)
        #expect(source.string == "#")
    }

    @Test(arguments: [
        [UInt8]([0xFF]), [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x61, 0xE2, 0x82],
    ])
    func invalidUTF8IsRefusedWithItsOffset(bytes: [UInt8]) {
        #expect(throws: SourceTextError.self) { try SourceText(utf8: bytes) }
    }

    /// The validator skips ASCII eight bytes at a time: a bad byte anywhere in or after such
    /// a run is still reported at its own offset, and good multi-byte text after one passes.
    @Test(arguments: [0, 7, 8, 9, 16, 23, 40])
    func invalidUTF8AfterASCIIIsReportedWhereItIs(offset: Int) throws {
        let ascii = Array(repeating: UInt8(ascii: "a"), count: offset)
        #expect(throws: SourceTextError.invalidUTF8(offset: offset)) {
            try SourceText(utf8: ascii + [0xFF] + Array(repeating: UInt8(ascii: "b"), count: 12))
        }
        #expect(try SourceText(utf8: ascii + Array("é — 東京\n".utf8)).lines.lineCount == 2)
    }

    /// Line starts are found eight bytes at a time: every line length around that width, with
    /// every kind of line ending, still gives the right starts.
    @Test func lineStartsAreRightForEveryLineLengthAndEnding() {
        var text = ""
        var expected = [0]
        for length in 0..<20 {
            for ending in ["\n", "\r\n", "\r"] {
                text += String(repeating: "x", count: length) + ending
                expected.append(text.utf8.count)
            }
        }
        #expect(SourceText(text).lines.lineStarts == expected)
    }

    /// Comment openers are searched for eight bytes at a time, past decoys that start the same.
    @Test(arguments: [0, 1, 7, 8, 9, 15, 16, 17])
    func inlineCommentsAreFoundAfterAnyRunOfText(length: Int) {
        let prefix = String(repeating: "x", count: length) + " < <! <!-"
        let document = parse(prefix + "<!-- pmlint-disable-line -->\n")
        #expect(document.comments.map(document.text) == ["<!-- pmlint-disable-line -->"])
    }

    @Test func invalidUTF8OffsetCountsTheByteOrderMark() {
        #expect(throws: SourceTextError.invalidUTF8(offset: 4)) {
            try SourceText(utf8: [0xEF, 0xBB, 0xBF, 0x61, 0xFF])
        }
    }
}
