/// An action item nobody owns.
struct ActionItemOwnerRule: Rule {
    static let description = RuleDescription(
        id: "PM010", name: "action-item-owner",
        summary: "An action item has no owner.",
        rationale: """
            Items without owners are not action items, they are wishes: nobody is asked about \
            them at the next review and they rot in the backlog. Name a person or a team. A \
            template handle such as `@engineer` is left to `placeholder-text`, so the problem is \
            reported once, and a completed item's owner is history. An error: whether an item \
            names an owner is read, not guessed, and an unowned open item is a gap every time.
            """,
        defaultSeverity: .error, audiences: [.internal],
        options: [RuleOption("ticketSatisfiesOwner", default: .bool(false),
                             "Accept a ticket reference in place of an owner, for teams whose tracker assigns owners.")],
        triggering: [
            RuleExample("## Action Items\n\n- [ ] ↓Add a freshness alert on the dashboard cache (due 2024-05-01, P1)"),
            RuleExample("## Follow-up actions\n\n| Action | Owner |\n|---|---|\n↓| Add recover() to every consumer |  |"),
            RuleExample("## Action Items\n\n- ↓Add a runbook link to the alert (JIRA-482)"),
        ],
        nonTriggering: [
            RuleExample("## Action Items\n\n- [ ] Add a freshness alert (@priya, due 2024-05-01, P1)"),
            RuleExample("## Action Items\n\n| Action | Owner |\n|---|---|\n| Add heartbeat monitor | Platform team |"),
            RuleExample("## Action Items\n\n- Add a runbook link to the alert. Owner: Dana Li. Due: 2024-05-10"),
            RuleExample("## Action Items\n\n- Add a runbook link to the alert (JIRA-482)", options: ["ticketSatisfiesOwner": .bool(true)]),
            RuleExample("## Action Items\n\n- Add recover() to every consumer — Chris Evans"),
            RuleExample("## Action Items\n\n- [x] Add a freshness alert\n- Rotated the signing key after the incident"),
            RuleExample("## Action Items\n\n| # | Action | Owner | Due date |\n|---|---|---|---|\n| 1 | Add heartbeat monitor | @engineer | 2024-05-01 |"),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        let ticketCounts = context.options.bool("ticketSatisfiesOwner")
        return context.document.actionItems.compactMap { item in
            guard item.isOpen else { return nil }
            // A placeholder owner is reported by `placeholder-text`.
            if let owner = item.owner, !owner.value.trimmingCharacters(in: " \t").isEmpty { return nil }
            if ticketCounts && item.ticket != nil { return nil }
            return Finding(range: item.origin == .table ? item.range : item.textRange,
                           message: "Action item \"\(item.text.prefixForMessage)\" has no owner; name the person or team who will do it.")
        }
    }
}

extension String {
    /// The first words of an action, for messages.
    var prefixForMessage: String {
        count <= 60 ? self : String(prefix(57)) + "…"
    }
}
