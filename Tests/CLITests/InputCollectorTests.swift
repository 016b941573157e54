import Foundation
import Testing
@testable import PMLintCLI

/// Which files a list of PATH, GLOB and `-` arguments names.
@Suite struct InputCollectorTests {
    let folder = TemporaryFolder()

    func collect(_ arguments: [String]) -> InputCollector {
        var collector = InputCollector(currentDirectory: folder.path, stdinName: nil)
        for argument in arguments { collector.add(argument) }
        return collector
    }

    @Test func foldersAreSearchedForMarkdownSkippingHiddenFoldersAndIgnoredEntries() {
        folder.makeFolder(".git")
        for file in ["docs/a.md", "docs/b.markdown", "docs/notes.txt", "docs/.drafts/c.md", "docs/old/d.md",
                     "docs/old/keep.md", "docs/2024/e.MD", "docs/generated.md"] {
            folder.write(file, "# x\n")
        }
        folder.write(".pmlintignore", "# comment\n/docs/generated.md\nold/\n")
        folder.write("docs/2024/.pmlintignore", "*.tmp\n")
        let collector = collect(["docs"])
        #expect(collector.inputs.map(\.displayPath) == ["docs/2024/e.MD", "docs/a.md", "docs/b.markdown"])
        #expect(collector.failures.isEmpty)
    }

    @Test func negatedPatternsReinclude() {
        folder.makeFolder(".git")
        folder.write("a.md", "")
        folder.write("b.md", "")
        folder.write(".pmlintignore", "*.md\n!b.md\n")
        #expect(collect(["."]).inputs.map(\.displayPath) == ["b.md"])
    }

    @Test func globsAreExpandedWhenTheShellDidNot() {
        folder.write("docs/2023/a.md", "")
        folder.write("docs/2024/q1/b.md", "")
        folder.write("docs/c.md", "")
        #expect(collect(["docs/**/*.md"]).inputs.map(\.displayPath) == ["docs/2023/a.md", "docs/2024/q1/b.md", "docs/c.md"])
        #expect(collect(["docs/*/*.md"]).inputs.map(\.displayPath) == ["docs/2023/a.md"])
        #expect(collect(["docs/*.txt"]).failures == ["docs/*.txt: no files match"])
    }

    @Test func namedFilesAreTakenAsTheyAreAndMissingOnesFail() {
        folder.write("notes.txt", "")
        let collector = collect(["notes.txt", "missing.md", "-"])
        #expect(collector.inputs.map(\.displayPath) == ["notes.txt", "<stdin>"])
        #expect(collector.failures == ["missing.md: no such file or directory"])
    }

    @Test func aSymlinkLoopIsWalkedOnce() throws {
        folder.write("docs/a.md", "")
        try FileManager.default.createSymbolicLink(atPath: folder.file("docs/loop"), withDestinationPath: "..")
        #expect(collect(["docs"]).inputs.map(\.displayPath) == ["docs/a.md"])
    }
}
