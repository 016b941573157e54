import PostmortemModel

/// A calendar month, such as 2024-05.
public struct Month: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int

    public init(_ date: CalendarDate) {
        year = date.year
        month = date.month
    }

    public static func < (a: Month, b: Month) -> Bool { (a.year, a.month) < (b.year, b.month) }

    public var next: Month {
        var next = self
        if month == 12 { next.year += 1; next.month = 1 } else { next.month += 1 }
        return next
    }

    public var description: String { "\(year)-\(month < 10 ? "0" : "")\(month)" }

    /// Every month from `first` to `last`, both included.
    static func range(_ first: Month, _ last: Month) -> [Month] {
        var months = [first]
        while months[months.count - 1] < last { months.append(months[months.count - 1].next) }
        return months
    }
}

/// A calendar quarter, such as 2024-Q2.
public struct Quarter: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var quarter: Int

    public init(_ date: CalendarDate) {
        year = date.year
        quarter = (date.month - 1) / 3 + 1
    }

    public static func < (a: Quarter, b: Quarter) -> Bool { (a.year, a.quarter) < (b.year, b.quarter) }

    public var description: String { "\(year)-Q\(quarter)" }
}
