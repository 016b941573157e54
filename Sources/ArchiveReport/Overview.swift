import LintEngine
import PostmortemModel

/// How many incidents, when, how severe, and how the documents and their follow-ups stand.
public struct Overview: Sendable {
    public var incidents: Int
    /// Documents without a date of incident, left out of the monthly chart.
    public var undated: Int
    public var firstDate: CalendarDate?
    public var lastDate: CalendarDate?
    /// The severity labels that occur, in order; `Overview.unknownSeverity` last when present.
    public var severities: [String]
    /// Every month from the first incident to the last, with its incidents per severity
    /// (in the order of `severities`).
    public var months: [(month: Month, counts: [Int])]
    public var documentsWithoutErrors: Int
    /// The action items of every document summed, as `pmlint metrics` totals them.
    public var actions: ActionItemTally

    public static let unknownSeverity = "unknown"

    init(_ documents: [ReportDocument]) {
        incidents = documents.count
        let dates = documents.compactMap(\.date)
        undated = documents.count - dates.count
        firstDate = dates.min()
        lastDate = dates.max()
        let labels = documents.map { Self.severityLabel($0.severity) }
        let known = Set(labels).subtracting([Self.unknownSeverity]).sorted { $0.localizedStandardLess($1) }
        severities = known + (labels.contains(Self.unknownSeverity) ? [Self.unknownSeverity] : [])
        var counts: [Month: [Int]] = [:]
        for (document, label) in zip(documents, labels) {
            guard let date = document.date else { continue }
            counts[Month(date), default: Array(repeating: 0, count: severities.count)][severities.firstIndex(of: label)!] += 1
        }
        if let first = firstDate, let last = lastDate {
            let none = Array(repeating: 0, count: severities.count)
            months = Month.range(Month(first), Month(last)).map { ($0, counts[$0] ?? none) }
        } else {
            months = []
        }
        documentsWithoutErrors = documents.count { $0.findings.errors == 0 }
        actions = IncidentTotals(documents.map(\.figures)).actions
    }

    /// "SEV-1", "sev 1" and "Sev1" are one severity, shown as `SEV1`.
    static func severityLabel(_ written: String?) -> String {
        guard let written else { return unknownSeverity }
        let label = String(written.uppercased().filter { $0 != " " && $0 != "-" && $0 != "_" }.prefix(12))
        return label.isEmpty ? unknownSeverity : label
    }
}

private extension String {
    /// Orders `SEV2` before `SEV10`: runs of digits compare by value.
    func localizedStandardLess(_ other: String) -> Bool {
        func parts(_ text: String) -> [(String, Int)] {
            var result: [(String, Int)] = []
            var letters = ""
            var digits = ""
            for char in text {
                if char.isASCII && char.isNumber { digits.append(char) } else {
                    if !digits.isEmpty { result.append((letters, Int(digits) ?? 0)); letters = ""; digits = "" }
                    letters.append(char)
                }
            }
            result.append((letters, Int(digits) ?? -1))
            return result
        }
        for (a, b) in zip(parts(self), parts(other)) where a != b {
            return a.0 != b.0 ? a.0 < b.0 : a.1 < b.1
        }
        return self < other
    }
}
