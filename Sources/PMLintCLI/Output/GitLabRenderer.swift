import LintEngine

/// `--format gitlab`: a GitLab Code Quality report, which merge requests show beside the
/// changed lines. Each finding is an issue with a fingerprint that names the finding, not
/// its line (file, rule, the text it covers, and how many identical findings came before it
/// in the file), so GitLab sees the same finding as unchanged when lines move above it.
enum GitLabRenderer {
    static func render(_ report: LintReport) -> String {
        var issues: [JSONOutput] = []
        for file in report.files {
            guard let source = file.source else { continue }
            var seen: [String: Int] = [:]
            for diagnostic in file.diagnostics {
                let key = Baseline.fingerprint(diagnostic, in: source)
                let occurrence = seen[key, default: 0]
                seen[key] = occurrence + 1
                let start = SourcePosition(diagnostic.range.lowerBound, in: source)
                issues.append(.object([
                    ("description", .string(diagnostic.message)),
                    ("check_name", .string("\(diagnostic.ruleID) \(diagnostic.ruleName)")),
                    ("fingerprint", .string(Baseline.hash("\(file.path)\u{0}\(key)\u{0}\(occurrence)"))),
                    ("severity", .string(severity(diagnostic.severity))),
                    ("location", .object([("path", .string(file.path)), ("lines", .object([("begin", .int(start.line))]))])),
                ]))
            }
        }
        return JSONOutput.array(issues).text
    }

    /// GitLab's scale is info, minor, major, critical, blocker: an error fails the run, so it
    /// is major; pmlint has nothing that would justify critical or blocker.
    private static func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: "major"
        case .warning: "minor"
        case .info: "info"
        }
    }
}
