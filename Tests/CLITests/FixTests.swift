import Foundation
import Testing
import LintEngine
@testable import PMLintCLI

/// `--fix` never loses a byte: exact results, mode, byte-order mark and symlinks kept,
/// a second run changes nothing, a file changed meanwhile is left alone.
@Suite struct FixTests {
    let folder = TemporaryFolder()

    func fix(_ relative: String) -> FileReport {
        let runner = LintRunner(resolver: ConfigurationResolver(), applyFixes: true, rules: testRules)
        let path = folder.file(relative)
        return runner.lint(LintInput(displayPath: relative, absolutePath: path, configurationPath: path), stdinBytes: [])
    }

    @Test func fixesAreAppliedByteExactlyAndWhatRemainsIsReported() {
        folder.write("a.md", "# Title   \r\nFIXME here  \r\nlast line ✓  ")
        let report = fix("a.md")
        #expect(folder.bytes("a.md") == Array("# Title\r\nFIXME here\r\nlast line ✓".utf8))
        #expect(report.fixesApplied == 3)
        #expect(report.diagnostics.map(\.ruleID) == ["PMT02"])
    }

    @Test func aSecondRunChangesNothing() throws {
        folder.write("a.md", "one  \ntwo \n")
        _ = fix("a.md")
        let before = try FileManager.default.attributesOfItem(atPath: folder.file("a.md"))[.modificationDate] as? Date
        let second = fix("a.md")
        #expect(second.fixesApplied == 0)
        #expect(folder.bytes("a.md") == Array("one\ntwo\n".utf8))
        #expect(try FileManager.default.attributesOfItem(atPath: folder.file("a.md"))[.modificationDate] as? Date == before)
    }

    @Test func theModeIsKept() throws {
        folder.write("a.md", "text  \n")
        chmod(folder.file("a.md"), 0o640)
        _ = fix("a.md")
        let mode = try FileManager.default.attributesOfItem(atPath: folder.file("a.md"))[.posixPermissions] as? Int
        #expect(mode == 0o640)
    }

    @Test func theByteOrderMarkIsKept() {
        folder.write("a.md", bytes: [0xEF, 0xBB, 0xBF] + Array("text  \n".utf8))
        _ = fix("a.md")
        #expect(folder.bytes("a.md") == [0xEF, 0xBB, 0xBF] + Array("text\n".utf8))
    }

    @Test func aSymlinkStaysALinkAndItsTargetIsFixed() throws {
        folder.write("real/a.md", "text  \n")
        try FileManager.default.createSymbolicLink(atPath: folder.file("link.md"), withDestinationPath: "real/a.md")
        _ = fix("link.md")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.file("link.md")) == "real/a.md")
        #expect(folder.bytes("real/a.md") == Array("text\n".utf8))
    }

    @Test func aFileChangedSinceItWasReadIsNotOverwritten() throws {
        let path = folder.write("a.md", "text  \n")
        let snapshot = try FileSystem.readFile(path)
        folder.write("a.md", "someone else's edit, longer\n")
        #expect(throws: CommandError.self) { try SafeFileWriter.replace(path, readAs: snapshot, with: Array("text\n".utf8)) }
        #expect(folder.bytes("a.md") == Array("someone else's edit, longer\n".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["a.md"])
    }

    @Test func binaryAndInvalidFilesAreRefusedUntouched() {
        folder.write("nul.md", bytes: Array("a  \u{0}b  \n".utf8))
        folder.write("bad.md", bytes: [0x61, 0x20, 0x20, 0xFF, 0x0A])
        #expect(fix("nul.md").failure == "nul.md: binary file (it contains NUL bytes); not linted")
        #expect(fix("bad.md").failure == "bad.md: invalid UTF-8 at line 1, column 4 (byte 3)")
        #expect(folder.bytes("bad.md") == [0x61, 0x20, 0x20, 0xFF, 0x0A])
    }

    @Test func concurrentFixersNeverLeaveAMixedFile() throws {
        let original = String(repeating: "a\tb  \n", count: 300)
        let spacesFixed = original.replacingOccurrences(of: "  \n", with: "\n")
        let tabsFixed = original.replacingOccurrences(of: "\t", with: "  ")
        let bothFixed = spacesFixed.replacingOccurrences(of: "\t", with: "  ")
        let path = folder.file("race.md")
        let input = LintInput(displayPath: "race.md", absolutePath: path, configurationPath: path)
        let runners = [LintRunner(resolver: ConfigurationResolver(), applyFixes: true, rules: [TrailingSpaceTestRule.self]),
                       LintRunner(resolver: ConfigurationResolver(), applyFixes: true, rules: [TabTestRule.self])]
        for _ in 0..<20 {
            folder.write("race.md", original)
            DispatchQueue.concurrentPerform(iterations: 2) { index in _ = runners[index].lint(input, stdinBytes: []) }
            let result = String(decoding: folder.bytes("race.md"), as: UTF8.self)
            #expect([spacesFixed, tabsFixed, bothFixed].contains(result))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["race.md"])
    }
}
