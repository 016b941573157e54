import MarkdownSyntax

extension FixApplier {
    /// How many lint-and-fix rounds `--fix` and the editor's "fix all" run at most.
    public static let maximumPasses = 10

    /// Applies every safe fix the way `--fix` does (and every unsafe one too when
    /// `includingUnsafe`, as `--fix --unsafe-fixes` does): fixes that overlap an accepted one
    /// wait for the next round, so the text is linted again and fixed again until nothing more
    /// applies. Shared by the command line and the language server so both fix alike.
    /// - Returns: the lint of the fixed text (`lint` itself when nothing applied), and how
    ///   many fixes were applied in all.
    public static func applySafeFixesRepeatedly(to lint: LintResult, linter: Linter,
                                                includingUnsafe: Bool = false) -> (result: LintResult, applied: Int) {
        var result = lint
        var applied = 0
        for _ in 0..<maximumPasses {
            let source = result.document.source
            let (fixed, count) = applySafeFixes(of: result.diagnostics, to: source.bytes, includingUnsafe: includingUnsafe)
            // A fix that would split a character is not applied; its finding stays reported.
            guard count > 0, fixed != source.bytes, let next = try? SourceText(utf8: source.byteOrderMark + fixed) else { break }
            applied += count
            result = linter.lint(next)
        }
        return (result, applied)
    }
}
