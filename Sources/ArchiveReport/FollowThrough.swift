import PostmortemModel

/// Whether the actions postmortems promise get done: by owner, the overdue ones, and the
/// share done for incidents old enough to expect it.
public struct FollowThrough: Sendable {
    public struct OwnerFigures: Sendable {
        /// As written; `FollowThrough.noOwner` for items without one.
        public var owner: String
        public var open: Int
        public var overdue: Int
        public var done: Int
    }

    public struct OverdueItem: Sendable {
        public var document: Int
        public var item: ReportActionItem
        public var daysOverdue: Int
    }

    /// Incidents at least `days` old and how many of their items are done.
    public struct AgeFigures: Sendable {
        public var days: Int
        public var incidents: Int
        public var items: Int
        public var done: Int
    }

    /// Most overdue first, then most open, then by name.
    public var owners: [OwnerFigures]
    /// Most days overdue first, then by path and line.
    public var overdue: [OverdueItem]
    public var ages: [AgeFigures]
    public var open: Int
    public var done: Int

    public static let noOwner = "(no owner)"
    public static let ageThresholds = [30, 60, 90]

    init(_ documents: [ReportDocument], today: CalendarDate) {
        var byOwner: [String: OwnerFigures] = [:]
        var overdue: [OverdueItem] = []
        for (index, document) in documents.enumerated() {
            for item in document.actionItems {
                let owner = item.owner.flatMap { $0.isEmpty ? nil : $0 } ?? Self.noOwner
                var figures = byOwner[owner] ?? OwnerFigures(owner: owner, open: 0, overdue: 0, done: 0)
                if item.isOpen { figures.open += 1 } else { figures.done += 1 }
                if item.isOverdue {
                    figures.overdue += 1
                    overdue.append(OverdueItem(document: index, item: item, daysOverdue: today.daysSinceEpoch - item.dueDay!.daysSinceEpoch))
                }
                byOwner[owner] = figures
            }
        }
        owners = byOwner.values.sorted { ($1.overdue, $1.open, $0.owner) < ($0.overdue, $0.open, $1.owner) }
        self.overdue = overdue.sorted { a, b in
            (b.daysOverdue, documents[a.document].path, a.item.line) < (a.daysOverdue, documents[b.document].path, b.item.line)
        }
        open = owners.reduce(0) { $0 + $1.open }
        done = owners.reduce(0) { $0 + $1.done }
        ages = Self.ageThresholds.map { days in
            let old = documents.filter { document in document.date.map { today.daysSinceEpoch - $0.daysSinceEpoch >= days } ?? false }
            return AgeFigures(days: days, incidents: old.count, items: old.reduce(0) { $0 + $1.actionItems.count },
                              done: old.reduce(0) { $0 + $1.actionItems.count { !$0.isOpen } })
        }
    }
}
