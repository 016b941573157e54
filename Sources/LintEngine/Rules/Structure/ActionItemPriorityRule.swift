/// An action item with no priority (internal postmortems).
struct ActionItemPriorityRule: Rule {
    static let description = RuleDescription(
        id: "PM012", name: "action-item-priority",
        summary: "An action item has no priority.",
        rationale: """
            Follow-up work competes with everything else on the roadmap. A priority says which \
            items must land before the next incident of the same kind and which can wait. A \
            completed item needs none. A warning: many teams keep priorities in their tracker.
            """,
        defaultSeverity: .warning, audiences: [.internal],
        triggering: [
            RuleExample("## Action Items\n\n- [ ] ↓Add a freshness alert on the cache (@priya, due 2024-05-01)"),
            RuleExample("## Action Items\n\n| Action | Owner | Priority |\n|---|---|---|\n↓| Add heartbeat monitor | @dana |  |"),
            RuleExample("## Action Items\n\n| Action | Owner |\n|---|---|\n↓| Add heartbeat monitor | @dana |"),
        ],
        nonTriggering: [
            RuleExample("## Action Items\n\n- [ ] Add a freshness alert (@priya, due 2024-05-01, P1)"),
            RuleExample("## Action Items\n\n| Action | Owner | Priority |\n|---|---|---|\n| Add heartbeat monitor | @dana | High |"),
            RuleExample("## Action Items\n\n- Add alert. Owner: Priya. Priority: P2."),
            RuleExample("## Action Items\n\n| Action | Owner | Status |\n|---|---|---|\n| Add heartbeat monitor | @dana | **DONE** |"),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        context.document.actionItems.compactMap { item in
            guard item.isOpen, item.priority == nil else { return nil }
            return Finding(range: item.origin == .table ? item.range : item.textRange,
                           message: "Action item \"\(item.text.prefixForMessage)\" has no priority (for example P1 or High).")
        }
    }
}
