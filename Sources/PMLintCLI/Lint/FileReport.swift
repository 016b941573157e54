import LintEngine
import MarkdownSyntax
import PostmortemModel

/// The outcome for one document: its findings, or the one-line reason it could not be linted.
public struct FileReport: Sendable {
    public var path: String
    /// The file's absolute path (for standard input, that of `--stdin-filename`), which
    /// baselines record; nil for unnamed standard input.
    public var absolutePath: String?
    /// The text the diagnostics point into (after any fixes); nil when the file failed.
    public var source: SourceText?
    public var diagnostics: [Diagnostic]
    /// How many fixes `--fix` wrote to this file.
    public var fixesApplied: Int
    /// `path: problem`, when the file could not be read, decoded, configured or written.
    public var failure: String?
    /// What the document says, for the commands that report on it (`metrics`, `actions`).
    public var document: PostmortemDocument?
    /// The configuration the document was read with (its `today` judges due dates).
    public var configuration: Configuration?
    /// What the cross-document rules compare with the other documents of the run.
    public var archiveFacts: ArchiveFacts?

    public init(path: String, absolutePath: String? = nil, source: SourceText?, diagnostics: [Diagnostic] = [], fixesApplied: Int = 0,
                failure: String? = nil, result: LintResult? = nil, configuration: Configuration? = nil) {
        self.path = path
        self.absolutePath = absolutePath
        self.source = source
        self.diagnostics = diagnostics
        self.fixesApplied = fixesApplied
        self.failure = failure
        self.document = result?.document
        self.configuration = configuration
    }

    /// The report with the cross-document rules' findings added, in document order.
    func adding(_ diagnostics: [Diagnostic]) -> FileReport {
        guard !diagnostics.isEmpty else { return self }
        var report = self
        report.diagnostics = (self.diagnostics + diagnostics).sorted(by: Diagnostic.sortedOrder)
        return report
    }

    static func failed(_ path: String, _ problem: String) -> FileReport {
        FileReport(path: path, source: nil, failure: "\(path): \(problem)")
    }
}

/// Every document of one run, sorted by path, with the counts the summary and exit code use.
public struct LintReport: Sendable {
    public var files: [FileReport]
    /// Problems with the arguments themselves (a path that names nothing).
    public var failures: [String]
    /// How many findings `--baseline` hid, so the summary can say so; nil without a baseline.
    public var hiddenByBaseline: Int?

    public init(files: [FileReport], failures: [String] = [], hiddenByBaseline: Int? = nil) {
        self.files = files.sorted { $0.path < $1.path }
        self.failures = failures
        self.hiddenByBaseline = hiddenByBaseline
    }

    public func count(_ severity: Severity) -> Int {
        files.reduce(0) { $0 + $1.diagnostics.count { $0.severity == severity } }
    }

    public var fixesApplied: Int { files.reduce(0) { $0 + $1.fixesApplied } }

    /// The files that were linted, as opposed to those that failed.
    public var lintedCount: Int { files.count { $0.source != nil } }

    /// Argument failures, then each file's, each once and in path order.
    public var allFailures: [String] {
        var seen: Set<String> = []
        return (failures + files.compactMap(\.failure)).filter { seen.insert($0).inserted }
    }
}
