import Foundation
import Testing

/// Problems with the files themselves, reported so a user can find them.
@Suite struct InputProblemTests {
    let folder = TemporaryFolder()

    init() {
        folder.makeFolder(".git")
    }

    @Test func invalidUTF8IsReportedByLineAndColumn() {
        folder.write("bad.md", bytes: Array("# Title\n\nCaf".utf8) + [0xE9] + Array(" au lait\n".utf8))
        let run = CLIRun.inProcess(["bad.md"], in: folder.path)
        #expect(run.status == 2)
        #expect(run.errorLines == ["bad.md: invalid UTF-8 at line 3, column 4 (byte 12)"])
    }

    /// A byte-order mark is not a column: the bad byte's column on the first line is counted
    /// from the first character, as every finding's column is.
    @Test func invalidUTF8AfterAByteOrderMarkIsReportedByCharacterColumn() {
        folder.write("bad.md", bytes: [0xEF, 0xBB, 0xBF] + Array("# Caf".utf8) + [0xE9] + Array("\n".utf8))
        let run = CLIRun.inProcess(["bad.md"], in: folder.path)
        #expect(run.errorLines == ["bad.md: invalid UTF-8 at line 1, column 6 (byte 8)"])
    }

    @Test func aDanglingMarkdownSymlinkIsWarnedAbout() throws {
        folder.write("docs/real.md", "# Real\n")
        try FileManager.default.createSymbolicLink(atPath: folder.file("docs/gone.md"), withDestinationPath: "moved-away.md")
        try FileManager.default.createSymbolicLink(atPath: folder.file("docs/gone.txt"), withDestinationPath: "moved-away.txt")
        let run = CLIRun.inProcess(["docs", "--format", "json"], in: folder.path)
        #expect(run.errorLines == ["pmlint: warning: docs/gone.md: skipped, a symbolic link to moved-away.md, which does not exist"])
        #expect(run.output.contains(#""path": "docs/real.md""#))
        let named = CLIRun.inProcess(["docs/gone.md"], in: folder.path)
        #expect(named.status == 2)
        #expect(named.errorLines == ["docs/gone.md: a symbolic link to moved-away.md, which does not exist"])
    }
}
