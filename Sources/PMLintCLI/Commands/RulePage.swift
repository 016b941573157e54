import LintEngine

/// A rule's page in Markdown (`pmlint explain RULE --format markdown`), the text of
/// `docs/rules/PM010.md` and its siblings, to which SARIF `helpUri` and the editor's diagnostic
/// links point. Built from the rule's own description, like `pmlint explain`, so the page,
/// the terminal and the tests that run the examples all read one source.
enum RulePage {
    static func markdown(_ rule: RuleDescription) -> String {
        var lines = [
            "<!-- Generated from the rule's description in Sources/LintEngine/Rules by docs/generate.sh: edit the rule, then run it. -->",
            "# \(rule.id) `\(rule.name)`", "", rule.summary, "",
        ]
        let facts = Array(RulesCommand.headers.dropFirst(2))
        lines.append("| " + facts.joined(separator: " | ") + " |")
        lines.append("|" + String(repeating: " --- |", count: facts.count))
        lines.append("| " + RulesCommand.row(rule).dropFirst(2).joined(separator: " | ") + " |")
        lines += ["", "## Why", "", rule.rationale]
        if !rule.options.isEmpty {
            lines += ["", "## Options", "", "Set under `rules` in `.pmlint.json`: `\"\(rule.name)\": {\"options\": {…}}`.", "",
                      "| Option | Default | Meaning |", "| --- | --- | --- |"]
            for option in rule.options {
                lines.append("| `\(option.name)` | `\(option.defaultValue)` | \(option.summary) |")
            }
        }
        lines += examples("Reported", note: "`\(RuleExample.marker)` marks where each finding starts; it is not part of the text.",
                          rule.triggering)
        lines += examples("Not reported", note: nil, rule.nonTriggering)
        lines += ["", "`pmlint explain \(rule.id)` prints the same in the terminal."]
        return lines.joined(separator: "\n")
    }

    private static func examples(_ heading: String, note: String?, _ examples: [RuleExample]) -> [String] {
        guard !examples.isEmpty else { return [] }
        var lines = ["", "## " + heading]
        if let note { lines += ["", note] }
        for example in examples {
            var notes: [String] = []
            if let profile = example.profile { notes.append("profile `\(profile)`") }
            if !example.options.isEmpty { notes.append("options `\(JSONValue.object(example.options))`") }
            lines.append("")
            if !notes.isEmpty { lines += ["With " + notes.joined(separator: ", ") + ":", ""] }
            var markdown = Substring(example.markdown)
            while markdown.last == "\n" { markdown = markdown.dropLast() }
            let fence = String(repeating: "`", count: max(3, longestBacktickRun(in: markdown) + 1))
            lines += [fence + "markdown", String(markdown), fence]
        }
        return lines
    }

    /// A fence must be longer than any run of backticks inside it, or an example's own fence
    /// would end it early.
    private static func longestBacktickRun(in text: Substring) -> Int {
        var longest = 0
        var run = 0
        for character in text {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        return longest
    }
}
