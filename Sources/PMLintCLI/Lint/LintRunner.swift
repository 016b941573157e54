import Dispatch
import LintEngine
import MarkdownSyntax

/// Lints documents in parallel on every core, each with the configuration that governs its
/// own folder, and optionally writes their fixes back.
public struct LintRunner: Sendable {
    public let resolver: ConfigurationResolver
    public let applyFixes: Bool
    /// `--unsafe-fixes`: fixes that need the writer's review are applied too.
    public let includeUnsafeFixes: Bool
    /// Whether each report keeps the document's model, for the commands that report on it
    /// (`metrics`, `actions`). `lint` does not: over a large folder, the models of every file
    /// held until the end would be most of the run's memory.
    let keepsDocuments: Bool
    /// The registry's rules; tests pass their own.
    let rules: [any Rule.Type]

    public init(resolver: ConfigurationResolver, applyFixes: Bool = false, includeUnsafeFixes: Bool = false) {
        self.init(resolver: resolver, applyFixes: applyFixes, includeUnsafeFixes: includeUnsafeFixes, rules: RuleRegistry.all)
    }

    init(resolver: ConfigurationResolver, applyFixes: Bool, includeUnsafeFixes: Bool = false, rules: [any Rule.Type],
         keepsDocuments: Bool = false) {
        self.resolver = resolver
        self.applyFixes = applyFixes
        self.includeUnsafeFixes = includeUnsafeFixes
        self.rules = rules
        self.keepsDocuments = keepsDocuments
    }

    /// Lints `inputs`; `standardInput` supplies the bytes of the input without a path.
    public func run(_ inputs: [LintInput], standardInput: () -> [UInt8]) -> [FileReport] {
        let stdinBytes = inputs.contains { $0.absolutePath == nil } ? standardInput() : []
        if inputs.count == 1 { return [lint(inputs[0], stdinBytes: stdinBytes, alone: true)] }
        let results = UnsafeMutableBufferPointer<FileReport?>.allocate(capacity: inputs.count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        // Each iteration writes only its own slot, so the buffer needs no lock.
        nonisolated(unsafe) let slots = results
        DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
            slots[index] = lint(inputs[index], stdinBytes: stdinBytes)
        }
        // Moved out, not copied: a report's copy retains every field, thousands of times over.
        return results.indices.map { results.moveElement(from: $0)! }
    }

    /// `run`, then the cross-document rules over every document read, each finding added to
    /// its document's report; sorted by path, so that findings name the others in that order.
    public func runWithArchiveRules(_ inputs: [LintInput], standardInput: () -> [UInt8]) -> [FileReport] {
        var files = run(inputs, standardInput: standardInput)
        files.sort { $0.path < $1.path }
        let read = files.indices.filter { files[$0].archiveFacts != nil }
        let found = ArchiveChecker.diagnostics(read.map { ArchiveEntry(path: files[$0].path, facts: files[$0].archiveFacts!) })
        for (index, diagnostics) in zip(read, found) { files[index].add(diagnostics) }
        return files
    }

    /// One document, start to finish. Never throws: every problem becomes the report's failure.
    /// - Parameter alone: the only document of the run (a pre-commit hook's usual case): its
    ///   rules use every core, as the files of a larger run do.
    public func lint(_ input: LintInput, stdinBytes: [UInt8], alone: Bool = false) -> FileReport {
        let path = input.displayPath
        var snapshot: FileSystem.Snapshot?
        let bytes: [UInt8]
        if let absolute = input.absolutePath {
            do throws(CommandError) {
                snapshot = try FileSystem.readFile(absolute)
            } catch {
                return .failed(path, error.description)
            }
            bytes = snapshot!.bytes
        } else {
            bytes = stdinBytes
        }
        if bytes.contains(0) { return .failed(path, "binary file (it contains NUL bytes); not linted") }
        let source: SourceText
        do throws(SourceTextError) {
            source = try SourceText(utf8: bytes)
        } catch {
            return .failed(path, Self.describe(error, in: bytes))
        }
        let configuration: Configuration
        do throws(ConfigurationError) {
            configuration = try resolver.configuration(forFile: input.configurationPath)
        } catch {
            return FileReport(path: path, source: nil, failure: error.description)
        }
        var linter = Linter(configuration: configuration, rules: rules)
        linter.runsRuleGroupsInParallel = alone
        let (result, applied) = applyFixes && snapshot != nil
            ? FixApplier.applySafeFixesRepeatedly(to: linter.lint(source), linter: linter, includingUnsafe: includeUnsafeFixes)
            : (linter.lint(source), 0)
        let fixed = result.document.source
        var report = FileReport(path: path, absolutePath: input.configurationPath, source: fixed, diagnostics: result.diagnostics,
                                fixesApplied: applied, result: keepsDocuments ? result : nil, configuration: configuration)
        report.archiveFacts = ArchiveFacts(result: result, configuration: configuration)
        guard applied > 0, let snapshot else { return report }
        do throws(CommandError) {
            try SafeFileWriter.replace(input.absolutePath!, readAs: snapshot, with: fixed.byteOrderMark + fixed.bytes)
        } catch {
            return .failed(path, error.description)
        }
        return report
    }

    /// Where the bad byte is: 1-based line and UTF-8 byte column, as pmlint counts columns
    /// in every other message (a byte-order mark is not counted), so an editor's go-to-line finds it.
    static func describe(_ error: SourceTextError, in bytes: [UInt8]) -> String {
        switch error {
        case .invalidUTF8(let offset):
            let lineStart = bytes[..<offset].lastIndex(of: 0x0A).map { $0 + 1 }
                ?? (bytes.starts(with: SourceText.utf8ByteOrderMark) ? SourceText.utf8ByteOrderMark.count : 0)
            let line = bytes[..<lineStart].count { $0 == 0x0A } + 1
            return "invalid UTF-8 at line \(line), column \(offset - lineStart + 1) (byte \(offset))"
        }
    }
}
