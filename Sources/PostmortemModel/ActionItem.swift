/// A follow-up action, from a table row or a list item in an action-items section.
public struct ActionItem: Sendable {
    /// The action's text without owner, due date and other annotations.
    public var text: String
    public var textRange: Range<Int>
    /// The whole row or list item.
    public var range: Range<Int>
    public var owner: ActionField?
    public var dueDate: ActionField?
    public var priority: ActionField?
    public var status: ActionField?
    public var ticket: ActionField?
    /// For a task-list item, whether it is ticked; nil for other items.
    public var isChecked: Bool?
    /// Where more columns or annotations could be written, for fixes that add one:
    /// the end of the action text for a list item, the end of the row for a table.
    public var insertionPoint: Int
    public var origin: Origin

    public enum Origin: String, Sendable, Codable {
        case table
        case list
    }

    public init(text: String, textRange: Range<Int>, range: Range<Int>, owner: ActionField? = nil, dueDate: ActionField? = nil,
                priority: ActionField? = nil, status: ActionField? = nil, ticket: ActionField? = nil,
                isChecked: Bool? = nil, insertionPoint: Int, origin: Origin) {
        self.text = text
        self.textRange = textRange
        self.range = range
        self.owner = owner
        self.dueDate = dueDate
        self.priority = priority
        self.status = status
        self.ticket = ticket
        self.isChecked = isChecked
        self.insertionPoint = insertionPoint
        self.origin = origin
    }

    /// Open unless ticked or its status says it is done.
    public var isOpen: Bool {
        if isChecked == true { return false }
        guard let status = status?.value.lowercased() else { return true }
        return !["done", "closed", "complete", "completed", "resolved", "fixed", "shipped", "won't do", "wont do", "cancelled", "canceled"].contains(status)
    }
}

/// One annotation of an action item: its text and where it stands.
public struct ActionField: Sendable, Equatable {
    public var value: String
    public var range: Range<Int>

    public init(value: String, range: Range<Int>) {
        self.value = value
        self.range = range
    }
}
