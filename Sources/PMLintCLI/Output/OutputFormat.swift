/// The report formats of `pmlint lint --format`.
enum OutputFormat: String, CaseIterable {
    case text
    case json

    func render(_ report: LintReport, style: TextRenderer.Style) -> String {
        switch self {
        case .text: TextRenderer.render(report, style: style)
        case .json: JSONRenderer.render(report)
        }
    }
}
