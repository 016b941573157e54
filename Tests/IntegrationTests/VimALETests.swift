import Foundation
import Testing

/// What the Vim session script saw (Scripts/vim_session.vim): ALE's list for the buffer.
struct VimSession: Decodable {
    /// An ALE list item: 1-based lines and byte columns, `end_col` the last column of the range.
    struct Item: Decodable {
        let linter: String
        let code: String
        let type: String
        let lnum: Int
        let col: Int
        let end_lnum: Int
        let end_col: Int
        let text: String

        var placed: Placed { Placed(rule: code, line: lnum, column: col, endLine: end_lnum, endColumn: end_col, message: text) }
    }

    let error: String?
    let filetype: String?
    let linters: [String]?
    let items: [Item]?

    /// Opens `file` in Vim whose vimrc is the README's Vim snippet, with the built `pmlint`
    /// first on PATH, and waits for ALE to lint it.
    static func open(_ file: String, in scratch: Scratch) throws -> VimSession {
        let report = file + ".session.json"
        let vimrc = try ReadmeSnippets.write("Vim with ALE", language: "vim", to: scratch, as: "vimrc")
        let finished = try run(Programs.vim!, ["-N", "-i", "NONE", "-u", vimrc, "-es", "-S", Programs.scripts + "/vim_session.vim"],
                               in: (file as NSString).deletingLastPathComponent,
                               environment: ["PATH": Programs.pathWithBuiltProducts, "PMLINT_FILE": file, "PMLINT_OUT": report])
        let data = try #require(FileManager.default.contents(atPath: report), "Vim wrote no report (exit \(finished.status)): \(finished.output)")
        let session = try JSONDecoder().decode(VimSession.self, from: data)
        #expect(session.error == nil, "\(session.error ?? "")\n\(finished.output)")
        #expect(session.filetype == "markdown" && session.linters?.contains("pmlint") == true, "\(finished.output)")
        return session
    }
}

extension CommandLineReport.Finding {
    /// Where ALE must list this finding: pmlint's 1-based line and byte column, and the last
    /// column of the range (pmlint's end is the column after it).
    var placedForALE: Placed {
        Placed(rule: rule, line: range.start.line, column: range.start.column,
               endLine: range.end.line, endColumn: range.end.column - 1, message: message)
    }
}

// Skipped, with this reason printed, where Vim or ALE is missing (.ci/run installs Debian's
// vim-nox and vim-ale); never passes without running them.
@Suite(.enabled(if: Programs.vimHasALE, "vim with ALE is not installed: install Debian's vim-nox and vim-ale (.ci/run does)"))
struct VimALETests {
    @Test(arguments: BrokenFixtures.names)
    func aleListsTheSameFindingsAsTheCommandLine(fixture: String) throws {
        let scratch = try Scratch()
        let file = try scratch.copy(fixture: "broken/" + fixture)
        let expected = try CommandLineReport.of(file).findings.map(\.placedForALE).sorted()
        try #require(!expected.isEmpty, "pmlint reports nothing for the broken fixture \(fixture), so there is nothing to compare")
        let items = try #require(try VimSession.open(file, in: scratch).items).filter { $0.linter == "pmlint" }
        #expect(items.map(\.placed).sorted() == expected)
    }
}
