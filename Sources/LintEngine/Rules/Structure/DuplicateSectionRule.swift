import PostmortemModel

/// The same section written twice.
struct DuplicateSectionRule: Rule {
    /// Kinds that several headings may legitimately share ("Root Cause" beside
    /// "Contributing Factors"; "What went well" beside "Where we got lucky").
    static let sharedKinds: Set<SectionKind> = [.rootCause, .mitigators, .lessonsLearned]

    static let description = RuleDescription(
        id: "PM003", name: "duplicate-section",
        summary: "Two sections cover the same part of the postmortem.",
        rationale: """
            Two timelines or two action-item lists split what readers need in one place, and \
            usually disagree after the next edit. Merge them into one section.
            """,
        defaultSeverity: .warning,
        triggering: [
            RuleExample("## Timeline\n\n- 09:14 deploy\n\n↓## Timeline\n\n- 09:42 ticket"),
            RuleExample("## Action Items\n\n- [ ] Add alert (@ana)\n\n↓## Follow-up actions\n\n- [ ] Add test (@raj)"),
            RuleExample("## Summary\n\nStale dashboards.\n\n## Impact\n\nAll accounts.\n\n↓## Incident summary\n\nStale data."),
        ],
        nonTriggering: [
            RuleExample("## Root Cause\n\nA silent cache failure.\n\n## Contributing Factors\n\n- No accuracy check."),
            RuleExample("## Timeline\n\n### 2024-04-15\n\n- 23:50 deploy\n\n### 2024-04-16\n\n- 00:20 rollback"),
            RuleExample("## What went well\n\nFast rollback.\n\n## Where we got lucky\n\nLow traffic."),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        var firstByKind: [SectionKind: Section] = [:]
        var findings: [Finding] = []
        for section in context.document.allSections {
            guard let kind = section.kind else { continue }
            guard let first = firstByKind[kind] else {
                firstByKind[kind] = section
                continue
            }
            let sameTitle = HeadingText.normalize(first.title) == HeadingText.normalize(section.title)
            let nested = first.range.contains(section.headingRange.lowerBound)
            guard sameTitle || (!Self.sharedKinds.contains(kind) && !nested) else { continue }
            let line = context.source.lines.line(containing: first.headingRange.lowerBound) + 1
            findings.append(Finding(range: section.headingRange,
                                    message: "Section \"\(section.title)\" repeats \"\(first.title)\" (line \(line)); merge them into one."))
        }
        return findings
    }
}
