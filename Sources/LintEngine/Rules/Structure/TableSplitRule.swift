import MarkdownSyntax

/// An HTML comment on its own line between table rows. CommonMark ends the table at the
/// comment, so the rows below become a paragraph of text with pipes: they silently stop
/// being action items or timeline entries, and their findings vanish with them.
struct TableSplitRule: Rule {
    static let description = RuleDescription(
        id: "PM015", name: "table-split-by-comment",
        summary: "A comment line between table rows ends the table; the rows below are no longer rows.",
        rationale: """
            Markdown ends a table at a line holding only an HTML comment, so every row below it \
            turns into plain text: action items and timeline entries disappear from the checks, \
            from `pmlint actions` and from the metrics without a word. Nobody means that, so it is \
            an error. To silence a finding on one row, end the row, after its last `|`, with \
            `<!-- pmlint-disable-line RULE -->`: the table stays whole and renderers ignore the \
            extra cell. The fix moves a `pmlint-disable-next-line` comment there.
            """,
        defaultSeverity: .error, isFixable: true,
        triggering: [
            RuleExample("""
                | Action | Owner |
                |--------|-------|
                | Add a disk alert | @dana |
                ↓<!-- pmlint-disable-next-line action-item-owner -->
                | Review the thresholds | |
                | Rotate the keys | @li |
                """),
            RuleExample("""
                | Time | Event |
                |------|-------|
                | 09:14 | Deploy started |
                ↓<!-- checked against the pager log -->
                | 09:20 | Alert fired |
                """),
            RuleExample("""
                | Action | Owner |
                |--------|-------|
                | Add a disk alert | @dana |
                ↓<!-- pmlint-disable action-item-owner -->
                | Review the thresholds | |
                <!-- pmlint-enable action-item-owner -->
                """),
        ],
        nonTriggering: [
            RuleExample("""
                | Action | Owner |
                |--------|-------|
                | Review the thresholds | | <!-- pmlint-disable-line action-item-owner -->
                | Rotate the keys | @li |
                """),
            RuleExample("""
                | Action | Owner |
                |--------|-------|
                | Rotate the keys | @li |
                <!-- The next review is in May. -->
                Nothing else was agreed.
                """),
            RuleExample("""
                | Action | Owner |
                |--------|-------|
                | Rotate the keys | @li |

                <!-- pmlint-disable-next-line action-item-owner -->
                | Review the thresholds | |
                """),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        visit(context.markdown.root.children, context, &findings)
        return findings
    }

    private func visit(_ blocks: [Block], _ context: RuleContext, _ findings: inout [Finding]) {
        let lines = context.source.lines
        for (index, block) in blocks.enumerated() {
            visit(block.children, context, &findings)
            guard case .table = block.kind else { continue }
            // The comment lines right under the table, then the text right under them.
            var next = index + 1
            var lastLine = lines.line(containing: block.range.upperBound)
            var comments: [Block] = []
            while next < blocks.count, case .htmlBlock(let html) = blocks[next].kind, html.isComment,
                  lines.line(containing: blocks[next].range.lowerBound) == lastLine + 1 {
                comments.append(blocks[next])
                lastLine = lines.line(containing: blocks[next].range.upperBound)
                next += 1
            }
            guard let comment = comments.first, next < blocks.count, case .paragraph(let text) = blocks[next].kind,
                  lines.line(containing: blocks[next].range.lowerBound) == lastLine + 1 else { continue }
            let rows = text.segments.filter { context.source.text($0).hasPrefix("|") }
            guard let firstRow = rows.first, firstRow == text.segments.first else { continue }
            findings.append(finding(comment, rows: rows.count, firstRow: firstRow, context))
        }
    }

    private func finding(_ comment: Block, rows: Int, firstRow: Range<Int>, _ context: RuleContext) -> Finding {
        let lost = rows == 1 ? "the row below it is plain text, no longer a table row" : "the \(rows) rows below it are plain text, no longer table rows"
        let directive = context.suppressions.directives.first { $0.range.lowerBound == comment.range.lowerBound }
        guard let directive, directive.kind == .disableNextLine else {
            return Finding(range: comment.range, message: "This comment ends the table above: \(lost). Move it above or below the table, "
                                                          + "or to the end of a row (`| … | <!-- pmlint-disable-line RULE -->` silences that row).")
        }
        let names = directive.ruleNames.map(\.name).joined(separator: " ")
        let trailing = "<!-- pmlint-disable-line\(names.isEmpty ? "" : " " + names) -->"
        // The comment's whole line goes; the same silence moves to the end of the row it named.
        let lines = context.source.lines
        let commentLine = lines.line(containing: comment.range.lowerBound)
        let removal = TextEdit(range: lines.lineStarts[commentLine]..<lines.lineStarts[commentLine + 1], newText: "")
        let fix = Fix(title: "Move the comment to the end of the row it silences", edits: [removal, .insert(" " + trailing, at: firstRow.upperBound)])
        return Finding(range: comment.range, message: "This comment ends the table above: \(lost). "
                                                      + "End the row it is meant for with `\(trailing)` instead.", fixes: [fix])
    }
}
