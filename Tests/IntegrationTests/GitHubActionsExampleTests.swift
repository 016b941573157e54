import Foundation
import Testing

/// The README's GitHub Actions example: its "Lint changed postmortems" script, run as GitHub
/// runs a step (`bash -e -o pipefail`), in a throwaway repository with a base branch.
struct WorkflowStep {
    let script: String

    /// The `run: |` block under the step named `name` in the README's workflow.
    init(named name: String) throws {
        let readme = try String(contentsOfFile: Programs.repository + "/README.md", encoding: .utf8)
        let lines = readme.components(separatedBy: "\n")
        let step = try #require(lines.firstIndex { $0.hasSuffix("- name: \(name)") }, "no step named \(name) in the README")
        let run = try #require(lines[step...].firstIndex { $0.hasSuffix("run: |") })
        let indent = String(repeating: " ", count: lines[run].prefix { $0 == " " }.count + 2)
        script = lines[(run + 1)...].prefix { $0.hasPrefix(indent) }.map { String($0.dropFirst(indent.count)) }.joined(separator: "\n")
    }

    /// Runs the script in `folder` with `BASE` set as the workflow sets it, pmlint on PATH.
    func run(in folder: String, base: String) throws -> Finished {
        let path = (Programs.built("pmlint") as NSString).deletingLastPathComponent + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "")
        return try IntegrationTests.run("/bin/bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", script], in: folder,
                                        environment: ["BASE": base, "PATH": path])
    }
}

/// A repository with a `main` branch and a `feature` branch that changes some files.
struct PullRequest {
    let scratch: Scratch

    /// `before` is committed on main; `changes` on feature (fixture → path in the repository).
    init(before: [String: String], changes: [String: String]) throws {
        scratch = try Scratch()
        try FileManager.default.removeItem(atPath: scratch.file(".git"))
        try git("init", "--quiet", "--initial-branch=main")
        try commit(before)
        try git("checkout", "--quiet", "-b", "feature")
        try commit(changes)
    }

    private func commit(_ files: [String: String]) throws {
        for (fixture, path) in files {
            _ = try scratch.copy(fixture: fixture, to: path)
            try git("add", path)
        }
        try git("-c", "user.email=test@example.com", "-c", "user.name=pmlint test", "-c", "commit.gpgsign=false",
                "commit", "--quiet", "--allow-empty", "-m", "change")
    }

    private func git(_ arguments: String...) throws {
        let finished = try run(Programs.git!, arguments, in: scratch.path)
        try #require(finished.status == 0, "git \(arguments.joined(separator: " ")): \(finished.output)")
    }

    /// The SARIF log's results, as (file, rule) pairs.
    var sarifResults: [[String]] {
        get throws {
            let data = try Data(contentsOf: URL(fileURLWithPath: scratch.file("pmlint.sarif")))
            let log = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let results = ((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]]) ?? []
            return results.map { result in
                let location = (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
                let uri = (location?["artifactLocation"] as? [String: Any])?["uri"] as? String
                return [uri ?? "", result["ruleId"] as? String ?? ""]
            }
        }
    }
}

// Skipped, with this reason printed, where git is missing; never passes without running it.
@Suite(.enabled(if: Programs.git != nil, "git is not on PATH"))
struct GitHubActionsExampleTests {
    @Test func aBrokenChangedPostmortemFailsTheStepWithAnnotationsAndSARIF() throws {
        let request = try PullRequest(before: ["broken/no-timeline.md": "postmortems/old.md"],
                                      changes: ["broken/action-items-missing-fields.md": "postmortems/2024/image-resizing.md",
                                                "broken/no-action-items.md": "notes/draft.md"])
        let findings = try CommandLineReport.of(request.scratch.file("postmortems/2024/image-resizing.md")).findings
        try #require(!findings.isEmpty)
        let step = try WorkflowStep(named: "Lint changed postmortems").run(in: request.scratch.path, base: "main")
        #expect(step.status != 0, "the step passed: \(step.output)")
        let annotations = step.output.split(separator: "\n").filter { $0.hasPrefix("::") }
        #expect(annotations.count == findings.count, "\(step.output)")
        #expect(annotations.allSatisfy { $0.contains("file=postmortems/2024/image-resizing.md,") }, "\(step.output)")
        // Only the changed postmortem: not the old one on main, not the notes.
        #expect(try request.sarifResults == findings.map { ["postmortems/2024/image-resizing.md", $0.rule] })
    }

    @Test func aCleanChangeAndNoChangePass() throws {
        let clean = try PullRequest(before: ["broken/no-timeline.md": "postmortems/old.md"],
                                    changes: ["clean/internal-dns-migration.md": "postmortems/dns.md"])
        let cleanStep = try WorkflowStep(named: "Lint changed postmortems").run(in: clean.scratch.path, base: "main")
        #expect(cleanStep.status == 0, "\(cleanStep.output)")
        #expect(!cleanStep.output.contains("::error"), "\(cleanStep.output)")

        let unrelated = try PullRequest(before: ["broken/no-timeline.md": "postmortems/old.md"],
                                        changes: ["broken/no-action-items.md": "notes/draft.md"])
        let unrelatedStep = try WorkflowStep(named: "Lint changed postmortems").run(in: unrelated.scratch.path, base: "main")
        #expect(unrelatedStep.status == 0 && unrelatedStep.output.contains("No postmortem changed."), "\(unrelatedStep.output)")
    }
}
