/// Which column of an action-item table holds what, found from the header row.
struct ActionItemColumns {
    enum Role: CaseIterable {
        case action, owner, dueDate, priority, status, ticket

        var headerNames: Set<String> {
            switch self {
            case .action: ["action", "action item", "action items", "item", "task", "description", "what", "follow up",
                           "follow up action", "remediation", "change", "todo", "work item"]
            case .owner: ["owner", "owners", "assignee", "assigned to", "dri", "responsible", "who", "team", "owner team"]
            case .dueDate: ["due", "due date", "deadline", "target date", "target", "eta", "by when", "when", "date", "due by"]
            case .priority: ["priority", "prio", "pri", "p", "severity"]
            case .status: ["status", "state", "done"]
            case .ticket: ["ticket", "tickets", "issue", "jira", "link", "tracking", "tracker", "ticket id", "reference", "ref"]
            }
        }
    }

    private(set) var columns: [Role: Int] = [:]

    /// Reads normalised header texts. Without a recognisable action column, the first
    /// column that is neither a number (`#`) nor another role holds the action; when every
    /// column names a role (`| Issue | Owner | Status |`), the first one that is not a number
    /// does, whatever its name.
    init(headers: [String]) {
        for (index, header) in headers.enumerated() {
            if let role = Role.allCases.first(where: { columns[$0] == nil && $0.headerNames.contains(header) }) {
                columns[role] = index
            }
        }
        guard columns[.action] == nil else { return }
        let counted = headers.indices.filter { !["", "no", "number", "id"].contains(headers[$0]) }
        let taken = Set(columns.values)
        guard let action = counted.first(where: { !taken.contains($0) }) ?? counted.first else { return }
        for (role, index) in columns where index == action { columns[role] = nil }
        columns[.action] = action
    }

    subscript(role: Role) -> Int? { columns[role] }
}
