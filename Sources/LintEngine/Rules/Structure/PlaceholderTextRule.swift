import MarkdownSyntax

/// Unfilled template text left in a document that looks finished.
struct PlaceholderTextRule: Rule {
    static let description = RuleDescription(
        id: "PM005", name: "placeholder-text",
        summary: "Template placeholders left unfilled.",
        rationale: """
            Postmortems start from templates, and under pressure to close the ticket the \
            placeholders survive: `YYYY-MM-DD`, `[Name, team]`, `TBD`, `@engineer`. A reader cannot \
            tell a placeholder from a fact that was never found out, so each one must be filled in \
            or removed before the review. An error: only template vocabulary counts (a bracket \
            that says what to write, `YYYY-MM-DD`, `TBD`), never a bracketed time, label or name, \
            nor a value whose unknown parts a footnote explains (`2023-MM-DD[^1]`), \
            and quoted material (block quotes, pasted chat logs, status-page updates) is not \
            read, so a finding is an unfinished document essentially every time. The other rules \
            leave a placeholder to this one: one finding per problem.
            """,
        defaultSeverity: .error,
        options: [
            RuleOption("handles", default: .array(Placeholders.defaultHandles.map(JSONValue.string)),
                       "Handles that name nobody, as in templates."),
            RuleOption("allow", default: .array([.string("REDACTED")]), "Bracketed or capitalised words that are meant, not placeholders."),
        ],
        triggering: [
            RuleExample("**Date of incident:** ↓YYYY-MM-DD"),
            RuleExample("**Document owner:** ↓[Name, team]"),
            RuleExample("The cache was rebuilt at ↓HH:MM by the on-call engineer."),
            RuleExample("**Incident ID:** ↓INC-YYYY-NNN"),
            RuleExample("Our ↓{{product_name}} service was unavailable."),
            RuleExample("## Detection\n\nRoot cause: ↓TBD, still under investigation."),
            RuleExample("**Severity:** ↓SEV-1 / SEV-2 / SEV-3"),
            RuleExample("- ↓..."),
            RuleExample("| # | Action | Owner |\n|---|---|---|\n| 1 | Add heartbeat monitor | ↓@engineer |"),
            RuleExample("Our ↓[specific service/system] experienced a disruption."),
            RuleExample("**Authors:** priya, ↓<add name here>"),
            RuleExample("| Time | Event |\n|---|---|\n| ↓20xx-MM-DD ↓HH:mm | Alert fired |"),
            RuleExample("| Time | Event |\n|---|---|\n| 2024-05-02 ↓--:-- | Queue started to grow |"),
        ],
        nonTriggering: [
            RuleExample("**Date of incident:** 2024-04-15"),
            RuleExample("**Document owner:** Priya Raman, Platform team"),
            RuleExample("The cache was rebuilt at 10:22 UTC."),
            RuleExample("See the [runbook](https://wiki.example.com/runbooks/cache) for the rebuild steps."),
            RuleExample("- [ ] Add divergence alert (@priya, due 2024-05-01)"),
            RuleExample("Format dates as `YYYY-MM-DD` in the export."),
            RuleExample("Customer names were [REDACTED] in this report."),
            RuleExample("**Severity:** SEV-2"),
            RuleExample("Times are local [UTC+2]; the queue drained in [20m]."),
            RuleExample("# [Internal] Queue backlog review"),
            RuleExample("[Update - 2024-05-02 10h00 UTC]\nThe queue is draining; we are watching it."),
            RuleExample("## Appendix\n\n> dana [2:14 PM]\n> is the queue still growing? [3 hours ago]"),
            RuleExample("## Lessons learned\n\n**TODO**: add a disk alert for the backup host."),
            RuleExample("- 2024-MM-DD[^1]: the access token was created.\n\n[^1]: The day it was created is not recorded."),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        let placeholders = Placeholders(handles: context.options.strings("handles"), allowed: context.options.strings("allow"))
        var findings: [Finding] = []
        let quoted = context.document.quoted
        // An item's `TODO` or `DONE` status is where it stands, not text still to write.
        let states = Set(context.document.actionItems.compactMap { $0.status?.range.lowerBound })
        context.markdown.root.forEachInlineContent(includeQuotes: false) { content in
            let origin = content.span?.lowerBound ?? 0
            guard !quoted.contains(origin) else { return }
            let found = context.reusable(\.placeholders, of: content) { origin in
                let skipping = NonProse.ranges(of: content, in: context.markdown)
                return content.segments.flatMap { placeholders.find(in: $0, of: context.source, skipping: skipping) }
                    .map { $0.lowerBound - origin..<$0.upperBound - origin }
            }
            for relative in found {
                let range = relative.lowerBound + origin..<relative.upperBound + origin
                if states.contains(range.lowerBound) { continue }
                findings.append(Finding(range: range, message: "Placeholder \"\(context.source.text(range))\" left unfilled; write the real value or remove it."))
            }
        }
        return findings
    }
}
