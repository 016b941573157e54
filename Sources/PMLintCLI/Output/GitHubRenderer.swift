import LintEngine

/// `--format github`: GitHub Actions workflow commands, which become annotations on the
/// changed lines of a pull request.
enum GitHubRenderer {
    static func render(_ report: LintReport) -> String {
        var lines: [String] = []
        for file in report.files {
            guard let source = file.source else { continue }
            for diagnostic in file.diagnostics {
                let start = SourcePosition(diagnostic.range.lowerBound, in: source)
                let end = SourcePosition(diagnostic.range.upperBound, in: source)
                let properties = [("file", file.path), ("line", String(start.line)), ("col", String(start.utf16Column)),
                                  ("endLine", String(end.line)), ("endColumn", String(end.utf16Column)),
                                  ("title", "\(diagnostic.ruleID) \(diagnostic.ruleName)")]
                    .map { "\($0.0)=\(escape($0.1, property: true))" }.joined(separator: ",")
                lines.append("::\(command(diagnostic.severity)) \(properties)::\(escape(diagnostic.message, property: false))")
            }
        }
        for failure in report.allFailures { lines.append("::error title=pmlint::\(escape(failure, property: false))") }
        return lines.joined(separator: "\n")
    }

    private static func command(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "notice"
        }
    }

    /// The runner's own escaping: `%`, CR and LF always; `:` and `,` inside properties.
    private static func escape(_ text: String, property: Bool) -> String {
        var out = ""
        for character in text {
            switch character {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            case "\r\n": out += "%0D%0A"
            case ":" where property: out += "%3A"
            case "," where property: out += "%2C"
            default: out.append(character)
            }
        }
        return out
    }
}
