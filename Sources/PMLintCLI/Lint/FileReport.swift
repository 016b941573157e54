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

    /// Adds the cross-document rules' findings, keeping document order.
    mutating func add(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        self.diagnostics = (self.diagnostics + diagnostics).sorted(by: Diagnostic.sortedOrder)
    }

    static func failed(_ path: String, _ problem: String) -> FileReport {
        FileReport(path: path, source: nil, failure: "\(path): \(problem)")
    }
}

/// Every document of one run, sorted by path, with the counts the summary and exit code use.
///
/// A run over a large folder holds thousands of reports, each of whose copies retains every
/// field: the report is sorted only when it is not already (a runner's reports come sorted),
/// and its counts are taken once, through the files' indices.
public struct LintReport: Sendable {
    public let files: [FileReport]
    /// Problems with the arguments themselves (a path that names nothing).
    public let failures: [String]
    /// How many findings `--baseline` hid, so the summary can say so; nil without a baseline.
    public let hiddenByBaseline: Int?
    private let errors: Int
    private let warnings: Int
    private let infos: Int
    public let fixesApplied: Int
    /// The files that were linted, as opposed to those that failed.
    public let lintedCount: Int

    public init(files: [FileReport], failures: [String] = [], hiddenByBaseline: Int? = nil) {
        let sorted = files.indices.dropFirst().allSatisfy { files[$0 - 1].path <= files[$0].path }
        self.files = sorted ? files : files.sorted { $0.path < $1.path }
        self.failures = failures
        self.hiddenByBaseline = hiddenByBaseline
        var (errors, warnings, infos) = (0, 0, 0)
        var fixes = 0
        var linted = 0
        for file in self.files.indices {
            for diagnostic in self.files[file].diagnostics.indices {
                switch self.files[file].diagnostics[diagnostic].severity {
                case .error: errors += 1
                case .warning: warnings += 1
                case .info: infos += 1
                }
            }
            fixes += self.files[file].fixesApplied
            if self.files[file].source != nil { linted += 1 }
        }
        (self.errors, self.warnings, self.infos) = (errors, warnings, infos)
        fixesApplied = fixes
        lintedCount = linted
    }

    public func count(_ severity: Severity) -> Int {
        switch severity {
        case .error: errors
        case .warning: warnings
        case .info: infos
        }
    }

    /// Argument failures, then each file's, each once and in path order.
    public var allFailures: [String] {
        var seen: Set<String> = []
        return (failures + files.indices.compactMap { files[$0].failure }).filter { seen.insert($0).inserted }
    }
}
