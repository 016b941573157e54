import PostmortemModel

/// An action item with no usable due date.
struct ActionItemDueDateRule: Rule {
    static let description = RuleDescription(
        id: "PM011", name: "action-item-due-date",
        summary: "An action item has no due date, one that does not parse, or one before the incident.",
        rationale: """
            A due date turns an intention into a commitment that the next review can check. \
            A date that does not parse cannot be tracked, and one before the incident is a typo \
            that hides the real deadline. A completed item needs no deadline, and a template's \
            `YYYY-MM-DD` is left to `placeholder-text`. A warning: many teams keep dates in \
            the tracker the item links to.
            """,
        defaultSeverity: .warning, audiences: [.internal],
        triggering: [
            RuleExample("## Action Items\n\n- [ ] ↓Add a freshness alert on the cache (@priya, P1)"),
            RuleExample("## Action Items\n\n| Action | Owner | Due date |\n|---|---|---|\n| Add heartbeat monitor | @dana | ↓next sprint |"),
            RuleExample("**Date of incident:** 2024-04-15\n\n## Action Items\n\n- [ ] Add alert (@priya, due ↓2024-03-01)"),
        ],
        nonTriggering: [
            RuleExample("## Action Items\n\n- [ ] Add a freshness alert (@priya, due 2024-05-01, P1)"),
            RuleExample("## Action Items\n\n| Action | Owner | Due date |\n|---|---|---|\n| Add heartbeat monitor | @dana | May 10, 2024 |"),
            RuleExample("**Date of incident:** 2024-04-15\n\n## Action Items\n\n- Add alert. Owner: Priya. Due: 2024-04-30"),
            RuleExample("## Action Items\n\n| Action | Owner | Due date |\n|---|---|---|\n| Add monitor | @dana | YYYY-MM-DD |"),
            RuleExample("## Action Items\n\n- [x] Add a freshness alert (@priya)\n- Rotate the signing key (done)\n- ~~Move the cron job~~"),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        let incidentDate = context.document.metadata[.date].flatMap { DateText.parse($0.value) }
        return context.document.actionItems.compactMap { item in
            guard item.isOpen else { return nil }
            guard let due = item.dueDate else {
                return Finding(range: item.origin == .table ? item.range : item.textRange,
                               message: "Action item \"\(item.text.prefixForMessage)\" has no due date; add one so the review can check it.")
            }
            guard let date = DateText.parsePrefix(due.value) else {
                if Placeholders.standard.isPlaceholder(due.value) { return nil }
                return Finding(range: due.range, message: "Due date \"\(due.value)\" is not a date; write it as 2024-05-01 or May 1, 2024.")
            }
            if let incidentDate, date < incidentDate {
                return Finding(range: due.range, message: "Due date \(date) is before the incident (\(incidentDate)); is the year right?")
            }
            return nil
        }
    }
}
