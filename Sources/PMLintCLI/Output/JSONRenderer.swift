import LintEngine
import MarkdownSyntax

/// `--format json`: the versioned report documented in the README. Version 1 only ever
/// gains members; a change that removes or renames one bumps `version`.
public enum JSONRenderer {
    public static let version = 1

    public static func render(_ report: LintReport) -> String {
        let files: [JSONOutput] = report.files.filter { $0.failure == nil }.map { file in
            .object([("path", .string(file.path)),
                     ("diagnostics", .array(file.diagnostics.map { diagnostic($0, in: file.source!) }))])
        }
        var summary: [(String, JSONOutput)] = [
            ("files", .int(report.files.count)), ("errors", .int(report.count(.error))), ("warnings", .int(report.count(.warning))),
            ("infos", .int(report.count(.info))), ("fixed", .int(report.fixesApplied)), ("failures", .array(report.allFailures.map(JSONOutput.string))),
        ]
        // Only runs with --baseline have it, so reports without one stay as they were.
        if let hidden = report.hiddenByBaseline { summary.insert(("baselined", .int(hidden)), at: 5) }
        return JSONOutput.object([("version", .int(version)), ("files", .array(files)), ("summary", .object(summary))]).text
    }

    static func diagnostic(_ diagnostic: Diagnostic, in source: SourceText) -> JSONOutput {
        .object([
            ("rule", .string(diagnostic.ruleID)), ("name", .string(diagnostic.ruleName)),
            ("severity", .string(diagnostic.severity.rawValue)), ("message", .string(diagnostic.message)),
            ("range", range(diagnostic.range, in: source)),
            ("fixes", .array(diagnostic.fixes.map { fix in
                .object([("title", .string(fix.title)), ("safe", .bool(fix.isSafe)),
                         ("edits", .array(fix.edits.map { edit in
                             .object([("range", range(edit.range, in: source)), ("newText", .string(edit.newText))])
                         }))])
            })),
        ])
    }

    static func range(_ range: Range<Int>, in source: SourceText) -> JSONOutput {
        .object([("start", SourcePosition(range.lowerBound, in: source).json), ("end", SourcePosition(range.upperBound, in: source).json)])
    }
}
