import LintEngine
import MarkdownSyntax
import PostmortemModel

/// What must hold for any input at all, whatever its bytes: shared by the libFuzzer target
/// (`Fuzz/LintFuzzer.swift` is compiled together with this file) and by `swift test`, which
/// replays the regression corpus and the generated documents through the same checks.
/// Kept free of any test framework for that reason.
enum LintInvariants {
    /// Every rule switched on (opt-in ones too), once per built-in profile, with a fixed
    /// "today" so that date rules run and results do not depend on the clock.
    static let configurations: [Configuration] = ["internal", "external"].map { profile in
        var rules: [String: RuleSetting] = [:]
        for rule in RuleRegistry.all { rules[rule.description.id] = RuleSetting(isEnabled: true) }
        return Configuration(profileOverride: profile, rules: rules, today: CalendarDate(year: 2024, month: 6, day: 1))
    }

    /// As many fix passes as `pmlint --fix` makes; a fixpoint must be reached within them.
    static let fixPasses = 10

    /// Every broken invariant for `bytes`, in words; empty when all hold. Bytes that are not
    /// UTF-8 are linted as an editor would send them (bad bytes replaced), since the
    /// language server lints whatever text it is given.
    static func violations(for bytes: [UInt8]) -> [String] {
        configurations.flatMap { violations(for: bytes, with: $0) }
    }

    /// The broken invariants for `bytes` in one configuration.
    static func violations(for bytes: [UInt8], with configuration: Configuration) -> [String] {
        let source = (try? SourceText(utf8: bytes)) ?? SourceText(String(decoding: bytes, as: UTF8.self))
        return violations(of: source, with: configuration)
    }

    /// Lints `source`, checks every range, then runs the fix loop to its fixpoint checking
    /// that each pass changes only the bytes its edits name and yields valid UTF-8.
    static func violations(of source: SourceText, with configuration: Configuration) -> [String] {
        let linter = Linter(configuration: configuration)
        let profile = configuration.profileOverride ?? "?"
        var problems: [String] = []
        var current = source
        var diagnostics = linter.lint(current).diagnostics
        var fixedFindings: Set<String> = []
        for pass in 0...fixPasses {
            problems += diagnostics.flatMap { rangeProblems(of: $0, in: current) }.map { "\(profile) pass \(pass): \($0)" }
            guard problems.isEmpty else { return problems }
            let (edits, applied) = FixApplier.acceptedSafeEdits(of: diagnostics)
            guard applied > 0 else { break }
            guard pass < fixPasses else { return problems + ["\(profile): safe fixes still pending after \(fixPasses) passes"] }
            let fixed = FixApplier.apply(edits, to: current.bytes)
            if let problem = outsideEditsProblem(edits, before: current.bytes, after: fixed) {
                return problems + ["\(profile) pass \(pass): \(problem)"]
            }
            if fixed == current.bytes {
                return problems + ["\(profile) pass \(pass): safe fixes that change nothing: \(fixableKeys(diagnostics).sorted())"]
            }
            guard let next = try? SourceText(utf8: fixed) else {
                return problems + ["\(profile) pass \(pass): fixes produced invalid UTF-8"]
            }
            fixedFindings.formUnion(fixableKeys(diagnostics))
            current = next
            diagnostics = linter.lint(current).diagnostics
        }
        let back = diagnostics.filter { fixedFindings.contains(key($0)) }.map(key)
        if !back.isEmpty { problems.append("\(profile): fixed findings reappeared: \(back)") }
        return problems
    }

    private static func key(_ diagnostic: Diagnostic) -> String { "\(diagnostic.ruleID) \(diagnostic.message)" }

    private static func fixableKeys(_ diagnostics: [Diagnostic]) -> Set<String> {
        Set(diagnostics.filter { $0.fixes.contains(where: \.isSafe) }.map(key))
    }

    /// A diagnostic's range and its fixes' edit ranges must lie inside the document, on
    /// character boundaries that survive the trip to (line, column) and back in both encodings.
    static func rangeProblems(of diagnostic: Diagnostic, in source: SourceText) -> [String] {
        var problems = rangeProblems(diagnostic.range, in: source).map { "\(diagnostic.ruleID) range \(diagnostic.range): \($0)" }
        for fix in diagnostic.fixes {
            for edit in fix.edits {
                problems += rangeProblems(edit.range, in: source).map { "\(diagnostic.ruleID) fix edit \(edit.range): \($0)" }
            }
            let ordered = fix.edits.map(\.range).sorted { $0.lowerBound < $1.lowerBound }
            for (a, b) in zip(ordered, ordered.dropFirst()) where b.lowerBound < a.upperBound {
                problems.append("\(diagnostic.ruleID) fix '\(fix.title)' has overlapping edits \(a) and \(b)")
            }
        }
        return problems
    }

    static func rangeProblems(_ range: Range<Int>, in source: SourceText) -> [String] {
        guard range.lowerBound >= 0, range.upperBound <= source.count else { return ["outside the document of \(source.count) bytes"] }
        return [range.lowerBound, range.upperBound].compactMap { offset in
            let utf8 = source.lines.utf8Position(of: offset)
            let utf16 = source.lines.utf16Position(of: offset)
            let back8 = source.lines.offset(line: utf8.line, utf8Column: utf8.column)
            let back16 = source.lines.offset(line: utf16.line, utf16Column: utf16.column)
            guard back8 == offset, back16 == offset else {
                return "offset \(offset) comes back as \(back8) (UTF-8) and \(back16) (UTF-16)"
            }
            return nil
        }
    }

    /// Nil when `after` is `before` with exactly `edits` applied and every other byte kept in
    /// place; otherwise where the first difference is.
    static func outsideEditsProblem(_ edits: [TextEdit], before: [UInt8], after: [UInt8]) -> String? {
        let ordered = edits.enumerated().sorted { ($0.element.range.lowerBound, $0.offset) < ($1.element.range.lowerBound, $1.offset) }
        var input = 0
        var output = 0
        func expect(_ bytes: ArraySlice<UInt8>, _ what: String) -> String? {
            guard output + bytes.count <= after.count, after[output..<output + bytes.count].elementsEqual(bytes) else {
                return "\(what) differs at output byte \(output)"
            }
            output += bytes.count
            return nil
        }
        for (_, edit) in ordered {
            guard edit.range.lowerBound >= input else { return "accepted edits overlap at \(edit.range)" }
            if let problem = expect(before[input..<edit.range.lowerBound], "text before edit \(edit.range)") { return problem }
            if let problem = expect(ArraySlice(edit.newText.utf8), "replacement of \(edit.range)") { return problem }
            input = edit.range.upperBound
        }
        if let problem = expect(before[input...], "text after the last edit") { return problem }
        return output == after.count ? nil : "\(after.count - output) extra bytes at the end"
    }
}
