import MarkdownSyntax
import PostmortemModel

/// PM107: a customer-facing report that never says sorry.
struct MissingApologyRule: Rule {
    static let list = PhraseList([
        PhraseGroup("apology", ["sorry", "apologize|apologise|apology|apologies", "we regret", "we let you down"]),
    ], configuredMessage: "apology")

    static let description = RuleDescription(
        id: "PM107", name: "missing-apology",
        summary: "A customer-facing report has no apology in its summary or closing.",
        rationale: """
            Customers who lost time or money read a report that never says sorry as indifference, however \
            good the analysis. Apologise once, plainly, in the summary or the closing section, for the \
            specific impact: "We're sorry that your dashboards showed yesterday's data for two and a half \
            hours." The rule looks for an apology (sorry, apologise, apology, we regret; configurable) in \
            the apology and summary sections and in the report's last two paragraphs (a report without \
            an apology section often ends on one), and reports at the apology heading when there is none.
            """,
        defaultSeverity: .warning, audiences: [.external], options: PhraseList.options,
        triggering: [
            RuleExample("## Summary\n\nDashboards showed stale data for two hours.\n\n## ↓Apology and Commitment\n\nWe are committed to doing better.\n", profile: "external", isWrappable: false),
            RuleExample("## ↓Summary\n\nOn April 15 exports failed for 40 minutes. They were restored at 10:40 UTC.\n", profile: "external", isWrappable: false),
            RuleExample("## Summary\n\nThe API returned errors for 25 minutes.\n\n## ↓Our Commitment\n\nWe value your trust and take reliability seriously.\n", profile: "external", isWrappable: false),
            RuleExample("## Summary\n\nLogins failed for EU customers.\n\n## ↓Apology\n\nThank you for your patience while we worked on this.\n", profile: "external", isWrappable: false),
            RuleExample("## Summary\n\nNo one is sorrier than the engineering team.\n\n## ↓Apology\n\nWe know this was disruptive.\n", profile: "external", isWrappable: false),
        ],
        nonTriggering: [
            RuleExample("## Summary\n\nExports failed for 40 minutes.\n\n## Apology and Commitment\n\nWe're sorry for the impact this caused.\n", profile: "external", isWrappable: false),
            RuleExample("## Summary\n\nWe apologize: for two hours, dashboards showed the previous day's data.\n", profile: "external", isWrappable: false),
            RuleExample("## Summary\n\nLogins failed for 12 minutes.\n\n## Apology\n\nWe regret the disruption to your morning and the missed reports.\n", profile: "external", isWrappable: false),
            RuleExample("## Summary\n\nExports failed for 40 minutes.\n\n## Apology\n\nOur apologies to every customer whose exports were late.\n", profile: "external", isWrappable: false),
            RuleExample("## Summary\n\nExports failed for 40 minutes.\n\n## Apology\n\nWe know we let you down, and we are sorry.\n", profile: "internal", isWrappable: false),
            RuleExample("## Summary\n\nA researcher found a way to forge upload tokens. It was not exploited, and no releases were tampered with.\n", profile: "external", isWrappable: false),
            RuleExample("## Summary\n\nUploads failed for an hour.\n\n## Changes\n\nA daily check now tests the certificates.\n\nAn hour without uploads is not acceptable, and we apologise to everyone who could not publish.\n",
                        profile: "external", isWrappable: false),
        ])

    /// Whether the document apologises in `sections` (nil for anywhere) or from byte `closing`
    /// on, or owes no apology: a disclosure where no customer was harmed owes a thank-you or
    /// an explanation instead.
    static func owesNothing(_ context: RuleContext, apologisingIn sections: Set<SectionKind>?, orFrom closing: Int? = nil) -> Bool {
        let prose = context.proseWithoutHeadings
        let apologies = list.book(context.options(of: Self.self)).hits(in: prose, sections: nil, negatable: true)
        return apologies.contains { hit in
            sections.map { prose.section(at: hit.match.tokens.lowerBound).map($0.contains) ?? false } ?? true
                || closing.map { prose.range(of: hit.match).lowerBound >= $0 } ?? false
        } || HarmStatements.saysNoCustomerWasHarmed(context)
    }

    /// Where the report's last two paragraphs start, whatever their heading: a report without
    /// an apology section, a blog post or a status entry, ends on its apology.
    private static func closing(of markdown: MarkdownDocument) -> Int? {
        markdown.root.children.filter { if case .paragraph = $0.kind { true } else { false } }.suffix(2).first?.range.lowerBound
    }

    func check(_ context: RuleContext) -> [Finding] {
        guard !Self.owesNothing(context, apologisingIn: [.apology, .summary], orFrom: Self.closing(of: context.markdown)),
              let anchor = context.document.anchor(preferring: [.apology, .summary]) else { return [] }
        return [Finding(range: anchor, message: "No sentence in the summary or the closing apologises: say sorry for the specific impact (“We're sorry that dashboards showed yesterday's data for two and a half hours”).")]
    }
}
