import Foundation
import Testing

/// A throwaway git repository whose `pre-commit` git hook runs this repository's
/// `.pre-commit-hooks.yaml` through the real `pre-commit try-repo`, as a team trying the hook
/// before adding it to their configuration would.
struct HookedRepository {
    let scratch: Scratch
    let hook: String

    init(hook: String) throws {
        scratch = try Scratch()
        try FileManager.default.removeItem(atPath: scratch.file(".git"))
        self.hook = hook
        try git("init", "--quiet")
        try git("config", "user.email", "test@example.com")
        try git("config", "user.name", "pmlint test")
        try git("config", "commit.gpgsign", "false")
        // pre-commit's cache, the built pmlint first on PATH (for `language: system`).
        let script = """
            #!/bin/sh
            export PRE_COMMIT_HOME='\(scratch.file(".git/pre-commit-cache"))'
            export PATH='\((Programs.built("pmlint") as NSString).deletingLastPathComponent)':"$PATH"
            exec '\(Programs.python!)' -m pre_commit try-repo '\(Programs.repository)' \(hook)

            """
        let hookFile = scratch.file(".git/hooks/pre-commit")
        try FileManager.default.createDirectory(atPath: (hookFile as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try script.write(toFile: hookFile, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hookFile)
    }

    @discardableResult
    func git(_ arguments: String...) throws -> Finished {
        let finished = try run(Programs.git!, arguments, in: scratch.path, timeout: 1800)
        return finished
    }

    /// Stages `files` (fixture → path in the repository) and commits them.
    func commit(_ files: [String: String]) throws -> Finished {
        for (fixture, path) in files {
            _ = try scratch.copy(fixture: fixture, to: path)
            try git("add", path)
        }
        return try git("commit", "--quiet", "-m", "Add postmortems")
    }

    var commitCount: Int {
        get throws { Int(try git("rev-list", "--count", "--all").output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0 }
    }
}

// Skipped, with this reason printed, where pre-commit or git is missing (.ci/run installs
// pre-commit from PyPI); never passes without running them.
@Suite(.enabled(if: Programs.hasPreCommit && Programs.git != nil, "pre-commit or git is missing: pip install pre-commit (.ci/run does)"))
struct PreCommitTests {
    /// `pmlint-system` runs the pmlint on PATH (here, the one `swift test` built).
    @Test func theSystemHookBlocksABrokenPostmortemAndPassesAFixedOne() throws {
        try commitBrokenThenFixed(hook: "pmlint-system")
    }

    /// `pmlint` builds pmlint from the repository in release mode (`language: swift`), which
    /// takes minutes: it runs in CI (`CI` set, as `.ci/run` is run) or when asked, and is
    /// skipped, saying so, in everyone's local `swift test`.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["CI"] != nil || ProcessInfo.processInfo.environment["PMLINT_TEST_SWIFT_HOOK"] != nil,
                   "the language: swift hook's release build runs only in CI (or with PMLINT_TEST_SWIFT_HOOK=1)"))
    func theSwiftHookBuildsPmlintThenBlocksABrokenPostmortem() throws {
        try commitBrokenThenFixed(hook: "pmlint")
    }

    private func commitBrokenThenFixed(hook: String) throws {
        let repository = try HookedRepository(hook: hook)
        let postmortem = "postmortems/2024-10-02-image-resizing.md"
        let findings = try CommandLineReport.of(Programs.repository + "/Fixtures/broken/action-items-missing-fields.md").findings
        try #require(!findings.isEmpty)
        let blocked = try repository.commit(["broken/action-items-missing-fields.md": postmortem])
        #expect(blocked.status != 0, "the commit went through: \(blocked.output)")
        #expect(try repository.commitCount == 0)
        for finding in findings {
            let line = "\(postmortem):\(finding.range.start.line):\(finding.range.start.column):"
            #expect(blocked.output.contains(line) && blocked.output.contains(finding.message), "\(line) missing from: \(blocked.output)")
        }

        // Notes are Markdown but not postmortems: the hook's `files` pattern leaves them out,
        // though pmlint would report every missing section.
        try FileManager.default.removeItem(atPath: repository.scratch.file(postmortem))
        let committed = try repository.commit(["clean/internal-dns-migration.md": postmortem, "broken/no-timeline.md": "notes/draft.md"])
        #expect(committed.status == 0, "\(committed.output)")
        #expect(try repository.commitCount == 1)
        #expect(!committed.output.contains("notes/draft.md"), "\(committed.output)")
    }
}
