import Testing
import LintEngine
@testable import PMLintCLI

/// The commands other than lint, run in-process as a user would type them.
@Suite struct CommandTests {
    let folder = TemporaryFolder()

    @Test func configShowsEachValueWithWhereItCameFrom() {
        folder.makeFolder(".git")
        folder.write("docs/.pmlint.json", #"{"profile": "external", "rules": {"PM206": {"options": {"toleranceMinutes": 15}}}}"#)
        folder.write("docs/outage.md", "# Outage\n")
        let run = CLIRun.inProcess(["config", "docs/outage.md", "--all"], in: folder.path)
        #expect(run.status == 0)
        let lines = run.output.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
        let configFile = folder.file("docs/.pmlint.json")
        #expect(lines.contains("file \(configFile) (found)"))
        #expect(lines.contains("profile external (\(configFile))"))
        #expect(lines.contains("rules.PM206.options.toleranceMinutes 15 (\(configFile))"))
        #expect(lines.contains("rules.PM206.options.tolerancePercent 10 (default)"))
        #expect(lines.contains("rules.PM201.severity warning (default)"))
        #expect(lines.contains(#"sections.apology "Apology and Commitment" required (profile external)"#))
        let forced = CLIRun.inProcess(["config", "docs/outage.md", "--profile", "internal"], in: folder.path)
        #expect(forced.output.contains("(--profile)"))
    }

    @Test func configOfABadConfigurationIsTheOneLineError() {
        folder.makeFolder(".git")
        folder.write(".pmlint.json", #"{"profiles": []}"#)
        folder.write("a.md", "# A\n")
        let run = CLIRun.inProcess(["config", "a.md"], in: folder.path)
        #expect(run.status == 2)
        #expect(run.errorLines == ["\(folder.file(".pmlint.json")): profiles: expected an object, got an array"])
    }

    @Test func explainPrintsTheRulesDocumentation() throws {
        let rule = try #require(RuleRegistry.rule(named: "duration-mismatch")).description
        let run = CLIRun.inProcess(["explain", "duration-mismatch"], in: folder.path)
        #expect(run.status == 0)
        #expect(run.output.hasPrefix("PM206 duration-mismatch\n\n\(rule.summary)\n\n\(rule.rationale)"))
        #expect(run.output.contains("toleranceMinutes (default 5)"))
        #expect(run.output.contains("    " + rule.triggering[0].markdown.split(separator: "\n")[0]))
        #expect(CLIRun.inProcess(["explain", "PM206"], in: folder.path).output == run.output)
        let unknown = CLIRun.inProcess(["explain", "PM999"], in: folder.path)
        #expect(unknown.status == 2)
        #expect(unknown.errorLines == ["pmlint: unknown rule 'PM999' (see `pmlint rules`)"])
    }

    @Test func rulesListsEveryRuleOnce() {
        let run = CLIRun.inProcess(["rules"], in: folder.path)
        let lines = run.output.split(separator: "\n")
        #expect(lines.first?.hasPrefix("ID") == true)
        #expect(lines.count == RuleRegistry.descriptions.count + 1)
        for rule in RuleRegistry.descriptions {
            #expect(lines.contains { $0.hasPrefix(rule.id + "  " + rule.name) })
        }
    }

    @Test func initPrintsOrWritesATemplateAndNeverOverwrites() {
        let printed = CLIRun.inProcess(["init", "external"], in: folder.path)
        #expect(printed.output == PostmortemTemplate.external.markdown)
        #expect(printed.output.contains("## Apology and Commitment"))
        let written = CLIRun.inProcess(["init", "--output", "new.md"], in: folder.path)
        #expect(written.status == 0)
        #expect(folder.bytes("new.md") == Array(PostmortemTemplate.internal.markdown.utf8))
        let again = CLIRun.inProcess(["init", "external", "--output", "new.md"], in: folder.path)
        #expect(again.status == 2)
        #expect(again.errorLines == ["new.md: already exists; not overwritten"])
        #expect(folder.bytes("new.md") == Array(PostmortemTemplate.internal.markdown.utf8))
        #expect(CLIRun.inProcess(["init", "customer"], in: folder.path).status == 2)
    }

    @Test func everyTemplateHasEveryRequiredSectionOfItsProfile() throws {
        for template in PostmortemTemplate.all {
            let profile = try #require(Profile.builtIn[template.profile])
            for requirement in profile.sections where requirement.level == .required {
                #expect(template.section(requirement.kind)?.heading == requirement.title, "\(template.profile): \(requirement.kind)")
            }
        }
    }

    @Test func helpForEveryCommandAndUnknownCommands() {
        for name in ["lint", "explain", "rules", "init", "config", "help"] {
            let run = CLIRun.inProcess(["help", name], in: folder.path)
            #expect(run.status == 0)
            #expect(run.output.hasPrefix("Usage: pmlint "))
            #expect(CLIRun.inProcess([name, "--help"], in: folder.path).output == run.output)
        }
        #expect(CLIRun.inProcess(["help", "frob"], in: folder.path).status == 2)
    }

    @Test func initCreatesTheFoldersOfItsOutput() {
        let run = CLIRun.inProcess(["init", "--output", "a/b/new.md"], in: folder.path)
        #expect(run.status == 0)
        #expect(run.errors.isEmpty)
        #expect(folder.bytes("a/b/new.md") == Array(PostmortemTemplate.internal.markdown.utf8))
    }

    @Test func actionsOwnerMatchesHandlesAndNamesByWordWithoutCase() {
        folder.makeFolder(".git")
        folder.write("pm.md", """
            # Outage

            ## Action Items

            | Action | Owner | Due |
            |--------|-------|-----|
            | Page the rotation on disk pressure | @sre-oncall | 2030-01-10 |
            | Rotate the signing key | Dana Whitfield | 2030-01-11 |
            | Split the shared queue | @presre | 2030-01-12 |
            | Tune the alert | @SRE | 2030-01-13 |
            """)
        func owners(_ name: String) -> [String] {
            let run = CLIRun.inProcess(["actions", "pm.md", "--owner", name, "--format", "json"], in: folder.path)
            return run.output.split(separator: "\n").filter { $0.contains(#""owner":"#) }
                .map { $0.split(separator: "\"")[3].description }
        }
        #expect(owners("sre") == ["@sre-oncall", "@SRE"])
        #expect(owners("@SRE-oncall") == ["@sre-oncall"])
        #expect(owners("oncall") == ["@sre-oncall"])
        #expect(owners("whitfield") == ["Dana Whitfield"])
        #expect(owners("dana whitfield") == ["Dana Whitfield"])
        #expect(owners("re") == [])
    }

    @Test func configShowsOnlyWhatDiffersFromTheDefaultsUnlessAskedForAll() {
        folder.makeFolder(".git")
        let configFile = folder.write("docs/.pmlint.json", #"{"rules": {"PM206": {"options": {"toleranceMinutes": 15}}, "summary-length": "off"}}"#)
        folder.write("docs/outage.md", "# Outage\n")
        let run = CLIRun.inProcess(["config", "docs/outage.md"], in: folder.path)
        #expect(run.status == 0)
        let lines = run.output.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
        #expect(lines == ["file \(configFile) (found)", "profile internal (default)",
                          "rules.PM013.enabled false (\(configFile))", "rules.PM206.options.toleranceMinutes 15 (\(configFile))",
                          "Other values are the defaults: `pmlint config docs/outage.md --all` shows every one."])
        let all = CLIRun.inProcess(["config", "docs/outage.md", "--all"], in: folder.path)
        let allLines = all.output.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
        // An external-only rule is not enabled for an internal document.
        #expect(allLines.contains("rules.PM107.enabled false (not for internal documents)"))
        // Only a long list runs past 120 columns; it does not push every other line out.
        #expect(all.output.split(separator: "\n").allSatisfy { $0.count <= 120 || $0.contains("[") })
        let rule = CLIRun.inProcess(["config", "docs/outage.md", "--rule", "duration-mismatch"], in: folder.path)
        let ruleLines = rule.output.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
        #expect(ruleLines.dropFirst(2).allSatisfy { $0.hasPrefix("rules.PM206.") })
        #expect(ruleLines.contains("rules.PM206.options.tolerancePercent 10 (default)"))
        #expect(CLIRun.inProcess(["config", "docs/outage.md", "--rule", "PM999"], in: folder.path).status == 2)
    }

    @Test func configOfAMissingFileExitsTwo() {
        let run = CLIRun.inProcess(["config", "nope.md"], in: folder.path)
        #expect(run.status == 2)
        #expect(run.errorLines == ["nope.md: no such file or directory"])
    }
}
