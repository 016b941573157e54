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
            usually disagree after the next edit. Merge them into one section. Headings of one \
            kind that name different things ("Recovery" and "How it was fixed", "Short term \
            fix" and "Long term solution") are different content, not a repeat: two headings \
            repeat each other when they share a word that names the section. A warning: the \
            writer may split a part on purpose.
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
            RuleExample("## Recovery\n\n- 10:40 traffic drained\n\n## How it was fixed\n\nThe parser now rejects empty keys."),
            RuleExample("## Short term fix\n\n- Pin the base image (@li, due 2024-05-01, P1)\n\n## Long term solution\n\n- Build images in CI (@li, due 2024-06-01, P2)"),
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
            guard sameTitle || (!Self.sharedKinds.contains(kind) && !nested && Self.shareAName(first.title, section.title)) else { continue }
            let line = context.source.lines.line(containing: first.headingRange.lowerBound) + 1
            findings.append(Finding(range: section.headingRange,
                                    message: "Section \"\(section.title)\" repeats \"\(first.title)\" (line \(line)); merge them into one."))
        }
        return findings
    }

    /// "Action Items" and "Follow-up actions" share "action"; "Summary" and "Incident
    /// summary" share "summary"; "Recovery" and "How it was fixed" share nothing.
    static func shareAName(_ a: String, _ b: String) -> Bool {
        func names(_ title: String) -> Set<String> {
            Set(HeadingText.normalize(title).split(separator: " ").map { word in
                word.count > 3 && word.hasSuffix("s") ? String(word.dropLast()) : String(word)
            }.filter { !genericWords.contains($0) })
        }
        return !names(a).isDisjoint(with: names(b))
    }

    /// Words that say nothing about what a section holds.
    private static let genericWords: Set<String> = [
        "the", "a", "an", "of", "and", "or", "to", "in", "on", "for", "our", "we", "it", "is", "was", "how", "what", "why", "who",
        "incident", "term", "short", "long", "detailed", "full", "key", "main",
    ]
}
