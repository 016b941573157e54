import Testing
import LintEngine

/// The commands other than lint, run in-process as a user would type them.
@Suite struct CommandTests {
    let folder = TemporaryFolder()

    @Test func configShowsEachValueWithWhereItCameFrom() {
        folder.makeFolder(".git")
        folder.write("docs/.pmlint.json", #"{"profile": "external", "rules": {"PM206": {"options": {"toleranceMinutes": 15}}}}"#)
        folder.write("docs/outage.md", "# Outage\n")
        let run = CLIRun.inProcess(["config", "docs/outage.md"], in: folder.path)
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
        #expect(lines.count == RuleRegistry.all.count + 1)
        for rule in RuleRegistry.all {
            #expect(lines.contains { $0.hasPrefix(rule.description.id + "  " + rule.description.name) })
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
}
