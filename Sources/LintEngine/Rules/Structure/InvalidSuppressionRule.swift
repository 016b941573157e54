/// A `pmlint-disable` comment naming a rule that does not exist.
struct InvalidSuppressionRule: Rule {
    static let description = RuleDescription(
        id: "PM009", name: "unknown-rule-in-comment",
        summary: "A pmlint comment names a rule that does not exist.",
        rationale: """
            A misspelt rule name in a disable comment silences nothing, and the writer believes \
            the finding is handled. Rules are named by ID (`PM010`) or name (`action-item-owner`). A warning: the comment is certainly wrong, but the \
            document it sits in is not.
            """,
        defaultSeverity: .warning,
        triggering: [
            RuleExample("<!-- pmlint-disable ↓action-item-ownr -->"),
            RuleExample("<!-- pmlint-disable-next-line ↓PM999 -->\nSome text."),
            RuleExample("<!-- pmlint-disable-file placeholder-text ↓no-such-rule -->"),
        ],
        nonTriggering: [
            RuleExample("<!-- pmlint-disable action-item-owner -->"),
            RuleExample("<!-- pmlint-disable-next-line PM005 -->\nTBD"),
            RuleExample("<!-- a plain comment mentioning pmlint-disable-ish things -->"),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        context.suppressions.directives.flatMap { directive in
            directive.ruleNames.filter { RuleRegistry.rule(named: $0.name) == nil }.map { name in
                Finding(range: name.range,
                        message: "Unknown rule \"\(name.name)\" in a \(directive.kind.rawValue) comment; `pmlint rules` lists the rules.")
            }
        }
    }
}
