/// How a postmortem's follow-up stands: what reviews check weeks after the incident.
public struct ActionItemTally: Sendable, Equatable, Codable {
    public var total = 0
    public var withoutOwner = 0
    public var open = 0
    /// Open items whose due date is before `today`.
    public var overdue = 0

    public init() {}

    /// - Parameter today: nil counts nothing as overdue.
    public init(_ items: [ActionItem], today: CalendarDate?) {
        total = items.count
        withoutOwner = items.filter { ($0.owner?.value ?? "").isEmpty }.count
        open = items.filter(\.isOpen).count
        overdue = items.filter { $0.isOverdue(today: today) }.count
    }

    public static func + (a: ActionItemTally, b: ActionItemTally) -> ActionItemTally {
        var sum = ActionItemTally()
        sum.total = a.total + b.total
        sum.withoutOwner = a.withoutOwner + b.withoutOwner
        sum.open = a.open + b.open
        sum.overdue = a.overdue + b.overdue
        return sum
    }
}

extension ActionItem {
    /// The due date, when it reads as one.
    public var dueDay: CalendarDate? { dueDate.flatMap { DateText.parsePrefix($0.value) } }

    /// Open and due before `today` (never, without a today or a readable due date).
    public func isOverdue(today: CalendarDate?) -> Bool {
        guard isOpen, let today, let due = dueDay else { return false }
        return due < today
    }
}

extension ActionItem {
    /// Whether `name` names this item's owner: its words appear in a row among the owner's,
    /// without case, where a word is a run of letters and digits ("sre" names "@sre-oncall"
    /// and "SRE team", "dana smith" names "Dana Smith (payments)", "re" names neither).
    public func isOwned(by name: String) -> Bool {
        guard let owner = owner?.value else { return false }
        func words(_ text: String) -> [Substring] {
            text.lowercased().split { !$0.isLetter && !$0.isNumber }
        }
        let wanted = words(name), owned = words(owner)
        guard !wanted.isEmpty, wanted.count <= owned.count else { return false }
        return (0...(owned.count - wanted.count)).contains { owned[$0..<$0 + wanted.count].elementsEqual(wanted) }
    }
}
