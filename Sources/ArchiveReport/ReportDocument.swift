import LintEngine
import PostmortemModel

/// One postmortem as the archive report reads it: its metadata, the same figures
/// `pmlint metrics` prints, the action items `pmlint actions` lists, and its findings.
/// Small enough to keep for thousands of documents once their models are gone.
public struct ReportDocument: Sendable {
    public var path: String
    /// The first heading's text.
    public var title: String?
    /// The severity as written in the metadata.
    public var severity: String?
    public var profile: String
    public var figures: IncidentFigures
    public var actionItems: [ReportActionItem]
    public var facts: ArchiveFacts
    public var findings: FindingCounts

    /// - Parameters:
    ///   - today: the day due dates are judged against, as `metrics` and `actions` judge them.
    ///   - diagnostics: the document's findings, cross-document ones included.
    public init(path: String, document: PostmortemDocument, profile: String, today: CalendarDate?, diagnostics: [Diagnostic],
                facts: ArchiveFacts) {
        self.path = path
        title = document.allSections.first.map(\.title)
        severity = document.metadata[.severity].map(\.value).flatMap { $0.isEmpty ? nil : $0 }
        self.profile = profile
        figures = IncidentFigures(document: document, today: today)
        actionItems = document.actionItems.map { item in
            ReportActionItem(line: document.source.lines.line(containing: item.range.lowerBound) + 1, text: item.text,
                             owner: item.owner?.value, due: item.dueDate?.value, dueDay: item.dueDay, isOpen: item.isOpen,
                             isOverdue: item.isOverdue(today: today))
        }
        self.facts = facts
        findings = FindingCounts(diagnostics)
    }

    /// The day of the incident, when the document says.
    public var date: CalendarDate? { facts.incidentDate }
}

/// An action item with where it stands, judged as `pmlint actions` judges it.
public struct ReportActionItem: Sendable {
    /// 1-based, as `pmlint actions` prints it.
    public var line: Int
    public var text: String
    public var owner: String?
    public var due: String?
    public var dueDay: CalendarDate?
    public var isOpen: Bool
    public var isOverdue: Bool
}

/// A document's findings by severity and by rule.
public struct FindingCounts: Sendable {
    public var errors = 0
    public var warnings = 0
    public var infos = 0
    /// Findings per rule ID, with the rule's name and each severity.
    public var byRule: [String: RuleTally] = [:]

    public init(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            switch diagnostic.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .info: infos += 1
            }
            byRule[diagnostic.ruleID, default: RuleTally(id: diagnostic.ruleID, name: diagnostic.ruleName)].add(diagnostic.severity)
        }
    }
}

/// How often one rule reported, by severity, and in how many documents.
public struct RuleTally: Sendable {
    public var id: String
    public var name: String
    public var errors = 0
    public var warnings = 0
    public var infos = 0
    public var documents = 0

    public var total: Int { errors + warnings + infos }

    mutating func add(_ severity: Severity) {
        switch severity {
        case .error: errors += 1
        case .warning: warnings += 1
        case .info: infos += 1
        }
    }

    mutating func add(_ other: RuleTally) {
        errors += other.errors
        warnings += other.warnings
        infos += other.infos
        documents += 1
    }
}
