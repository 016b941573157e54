import Foundation
import Testing

/// `.ci/run`, run in a copy of its folder with `swift` and `dpkg` replaced by stand-ins, and pip
/// cut off from every package source, so each install fails at once.
struct CIScriptRun {
    let scratch: Scratch
    let finished: Finished
    /// What the stand-in `swift` saw: its arguments, then the `python3` first on its PATH.
    let swiftSaw: [String]

    init() throws {
        scratch = try Scratch()
        let ci = scratch.file(".ci/run")
        try FileManager.default.createDirectory(atPath: scratch.file(".ci"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Programs.repository + "/.ci/run", toPath: ci)
        let bin = scratch.file("stand-ins")
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: scratch.file("no-packages"), withIntermediateDirectories: true)
        let saw = scratch.file("swift-saw")
        try Self.script(bin + "/swift", "echo \"$*\" > '\(saw)'; command -v python3 >> '\(saw)'")
        try Self.script(bin + "/dpkg", "exit 0")
        let environment = ["PATH": bin + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? ""),
                           "PIP_CONFIG_FILE": "/dev/null", "PIP_NO_INDEX": "1", "PIP_FIND_LINKS": scratch.file("no-packages")]
        finished = try run("/bin/bash", [ci], in: scratch.path, environment: environment, timeout: 300)
        swiftSaw = (try? String(contentsOfFile: saw, encoding: .utf8))?.split(separator: "\n").map(String.init) ?? []
    }

    private static func script(_ path: String, _ body: String) throws {
        try "#!/bin/sh\n\(body)\n".write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
    }
}

// Skipped, saying why, where Debian's python3 cannot make a virtual environment (.ci/run
// installs python3-venv).
@Suite(.enabled(if: (try? run("/usr/bin/python3", ["-c", "import ensurepip, venv"]))?.status == 0,
                "/usr/bin/python3 cannot make a virtual environment: install Debian's python3-venv (.ci/run does)"))
struct CIScriptTests {
    /// One run checks both promises: each `.ci/run` makes a virtual environment, which takes a while.
    @Test func toolsGoIntoAnEnvironmentOfTheirOwnFirstOnPathAndAFailedInstallShowsWhy() throws {
        let ci = try CIScriptRun()
        #expect(ci.finished.status == 0, "\(ci.finished.output)")
        #expect(FileManager.default.isExecutableFile(atPath: ci.scratch.file(".venv-test/bin/python3")), "\(ci.finished.output)")
        #expect(ci.swiftSaw == ["test", ci.scratch.file(".venv-test/bin/python3")], "swift test ran as \(ci.swiftSaw)")

        #expect(ci.finished.output.contains("could not install pytest-lsp==1.0.1 into .venv-test"), "\(ci.finished.output)")
        // pip's own words, not a guess.
        #expect(ci.finished.output.contains("No matching distribution found for pytest-lsp==1.0.1"), "\(ci.finished.output)")
        // The other groups are still tried.
        #expect(ci.finished.output.contains("could not install pre-commit==4.7.0 into .venv-test"), "\(ci.finished.output)")
    }

    /// The README's second set-up command is what CI runs, word for word.
    @Test func ciRunsTheReadmesTestCommand() throws {
        let readme = try String(contentsOfFile: Programs.repository + "/README.md", encoding: .utf8)
        let block = try #require(readme.components(separatedBy: "```sh\n").dropFirst().first?.components(separatedBy: "```").first)
        let commands = block.split(separator: "\n").map { $0.components(separatedBy: "#")[0].trimmingCharacters(in: .whitespaces) }
        try #require(commands.count == 2, "the README's first block should hold the two set-up commands: \(commands)")
        let ci = try String(contentsOfFile: Programs.repository + "/.ci/run", encoding: .utf8)
        let last = ci.split(separator: "\n").last { !$0.hasPrefix("#") && !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        #expect(last.map(String.init) == commands[1])
    }
}
