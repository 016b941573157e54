/// How well the documents are written, by the linter's findings.
public struct Quality: Sendable {
    /// Most findings first, then by ID.
    public var rules: [RuleTally]
    public var errors: Int
    public var warnings: Int
    public var infos: Int

    init(_ documents: [ReportDocument]) {
        var rules: [String: RuleTally] = [:]
        for document in documents {
            for (id, tally) in document.findings.byRule {
                rules[id, default: RuleTally(id: tally.id, name: tally.name)].add(tally)
            }
        }
        self.rules = rules.values.sorted { ($1.total, $0.id) < ($0.total, $1.id) }
        errors = documents.reduce(0) { $0 + $1.findings.errors }
        warnings = documents.reduce(0) { $0 + $1.findings.warnings }
        infos = documents.reduce(0) { $0 + $1.findings.infos }
    }
}
