import LintEngine
import LSPTypes

/// Turns the engine's diagnostics into the editor's.
enum DiagnosticTranslation {
    /// `code` links to the rule's page in `documentation`, the same page SARIF reports link to.
    static func translate(_ diagnostic: LintEngine.Diagnostic, converter: PositionConverter,
                          documentation: RuleDocumentation) -> LSPTypes.Diagnostic {
        let fixes = diagnostic.fixes.map { fix in
            DiagnosticFix(title: fix.title, edits: fix.edits.map(converter.textEdit), isSafe: fix.isSafe ? nil : false)
        }
        return LSPTypes.Diagnostic(range: converter.range(of: diagnostic.range), severity: severity(diagnostic.severity),
                                   code: diagnostic.ruleID,
                                   codeDescription: CodeDescription(href: documentation.url(forRule: diagnostic.ruleID)),
                                   source: source, message: diagnostic.message,
                                   data: fixes.isEmpty ? nil : DiagnosticData(fixes: fixes))
    }

    /// The `source` of every pmlint diagnostic, which code actions use to recognise ours.
    static let source = "pmlint"

    static func severity(_ severity: Severity) -> Int {
        switch severity {
        case .error: 1
        case .warning: 2
        case .info: 3
        }
    }
}
