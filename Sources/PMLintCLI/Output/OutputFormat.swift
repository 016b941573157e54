/// The report formats of `pmlint lint --format`.
enum OutputFormat: String, CaseIterable {
    case text
    case json
    case sarif
    case github
    case junit
    case gitlab

    func render(_ report: LintReport, style: TextRenderer.Style) -> String {
        switch self {
        case .text: TextRenderer.render(report, style: style)
        case .json: JSONRenderer.render(report)
        case .sarif: SARIFRenderer.render(report)
        case .github: GitHubRenderer.render(report)
        case .junit: JUnitRenderer.render(report)
        case .gitlab: GitLabRenderer.render(report)
        }
    }
}
