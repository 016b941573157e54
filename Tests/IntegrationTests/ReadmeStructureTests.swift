import Foundation
import Testing

/// The README reads in the order a new user needs it, every link inside it lands somewhere,
/// and the repository's top level holds only what its layout allows.
struct ReadmeStructureTests {
    static func text(_ relative: String) throws -> String {
        try String(contentsOfFile: Programs.repository + "/" + relative, encoding: .utf8)
    }

    /// The `##` headings, outside code blocks.
    static func headings(_ markdown: String, level: Int) -> [String] {
        var inFence = false
        let marker = String(repeating: "#", count: level) + " "
        return markdown.split(separator: "\n").compactMap { line in
            if line.hasPrefix("```") { inFence.toggle() }
            return !inFence && line.hasPrefix(marker) ? String(line.dropFirst(marker.count)) : nil
        }
    }

    /// GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens.
    static func anchor(_ heading: String) -> String {
        String(heading.lowercased().unicodeScalars.compactMap { scalar -> Character? in
            if scalar == " " { return "-" }
            if CharacterSet.alphanumerics.contains(scalar) || scalar == "-" || scalar == "_" { return Character(scalar) }
            return nil
        })
    }

    @Test func theSectionsComeInTheOrderAUserNeedsThem() throws {
        let sections = Self.headings(try Self.text("README.md"), level: 2)
        #expect(sections == ["Contents", "Install", "Quick start", "Command line", "Configuration", "Rules", "Output formats",
                             "Exit codes", "Language server", "Troubleshooting", "Upgrade and uninstall", "More", "License"])
        let quickStart = Self.headings(try Self.text("README.md"), level: 3)
        #expect(Array(quickStart.prefix(4)) == ["Lint a file", "Add to pre-commit", "Add to CI", "Set up an editor"])
    }

    @Test func everyAnchorAndFileLinkLandsSomewhere() throws {
        let readme = try Self.text("README.md")
        let anchors = Set((2...4).flatMap { Self.headings(readme, level: $0) }.map(Self.anchor))
        let links = readme.components(separatedBy: "](").dropFirst().compactMap { $0.split(separator: ")").first.map(String.init) }
        #expect(links.count > 20)
        for link in links where !link.hasPrefix("http") {
            if link.hasPrefix("#") {
                #expect(anchors.contains(String(link.dropFirst())), "README links to #\(link.dropFirst()), which is no heading")
            } else {
                #expect(FileManager.default.fileExists(atPath: Programs.repository + "/" + link), "README links to \(link), which does not exist")
            }
        }
    }

    /// Architecture, benchmark logs and fuzzing logs live in docs/, linked from the README.
    @Test func internalsLiveInDocsLinkedFromTheReadme() throws {
        let readme = try Self.text("README.md")
        for (file, heading) in [("docs/architecture.md", "# How pmlint is built"), ("docs/performance.md", "# Performance"),
                                ("docs/reliability.md", "# Reliability")] {
            #expect(try Self.text(file).hasPrefix(heading + "\n"), "\(file) should start with \(heading)")
            #expect(readme.contains("(\(file))"), "the README does not link \(file)")
        }
        for log in ["callgrind", "executions (", "MB/s"] {
            #expect(!readme.contains(log), "the README still holds benchmark or fuzzing logs (\(log))")
        }
    }

    @Test(.enabled(if: Programs.git != nil, "git is not on PATH"))
    func theTopLevelHoldsOnlyWhatTheLayoutAllows() throws {
        let listed = try run(Programs.git!, ["ls-files"], in: Programs.repository)
        try #require(listed.status == 0, "\(listed.output)")
        let topLevel = Set(listed.output.split(separator: "\n").map { String($0.split(separator: "/")[0]) })
        let allowed: Set = ["Package.swift", "Sources", "Tests", "Fixtures", "editors", "README.md", ".ci", "docs", "Benchmarks", "Fuzz",
                            "LICENSE", ".gitignore", ".pre-commit-hooks.yaml"]
        #expect(topLevel.subtracting(allowed).isEmpty, "not allowed at the top level: \(topLevel.subtracting(allowed).sorted())")
    }
}
