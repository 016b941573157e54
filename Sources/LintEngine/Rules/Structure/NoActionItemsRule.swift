/// An action-item section with no actions in it.
struct NoActionItemsRule: Rule {
    static let description = RuleDescription(
        id: "PM008", name: "no-action-items",
        summary: "The action-item section lists no actions.",
        rationale: """
            A postmortem without follow-up actions documents an incident and changes nothing. \
            Write each action as a list item or a table row so that it can be owned, dated and \
            tracked; prose paragraphs cannot be. An error: the section is found by its heading and \
            the items by their form (list items, table rows, TODO lines), so a section that names \
            actions and holds none is a gap every time.
            """,
        defaultSeverity: .error,
        triggering: [
            RuleExample("↓## Action Items\n\nWe will look at this next quarter."),
            RuleExample("↓## What We're Changing\n\nWe are reviewing our deployment process.", profile: "external"),
            RuleExample("↓## Follow-up actions\n\n| # | Action | Owner |\n|---|---|---|"),
        ],
        nonTriggering: [
            RuleExample("## Action Items\n\n- [ ] Add a freshness alert on the cache (@priya, due 2024-05-01, P1)"),
            RuleExample("## What We're Changing\n\n1. **Cache accuracy validation:** every deploy compares timestamps.", profile: "external"),
            RuleExample("## Follow-up actions\n\n| # | Action | Owner |\n|---|---|---|\n| 1 | Add recover() to consumers | Chris |"),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        let document = context.document
        guard document.actionItems.isEmpty else { return [] }
        return document.sections(of: .actionItems).prefix(1).map { section in
            Finding(range: section.headingRange,
                    message: "Section \"\(section.title)\" lists no actions; write each as a list item or table row with an owner and a due date.")
        }
    }
}
