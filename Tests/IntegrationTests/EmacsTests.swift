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

    /// An Emacs LSP client, and the README snippet that sets pmlint up with it.
    enum Client: String, CustomStringConvertible {
        case eglot = "Emacs with Eglot"
        case lspMode = "Emacs with lsp-mode"

        var description: String { rawValue }
        /// The name the session reports for the server: Eglot's is the server's own
        /// `serverInfo`, lsp-mode's the client id the set-up registers.
        var serverName: String { self == .eglot ? "pmlint-lsp" : "pmlint" }
        /// lsp-mode 8 moves `character` characters along the line (stopping at its end), though
        /// LSP counts UTF-16 units: after an emoji (two units, one character) its marks land one
        /// character late.
        var countsUTF16UnitsAsCharacters: Bool { self == .lspMode }
    }

    /// Opens `file` in batch-mode Emacs whose init file is the README's snippet for `client`,
    /// with the built `pmlint-lsp` on exec-path, and waits for its diagnostics.
    static func open(_ file: String, in scratch: Scratch, client: Client) throws -> EmacsSession {
        let report = file + ".session.json"
        let initFile = try ReadmeSnippets.write(client.rawValue, language: "elisp", to: scratch, as: "init.el")
        let environment = ["PMLINT_LSP": Programs.built("pmlint-lsp"), "PMLINT_INIT": initFile, "PMLINT_FILE": file, "PMLINT_OUT": report]
        let finished = try run(Programs.emacs!, ["--batch", "--no-init-file", "-l", Programs.scripts + "/emacs_session.el"],
                               in: (file as NSString).deletingLastPathComponent, environment: environment)
        let data = try #require(FileManager.default.contents(atPath: report), "Emacs wrote no report (exit \(finished.status)): \(finished.output)")
        let session = try JSONDecoder().decode(EmacsSession.self, from: data)
        #expect(session.server == client.serverName && session.mode == "markdown-mode", "\(finished.output)")
        return session
    }
}

/// One fixture with emoji and CJK text (UTF-16 and character counts differ from bytes), one
/// with only structural findings.
let emacsFixtures = ["emoji-cjk.md", "missing-sections.md"]

/// The client receives pmlint's findings, range for range in UTF-16, and Flymake marks the
/// same text.
func expectEmacsShowsTheDiagnostics(of fixture: String, client: EmacsSession.Client) throws {
    let scratch = try Scratch()
    let file = try scratch.copy(fixture: "broken/" + fixture)
    let findings = try CommandLineReport.of(file).findings
    try #require(!findings.isEmpty, "pmlint reports nothing for the broken fixture \(fixture), so there is nothing to compare")
    let session = try EmacsSession.open(file, in: scratch, client: client)
    let published = try #require(session.published, "\(client) received no diagnostics").map(\.placed).sorted()
    #expect(published == findings.map(\.placedInUTF16).sorted())

    // Flymake marks the same text: buffer positions are characters, counted from 1.
    let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: file)))
    func characters(_ offset: Int) -> Int { String(decoding: bytes[..<offset], as: UTF8.self).unicodeScalars.count }
    func position(_ at: CommandLineReport.Position) -> Int {
        guard client.countsUTF16UnitsAsCharacters else { return characters(at.offset) + 1 }
        let lineStart = at.offset - (at.column - 1)
        let lineEnd = bytes[at.offset...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        return min(characters(lineStart) + at.utf16Column, characters(lineEnd) + 1)
    }
    let marked = Set(session.flymake.map { [$0.begin, $0.end] })
    for finding in findings {
        #expect(marked.contains([position(finding.range.start), position(finding.range.end)]),
                "\(finding.rule) at byte \(finding.range.start.offset) is not marked where pmlint reports it: \(session.flymake)")
        #expect(session.flymake.contains { $0.text.contains(finding.message) }, "\(finding.message) is not shown")
    }
}

// Skipped, with this reason printed, where Emacs or Eglot is missing (.ci/run installs
// Debian's emacs-nox, elpa-eglot and elpa-markdown-mode); never passes without running it.
@Suite(.enabled(if: Programs.emacsHas("eglot"), "emacs with eglot is not installed: install Debian's emacs-nox and elpa-eglot (.ci/run does)"))
struct EmacsTests {
    @Test(arguments: emacsFixtures)
    func eglotReceivesAndShowsTheDiagnostics(fixture: String) throws {
        try expectEmacsShowsTheDiagnostics(of: fixture, client: .eglot)
    }
}

// Skipped, with this reason printed, where Emacs or lsp-mode is missing (.ci/run installs
// Debian's emacs-nox and elpa-lsp-mode); never passes without running it.
@Suite(.enabled(if: Programs.emacsHas("lsp-mode"), "emacs with lsp-mode is not installed: install Debian's emacs-nox and elpa-lsp-mode (.ci/run does)"))
struct EmacsLSPModeTests {
    @Test(arguments: emacsFixtures)
    func lspModeReceivesAndShowsTheDiagnostics(fixture: String) throws {
        try expectEmacsShowsTheDiagnostics(of: fixture, client: .lspMode)
    }
}
