import MarkdownSyntax

extension FixApplier {
    /// How many lint-and-fix rounds `--fix` and the editor's "fix all" run at most.
    public static let maximumPasses = 10

    /// Applies every safe fix the way `--fix` does: fixes that overlap an accepted one wait
    /// for the next round, so the text is linted again and fixed again until nothing more
    /// applies. Shared by the command line and the language server so both fix alike.
    public static func applySafeFixesRepeatedly(to source: SourceText, diagnostics: [Diagnostic], linter: Linter)
        -> (source: SourceText, diagnostics: [Diagnostic], applied: Int) {
        var source = source
        var diagnostics = diagnostics
        var applied = 0
        for _ in 0..<maximumPasses {
            let (fixed, count) = applySafeFixes(of: diagnostics, to: source.bytes)
            let byteOrderMark: [UInt8] = source.hasByteOrderMark ? [0xEF, 0xBB, 0xBF] : []
            // A fix that would split a character is not applied; its finding stays reported.
            guard count > 0, fixed != source.bytes, let next = try? SourceText(utf8: byteOrderMark + fixed) else { break }
            applied += count
            source = next
            diagnostics = linter.lint(source).diagnostics
        }
        return (source, diagnostics, applied)
    }
}
