import Foundation
import Testing

/// What the Neovim session script saw (Scripts/neovim_session.lua).
struct NeovimSession: Decodable {
    struct Shown: Decodable {
        let code: String?
        let line: Int
        let col: Int
        let end_line: Int
        let end_col: Int
        let message: String

        var placed: Placed { Placed(rule: code ?? "", line: line, column: col, endLine: end_line, endColumn: end_col, message: message) }
    }

    let error: String?
    let client: String?
    let filetype: String?
    let diagnostics: [Shown]?
    let completion: [String]?
    let offered: [String]?
    let picked: String?
    let text_after: String?
    let diagnostics_after: [Shown]?

    /// Opens `file` in a headless Neovim whose `init.lua` is the README's Neovim snippet, with
    /// the built `pmlint-lsp` first on PATH; picks the code action `action` (title) at `line`
    /// when given.
    static func open(_ file: String, in scratch: Scratch, action: (title: String, line: Int)? = nil) throws -> NeovimSession {
        let report = file + ".session.json"
        let initFile = try ReadmeSnippets.write("Neovim", language: "lua", to: scratch, as: "init.lua")
        var environment = ["PATH": Programs.pathWithBuiltProducts, "PMLINT_FILE": file, "PMLINT_OUT": report]
        if let action {
            environment["PMLINT_ACTION_TITLE"] = action.title
            environment["PMLINT_ACTION_LINE"] = String(action.line)
        }
        let finished = try run(Programs.neovim!, ["--headless", "-i", "NONE", "-u", initFile, "-c", "luafile \(Programs.scripts)/neovim_session.lua"],
                                           in: (file as NSString).deletingLastPathComponent, environment: environment)
        let data = try #require(FileManager.default.contents(atPath: report), "Neovim wrote no report (exit \(finished.status)): \(finished.output)")
        let session = try JSONDecoder().decode(NeovimSession.self, from: data)
        #expect(session.error == nil, "\(session.error ?? "")\n\(finished.output)")
        #expect(session.client == "pmlint" && session.filetype == "markdown")
        return session
    }
}

// Skipped, with this reason printed, where Neovim is not installed (.ci/run installs
// Debian's neovim package); never passes without running it.
@Suite(.enabled(if: Programs.neovim != nil, "nvim is not on PATH: install Debian's neovim (.ci/run does)"))
struct NeovimTests {
    @Test(arguments: BrokenFixtures.names)
    func showsTheSameDiagnosticsAsTheCommandLine(fixture: String) throws {
        let scratch = try Scratch()
        let file = try scratch.copy(fixture: "broken/" + fixture)
        let expected = try CommandLineReport.of(file).findings.map(\.placedInBytes).sorted()
        try #require(!expected.isEmpty, "pmlint reports nothing for the broken fixture \(fixture), so there is nothing to compare")
        let shown = try #require(try NeovimSession.open(file, in: scratch).diagnostics).map(\.placed).sorted()
        #expect(shown == expected)
    }

    @Test func completionOnANewHeadingOffersTheMissingSections() throws {
        let scratch = try Scratch()
        let file = try scratch.copy(fixture: "broken/missing-sections.md")
        let offered = try #require(try NeovimSession.open(file, in: scratch).completion)
        // The fixture documents its break: Root Cause, Detection and Lessons Learned are absent.
        for missing in ["Root Cause", "Detection", "Lessons Learned"] {
            #expect(offered.contains(missing), "\(missing) not offered: \(offered)")
        }
        let present = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n")
            .filter { $0.hasPrefix("## ") }.map { String($0.dropFirst(3)) }
        #expect(!present.isEmpty)
        #expect(Set(offered).isDisjoint(with: present), "offers sections the document has: \(offered)")
    }

    @Test func pickingTheCodeActionInsertsTheMissingSection() throws {
        let scratch = try Scratch()
        let file = try scratch.copy(fixture: "broken/missing-sections.md")
        let findings = try CommandLineReport.of(file).findings
        let missing = try #require(findings.first { $0.rule == "PM001" && !$0.fixes.isEmpty }, "pmlint offers no fix for a missing section")
        let fix = missing.fixes[0]
        let session = try NeovimSession.open(file, in: scratch, action: (fix.title, missing.range.start.line - 1))
        #expect(session.picked == fix.title, "offered: \(session.offered ?? [])")
        let original = try Array(Data(contentsOf: URL(fileURLWithPath: file)))
        // Neovim's lines, joined, have no final line break.
        #expect(session.text_after.map { $0 + "\n" } == fix.applied(to: original))
        let after = try #require(session.diagnostics_after)
        #expect(!after.contains { $0.message == missing.message }, "still reported after the fix: \(missing.message)")
        #expect(after.count { $0.code == "PM001" } == findings.count { $0.rule == "PM001" } - 1)
    }
}
