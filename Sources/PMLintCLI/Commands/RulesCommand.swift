import LintEngine

/// `pmlint rules`: every rule in a table; `--format markdown` writes the README's table.
struct RulesCommand: Command {
    static let name = "rules"
    static let summary = "List every rule with its ID, name, default severity, profiles and whether it fixes."
    static let synopsis = "rules [--format text|markdown]"
    static let options: [OptionSpec] = [OptionSpec("--format", value: "FORMAT", "text (default) or markdown, as in the README.")]

    static func run(_ arguments: ParsedArguments, console: Console) throws(CommandError) -> ExitCode {
        let format = try arguments.choice("--format", from: ["text", "markdown"], default: "text", command: name)
        console.print(format == "markdown" ? markdownTable() : textTable())
        return .clean
    }

    static let headers = ["ID", "Name", "Severity", "Profiles", "Fixable"]

    static func row(_ rule: RuleDescription) -> [String] {
        [rule.id, rule.name, severity(of: rule), audiences(of: rule), !rule.isFixable ? "no" : rule.hasUnsafeFixes ? "unsafe" : "yes"]
    }

    static func severity(of rule: RuleDescription) -> String {
        rule.defaultSeverity.rawValue + (rule.isOptIn ? " (opt-in)" : "")
    }

    static func audiences(of rule: RuleDescription) -> String {
        let names = Audience.allCases.filter(rule.applies(to:)).map(\.rawValue)
        return names.count == Audience.allCases.count ? "all" : names.joined(separator: ", ")
    }

    static func textTable() -> String {
        let rows = [headers.map { $0.uppercased() }] + RuleRegistry.descriptions.map(row)
        let widths = headers.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { cells in
            zip(cells, widths).map { $0 + String(repeating: " ", count: $1 - $0.count) }.joined(separator: "  ")
                .trimmingTrailingSpaces()
        }.joined(separator: "\n")
    }

    /// The README's rule table, with each rule's summary, generated so it cannot drift.
    static func markdownTable() -> String {
        var lines = ["| " + (headers + ["What it reports"]).joined(separator: " | ") + " |",
                     "|" + String(repeating: " --- |", count: headers.count + 1)]
        for rule in RuleRegistry.descriptions {
            let cells = row(rule).enumerated().map { $0.offset < 2 ? "`\($0.element)`" : $0.element } + [rule.summary]
            lines.append("| " + cells.map { $0.replacingPipes() }.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n")
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }

    func replacingPipes() -> String {
        split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
    }
}
