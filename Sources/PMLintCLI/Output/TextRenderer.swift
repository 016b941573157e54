import LintEngine

/// `--format text`: `path:line:col: severity: message [PM010 action-item-owner]`, one line
/// per finding in path and position order, then a summary line.
enum TextRenderer {
    struct Style {
        /// ANSI colours, only on a terminal and never with `NO_COLOR`.
        var color: Bool
        /// Errors only, no summary.
        var quiet: Bool
    }

    static func render(_ report: LintReport, style: Style) -> String {
        var lines: [String] = []
        for file in report.files {
            guard let source = file.source else { continue }
            for diagnostic in file.diagnostics where !style.quiet || diagnostic.severity == .error {
                let start = SourcePosition(diagnostic.range.lowerBound, in: source)
                let location = paint("\(file.path):\(start.line):\(start.column):", .bold, style)
                let severity = paint(diagnostic.severity.rawValue + ":", color(of: diagnostic.severity), style)
                let tag = paint("[\(diagnostic.ruleID) \(diagnostic.ruleName)]", .dim, style)
                lines.append("\(location) \(severity) \(diagnostic.message) \(tag)")
            }
        }
        if !style.quiet { lines.append(summary(report)) }
        return lines.joined(separator: "\n")
    }

    /// The last line: what was found where. A run in which something could not be linted
    /// starts with "Failed:" and never says "No problems", since it did not look everywhere.
    static func summary(_ report: LintReport) -> String {
        let counts = [(report.count(.error), "error"), (report.count(.warning), "warning"), (report.count(.info), "info")]
            .filter { $0.0 > 0 }.map { plural($0.0, $0.1) }.joined(separator: ", ")
        var line: String
        let failures = report.allFailures.count
        if failures > 0 {
            line = "Failed: \(plural(failures, "path")) could not be linted; \(plural(report.lintedCount, "file")) linted"
            line += counts.isEmpty ? " with no findings" : " with \(counts)"
        } else {
            let nothing = report.hiddenByBaseline.map { $0 > 0 } == true ? "No new problems" : "No problems"
            line = (counts.isEmpty ? nothing : counts) + " in \(plural(report.files.count, "file"))"
        }
        var notes: [String] = []
        if let hidden = report.hiddenByBaseline, hidden > 0 { notes.append("\(plural(hidden, "known finding")) hidden by the baseline") }
        if report.fixesApplied > 0 { notes.append("\(plural(report.fixesApplied, "fix")) applied") }
        if !notes.isEmpty { line += " (" + notes.joined(separator: ", ") + ")" }
        return line + "."
    }

    static func plural(_ count: Int, _ noun: String) -> String {
        let plural = noun == "fix" ? "fixes" : noun == "info" ? "infos" : noun + "s"
        return "\(count) \(count == 1 ? noun : plural)"
    }

    enum Color: String {
        case bold = "1", dim = "2", red = "31", yellow = "33", blue = "34"
    }

    private static func color(of severity: Severity) -> Color {
        switch severity {
        case .error: .red
        case .warning: .yellow
        case .info: .blue
        }
    }

    private static func paint(_ text: String, _ color: Color, _ style: Style) -> String {
        style.color ? "\u{1B}[\(color.rawValue)m\(text)\u{1B}[0m" : text
    }
}
