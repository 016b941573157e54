import MarkdownSyntax

/// A heading with nothing under it.
struct EmptySectionRule: Rule {
    static let description = RuleDescription(
        id: "PM002", name: "empty-section",
        summary: "A section has a heading but no content.",
        rationale: """
            An empty section looks answered in the outline and says nothing to the reader. \
            Write what is known, say explicitly that nothing applies, or remove the heading (unless \
            the profile requires the section). \
            Template instructions in HTML comments do not count as content, and the document's \
            title is not a section. A warning: an empty heading is sometimes a deliberate \
            "nothing to add".
            """,
        defaultSeverity: .warning,
        triggering: [
            RuleExample("↓## Detection\n\n## Resolution\n\nRolled back the deploy."),
            RuleExample("## Summary\n\nDashboards were stale.\n\n↓## Lessons Learned\n"),
            RuleExample("↓## Impact\n\n<!-- Describe who was affected and for how long. -->\n\n## Timeline\n\n- 09:14 deploy"),
            RuleExample("↓### Mitigators\n\n---\n\n## Action Items\n\n- [ ] Add alert (@ana, due 2024-05-01, P2)"),
        ],
        nonTriggering: [
            RuleExample("## Detection\n\nA customer ticket at 9:42am was our first signal."),
            RuleExample("# Cache outage\n\n## Summary\n\nDashboards were stale for two hours."),
            RuleExample("## Root Cause\n\n### Trigger\n\nA cache deploy failed silently."),
            RuleExample("## Mitigators\n\nNone: the incident happened outside working hours."),
            RuleExample("# Queue backlog on the billing workers\n\n# Summary\n\nInvoices were late by two hours."),
            RuleExample("# Title:\n### Queue backlog on the billing workers\n\n# Summary\n\nInvoices were late by two hours."),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        let required = Set(context.profile.sections.filter { $0.level == .required }.map(\.kind))
        return context.document.allSections.compactMap { section in
            guard !section.isTitle, section.subsections.isEmpty, !section.blocks.contains(where: Self.isContent) else { return nil }
            // A required section cannot be removed: removing it only trades this finding for a missing section.
            let advice = section.kind.map(required.contains) == true
                ? "the profile requires it: write what is known, or state that nothing applies."
                : "write what is known, state that nothing applies, or remove it."
            return Finding(range: section.headingRange, message: "Section \"\(section.title)\" is empty; \(advice)")
        }
    }

    /// Comments, blank separators and thematic breaks are not content.
    static func isContent(_ block: Block) -> Bool {
        switch block.kind {
        case .thematicBreak: false
        case .htmlBlock(let html): !html.isComment
        default: true
        }
    }
}
