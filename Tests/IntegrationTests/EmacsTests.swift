import Foundation
import Testing

/// What the Emacs session script saw (Scripts/emacs_session.el).
struct EmacsSession: Decodable {
    struct LSPPosition: Decodable {
        let line: Int
        let character: Int
    }

    struct LSPRange: Decodable {
        let start: LSPPosition
        let end: LSPPosition
    }

    struct Published: Decodable {
        let code: String?
        let message: String
        let range: LSPRange

        var placed: Placed {
            Placed(rule: code ?? "", line: range.start.line, column: range.start.character,
                   endLine: range.end.line, endColumn: range.end.character, message: message)
        }
    }

    /// A Flymake diagnostic: buffer positions count characters from 1.
    struct Shown: Decodable, Hashable {
        let begin: Int
        let end: Int
        let text: String
    }

    let server: String?
    let mode: String?
    let published: [Published]?
    let flymake: [Shown]

    /// Opens `file` in batch-mode Emacs with the shipped `editors/emacs/pmlint-eglot.el` and
    /// the built `pmlint-lsp`, and waits for its diagnostics.
    static func open(_ file: String) throws -> EmacsSession {
        let report = file + ".session.json"
        let environment = ["PMLINT_REPO": Programs.repository, "PMLINT_LSP": Programs.built("pmlint-lsp"),
                           "PMLINT_FILE": file, "PMLINT_OUT": report]
        let finished = try run(Programs.emacs!, ["--batch", "--no-init-file", "-l", Programs.scripts + "/emacs_session.el"],
                               in: (file as NSString).deletingLastPathComponent, environment: environment)
        let data = try #require(FileManager.default.contents(atPath: report), "Emacs wrote no report (exit \(finished.status)): \(finished.output)")
        let session = try JSONDecoder().decode(EmacsSession.self, from: data)
        #expect(session.server == "pmlint-lsp" && session.mode == "markdown-mode", "\(finished.output)")
        return session
    }
}

// Skipped, with this reason printed, where Emacs or Eglot is missing (.ci/run installs
// Debian's emacs-nox, elpa-eglot and elpa-markdown-mode); never passes without running it.
@Suite(.enabled(if: Programs.emacsHasEglot, "emacs with eglot is not installed: install Debian's emacs-nox and elpa-eglot (.ci/run does)"))
struct EmacsTests {
    /// One fixture with emoji and CJK text (UTF-16 and character counts differ from bytes),
    /// one with only structural findings.
    @Test(arguments: ["emoji-cjk.md", "missing-sections.md"])
    func eglotReceivesAndShowsTheDiagnostics(fixture: String) throws {
        let scratch = try Scratch()
        let file = try scratch.copy(fixture: "broken/" + fixture)
        let findings = try CommandLineReport.of(file).findings
        try #require(!findings.isEmpty, "pmlint reports nothing for the broken fixture \(fixture), so there is nothing to compare")
        let session = try EmacsSession.open(file)
        let published = try #require(session.published, "Eglot received no diagnostics").map(\.placed).sorted()
        #expect(published == findings.map(\.placedInUTF16).sorted())

        // Flymake marks the same text: buffer positions are characters, counted from 1.
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: file)))
        func position(_ offset: Int) -> Int { String(decoding: bytes[..<offset], as: UTF8.self).unicodeScalars.count + 1 }
        let marked = Set(session.flymake.map { [$0.begin, $0.end] })
        for finding in findings {
            #expect(marked.contains([position(finding.range.start.offset), position(finding.range.end.offset)]),
                    "\(finding.rule) at byte \(finding.range.start.offset) is not marked where pmlint reports it: \(session.flymake)")
            #expect(session.flymake.contains { $0.text.hasSuffix(finding.message) }, "\(finding.message) is not shown")
        }
    }
}
