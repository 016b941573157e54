import LintEngine

/// Rules that look only at bytes, so the command line's own behaviour (fixing, ordering,
/// exit codes) is tested independently of the parser and of the real rules.
struct TrailingSpaceTestRule: Rule {
    static let description = RuleDescription(
        id: "PMT01", name: "test-trailing-space", summary: "Trailing spaces.", rationale: "Test rule.",
        defaultSeverity: .warning, isFixable: true, triggering: [], nonTriggering: [])

    func check(_ context: RuleContext) -> [Finding] {
        let bytes = context.source.bytes
        var findings: [Finding] = []
        for line in 0..<context.source.lines.lineCount {
            let content = context.source.lines.contentRange(ofLine: line)
            var start = content.upperBound
            while start > content.lowerBound && bytes[start - 1] == UInt8(ascii: " ") { start -= 1 }
            guard start < content.upperBound else { continue }
            findings.append(Finding(range: start..<content.upperBound, message: "trailing spaces",
                                    fixes: [Fix(title: "Remove them", edits: [TextEdit(range: start..<content.upperBound, newText: "")])]))
        }
        return findings
    }
}

/// Reports each `FIXME` as an error, with no fix.
struct FixmeTestRule: Rule {
    static let description = RuleDescription(
        id: "PMT02", name: "test-fixme", summary: "FIXME left in.", rationale: "Test rule.",
        defaultSeverity: .error, triggering: [], nonTriggering: [])

    func check(_ context: RuleContext) -> [Finding] {
        let bytes = context.source.bytes
        let word = Array("FIXME".utf8)
        guard bytes.count >= word.count else { return [] }
        return (0...(bytes.count - word.count)).filter { Array(bytes[$0..<$0 + word.count]) == word }
            .map { Finding(range: $0..<$0 + word.count, message: "FIXME left in the document") }
    }
}

/// Reports each line that starts with `TODO`, the whole line as its range.
struct TodoLineTestRule: Rule {
    static let description = RuleDescription(
        id: "PMT03", name: "test-todo-line", summary: "TODO line.", rationale: "Test rule.",
        defaultSeverity: .info, triggering: [], nonTriggering: [])

    func check(_ context: RuleContext) -> [Finding] {
        (0..<context.source.lines.lineCount).map { context.source.lines.contentRange(ofLine: $0) }
            .filter { context.source.text($0).hasPrefix("TODO") }
            .map { Finding(range: $0, message: "unfinished: \(context.source.text($0))") }
    }
}

let testRules: [any Rule.Type] = [TrailingSpaceTestRule.self, FixmeTestRule.self, TodoLineTestRule.self]

/// Replaces each tab with two spaces (a safe fix), so two different fixers can race.
struct TabTestRule: Rule {
    static let description = RuleDescription(
        id: "PMT04", name: "test-tab", summary: "Tab.", rationale: "Test rule.",
        defaultSeverity: .warning, isFixable: true, triggering: [], nonTriggering: [])

    func check(_ context: RuleContext) -> [Finding] {
        context.source.bytes.indices.filter { context.source.bytes[$0] == 0x09 }.map { offset in
            Finding(range: offset..<offset + 1, message: "tab", fixes: [Fix(title: "Spaces", edits: [TextEdit(range: offset..<offset + 1, newText: "  ")])])
        }
    }
}
