import LintEngine

/// `pmlint explain RULE`: a rule's documentation, from its `RuleDescription`.
struct ExplainCommand: Command {
    static let name = "explain"
    static let summary = "Explain a rule: what it reports, why, its options and examples."
    static let synopsis = "explain RULE [--format text|markdown]"
    static let details = "RULE is an ID such as PM001 or a name such as missing-section."
    static let options: [OptionSpec] = [
        OptionSpec("--format", value: "FORMAT", "text (default) or markdown, the rule's page as in docs/rules/."),
    ]

    static func run(_ arguments: ParsedArguments, console: Console) throws(CommandError) -> ExitCode {
        guard arguments.positionals.count == 1, let key = arguments.positionals.first else {
            throw .usage("explain takes exactly one rule ID or name", command: name)
        }
        guard let rule = RuleRegistry.rule(named: key) else {
            throw CommandError("pmlint: unknown rule '\(key)' (see `pmlint rules`)")
        }
        let format = try arguments.choice("--format", from: ["text", "markdown"], default: "text", command: name)
        console.print(format == "markdown" ? RulePage.markdown(rule.description) : text(rule.description))
        return .clean
    }

    static func text(_ rule: RuleDescription) -> String {
        var lines = ["\(rule.id) \(rule.name)", "", rule.summary, "", rule.rationale, ""]
        lines.append("Default severity: \(rule.defaultSeverity.rawValue)\(rule.isOptIn ? " (off unless enabled)" : "")")
        lines.append("Profiles: \(RulesCommand.audiences(of: rule))")
        lines.append("Fixable: \(!rule.isFixable ? "no" : rule.hasUnsafeFixes ? "yes, with --fix --unsafe-fixes or from the editor" : "yes, with --fix")")
        if !rule.options.isEmpty {
            lines += ["", "Options:"]
            for option in rule.options {
                lines.append("  \(option.name) (default \(option.defaultValue)): \(option.summary)")
            }
        }
        lines += examples("Reported (\(RuleExample.marker) marks each finding):", rule.triggering)
        lines += examples("Not reported:", rule.nonTriggering)
        if let archiveRule = RuleRegistry.rule(named: rule.id) as? any ArchiveRule.Type {
            lines += ["", "Runs over a folder: each finding names the other document."]
            lines += archiveExamples("Reported (\(RuleExample.marker) marks each finding):", archiveRule.triggeringArchives)
            lines += archiveExamples("Not reported:", archiveRule.nonTriggeringArchives)
        }
        return lines.joined(separator: "\n")
    }

    /// Each archive as its documents, each document under its path.
    private static func archiveExamples(_ title: String, _ archives: [ArchiveExample]) -> [String] {
        guard !archives.isEmpty else { return [] }
        var lines = ["", title]
        for (index, archive) in archives.enumerated() {
            lines += ["", "  Folder \(index + 1):"]
            for document in archive.documents {
                lines += examples("  \(document.path):", [RuleExample(document.markdown)]).dropFirst()
            }
        }
        return lines
    }

    private static func examples(_ title: String, _ examples: [RuleExample]) -> [String] {
        guard !examples.isEmpty else { return [] }
        var lines = ["", title]
        for example in examples {
            var notes: [String] = []
            if let profile = example.profile { notes.append("profile \(profile)") }
            if !example.options.isEmpty { notes.append("options \(JSONValue.object(example.options))") }
            lines.append("")
            if !notes.isEmpty { lines.append("  With " + notes.joined(separator: ", ") + ":") }
            var markdown = Substring(example.markdown)
            while markdown.last == "\n" { markdown = markdown.dropLast() }
            lines += markdown.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "    " + $0 }
        }
        return lines
    }
}
