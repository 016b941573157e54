import Foundation
import Testing

/// The editor set-up snippets in the README's *Set up an editor* section: each sits under its
/// own `####` heading, and the editor tests run it as written, with only the placeholder
/// `/path/to/pmlint` replaced by this repository.
enum ReadmeSnippets {
    static let section = "### Set up an editor"

    /// Code blocks of the section by the heading they sit under, in order.
    static func all() throws -> [(heading: String, language: String, code: String)] {
        let readme = try String(contentsOfFile: Programs.repository + "/README.md", encoding: .utf8)
        let start = try #require(readme.range(of: "\n" + section + "\n"), "the README has no \(section) section")
        let rest = readme[start.upperBound...]
        let end = rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex
        var heading = ""
        var blocks: [(heading: String, language: String, code: String)] = []
        var open: (language: String, lines: [Substring])?
        for line in rest[..<end].split(separator: "\n", omittingEmptySubsequences: false) {
            if var block = open {
                if line == "```" {
                    blocks.append((heading, block.language, block.lines.joined(separator: "\n") + "\n"))
                    open = nil
                } else {
                    block.lines.append(line)
                    open = block
                }
            } else if line.hasPrefix("```") {
                open = (String(line.dropFirst(3)), [])
            } else if line.hasPrefix("#### ") {
                heading = String(line.dropFirst(5))
            }
        }
        return blocks
    }

    /// The snippet under the heading that starts with `heading`, in `language`, written to a
    /// file of the scratch folder as the user's configuration; returns its path.
    static func write(_ heading: String, language: String, to scratch: Scratch, as name: String) throws -> String {
        let matches = try all().filter { $0.heading.hasPrefix(heading) && $0.language == language }
        try #require(matches.count == 1, "the README should have one \(language) snippet under #### \(heading)…, has \(matches.count)")
        let file = scratch.file(name)
        try matches[0].code.replacingOccurrences(of: "/path/to/pmlint", with: Programs.repository)
            .write(toFile: file, atomically: true, encoding: .utf8)
        return file
    }

    /// Every snippet the editor tests run: (heading prefix, language).
    static let tested = [("Neovim", "lua"), ("Vim with ALE", "vim"), ("Emacs with Eglot", "elisp"), ("Emacs with lsp-mode", "elisp")]
}

/// The README shows no editor snippet that no test runs.
struct ReadmeSnippetTests {
    @Test func everySnippetInTheEditorSectionIsOneTheEditorTestsRun() throws {
        let blocks = try ReadmeSnippets.all()
        #expect(blocks.count == ReadmeSnippets.tested.count, "\(blocks.map(\.heading))")
        for block in blocks {
            #expect(ReadmeSnippets.tested.contains { block.heading.hasPrefix($0.0) && block.language == $0.1 },
                    "the \(block.language) snippet under #### \(block.heading) is run by no editor test")
        }
    }

    /// Outside that section the README links to the editor files instead of quoting set-ups.
    @Test func noOtherPartOfTheReadmeQuotesAnEditorSetUp() throws {
        let readme = try String(contentsOfFile: Programs.repository + "/README.md", encoding: .utf8)
        let start = try #require(readme.range(of: "\n" + ReadmeSnippets.section + "\n"))
        let end = readme[start.upperBound...].range(of: "\n## ")?.lowerBound ?? readme.endIndex
        let outside = readme[..<start.lowerBound] + readme[end...]
        for setUp in ["vim.lsp.start(", "require('pmlint')", "(load \"", "lsp-register-client", "[language-server.pmlint]", "packadd"] {
            #expect(!outside.contains(setUp), "the README quotes \(setUp) outside \(ReadmeSnippets.section)")
        }
    }
}
