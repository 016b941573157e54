import Testing

/// The built `pmlint` as a user or a pre-commit hook runs it: exit codes, one-line errors,
/// standard input.
@Suite struct ExecutableTests {
    let folder = TemporaryFolder()

    init() {
        folder.makeFolder(".git")
    }

    @Test func aMissingFileIsOneLineAndExitTwo() throws {
        let run = try CLIRun.executable(["missing.md"], in: folder.path)
        #expect(run.status == 2)
        #expect(run.errorLines == ["missing.md: no such file or directory"])
    }

    @Test func invalidUTF8IsOneLineAndExitTwo() throws {
        folder.write("bad.md", bytes: [0x23, 0x20, 0xC3, 0x28, 0x0A])
        let run = try CLIRun.executable(["bad.md"], in: folder.path)
        #expect(run.status == 2)
        #expect(run.errorLines == ["bad.md: invalid UTF-8 at line 1, column 3 (byte 2)"])
    }

    @Test func aBadConfigurationIsOneLineAndExitTwo() throws {
        folder.write("docs/.pmlint.json", #"{"profile": "customer"}"#)
        folder.write("docs/a.md", "# A\n")
        folder.write("docs/b.md", "# B\n")
        let run = try CLIRun.executable(["docs"], in: folder.path)
        #expect(run.status == 2)
        #expect(run.errorLines == [#"\#(folder.file("docs/.pmlint.json")): profile: "customer" is not a valid value (allowed: external, internal)"#])
    }

    @Test func standardInputFindsItsConfigurationThroughItsName() throws {
        folder.write("docs/.pmlint.json", #"{"rules": {"no-such-rule": "off"}}"#)
        let named = try CLIRun.executable(["-", "--stdin-filename", "docs/new.md"], in: folder.path, input: Array("# x\n".utf8))
        #expect(named.status == 2)
        #expect(named.errorLines.count == 1)
        #expect(named.errors.contains("docs/.pmlint.json: rules.no-such-rule: unknown rule"))
        // Without a name there is no folder to look in, and the working directory is never used.
        let anonymous = try CLIRun.executable(["-", "--format", "json"], in: folder.file("docs"), input: Array("# x\n".utf8))
        #expect(anonymous.status != 2)
        #expect(anonymous.output.contains(#""path": "<stdin>""#))
    }

    @Test func usageErrorsExitTwo() throws {
        let unknown = try CLIRun.executable(["--frobnicate"], in: folder.path)
        #expect(unknown.status == 2)
        #expect(unknown.errorLines == ["pmlint: unknown option '--frobnicate' for 'lint' (see `pmlint help lint`)"])
        let format = try CLIRun.executable(["--format", "xml", "a.md"], in: folder.path)
        #expect(format.status == 2)
        #expect(format.errors.contains("allowed: text, json"))
    }

    @Test func versionAndHelp() throws {
        let version = try CLIRun.executable(["--version"], in: folder.path)
        #expect(version.status == 0)
        #expect(version.output.hasPrefix("pmlint "))
        let help = try CLIRun.executable(["help", "explain"], in: folder.path)
        #expect(help.output.hasPrefix("Usage: pmlint explain RULE"))
    }
}

