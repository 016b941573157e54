import LintEngine
import MarkdownSyntax

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
        // Bytes written piece by piece, and the reports read by index: a large folder's run
        // writes tens of thousands of lines, each piece appended to a `String` costs several
        // times a byte copy, and a copy of each report and finding would retain every one
        // of their fields only to read a few.
        var output: [UInt8] = []
        let files = report.files
        for file in files.indices {
            guard let source = files[file].source else { continue }
            let diagnostics = files[file].diagnostics
            for index in diagnostics.indices where !style.quiet || diagnostics[index].severity == .error {
                if !output.isEmpty { output.append(UInt8(ascii: "\n")) }
                write(diagnostics[index], path: files[file].path, in: source, style: style, to: &output)
            }
        }
        if !style.quiet {
            if !output.isEmpty { output.append(UInt8(ascii: "\n")) }
            output += summary(report).utf8
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// `path:line:col: severity: message [ID name]`, the column in bytes.
    private static func write(_ diagnostic: Diagnostic, path: String, in source: SourceText, style: Style, to output: inout [UInt8]) {
        let start = source.lines.utf8Position(of: diagnostic.range.lowerBound)
        paint(.bold, style, &output) { output in
            output += path.utf8
            output += ":\(start.line + 1):\(start.column + 1):".utf8
        }
        output.append(UInt8(ascii: " "))
        paint(color(of: diagnostic.severity), style, &output) { output in
            output += diagnostic.severity.rawValue.utf8
            output.append(UInt8(ascii: ":"))
        }
        output.append(UInt8(ascii: " "))
        output += diagnostic.message.utf8
        output.append(UInt8(ascii: " "))
        paint(.dim, style, &output) { output in
            output.append(UInt8(ascii: "["))
            output += diagnostic.ruleID.utf8
            output.append(UInt8(ascii: " "))
            output += diagnostic.ruleName.utf8
            output.append(UInt8(ascii: "]"))
        }
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

    /// What `text` writes, in `color` when the style has colours.
    private static func paint(_ color: Color, _ style: Style, _ output: inout [UInt8], _ text: (inout [UInt8]) -> Void) {
        guard style.color else { return text(&output) }
        output += "\u{1B}[\(color.rawValue)m".utf8
        text(&output)
        output += "\u{1B}[0m".utf8
    }
}
