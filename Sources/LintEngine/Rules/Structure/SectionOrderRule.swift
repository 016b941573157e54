import PostmortemModel

/// Sections out of the profile's order (off by default).
struct SectionOrderRule: Rule {
    static let description = RuleDescription(
        id: "PM004", name: "section-order",
        summary: "Sections are not in the profile's order.",
        rationale: """
            Readers of many postmortems find their way by a fixed order: summary, impact, \
            timeline, cause, response, actions. Teams that want every document in that order \
            switch this rule on. A warning, and off by default: a different order is a house style, \
            not a mistake.
            """,
        defaultSeverity: .warning, isOptIn: true,
        triggering: [
            RuleExample("## Summary\n\nStale data.\n\n## Root Cause\n\nCache.\n\n↓## Timeline\n\n- 09:14 deploy"),
            RuleExample("## Action Items\n\n- [ ] Alert (@ana)\n\n↓## Summary\n\nStale data."),
            RuleExample("## Summary\n\nA.\n\n## What We're Changing\n\n1. A check.\n\n↓## Why It Happened\n\nB.", profile: "external"),
        ],
        nonTriggering: [
            RuleExample("## Summary\n\nStale data.\n\n## Timeline\n\n- 09:14 deploy\n\n## Root Cause\n\nCache."),
            RuleExample("## Summary\n\nStale data.\n\n## Notes\n\nFree text.\n\n## Impact\n\nAll accounts."),
            RuleExample("## Summary\n\nA.\n\n## Why It Happened\n\nB.\n\n## What We're Changing\n\n1. C.", profile: "external"),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        let rank = Dictionary(context.profile.sections.enumerated().map { ($0.element.kind, $0.offset) }, uniquingKeysWith: min)
        var findings: [Finding] = []
        /// Siblings are compared with siblings: top-level sections, then each section's subsections.
        var groups: [[Section]] = [context.document.sections]
        while let group = groups.popLast() {
            var latest: Section?
            for section in group {
                groups.append(section.subsections)
                guard let kind = section.kind, let position = rank[kind] else { continue }
                if let previous = latest, let previousKind = previous.kind, let previousRank = rank[previousKind], previousRank > position {
                    findings.append(Finding(range: section.headingRange,
                                            message: "Section \"\(section.title)\" should come before \"\(previous.title)\"."))
                } else {
                    latest = section
                }
            }
        }
        return findings
    }
}
