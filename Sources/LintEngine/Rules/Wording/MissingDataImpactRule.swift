import PostmortemModel

/// PM108: a customer-facing report that never says what happened to customer data.
struct MissingDataImpactRule: Rule {
    /// Statements about what customers own: an asset word and an outcome word in the same
    /// sentence, in either order, within a few words ("no data was lost", "your funds were
    /// never at risk", "no packages were compromised", "records were corrupted").
    private static let data = HarmStatements.assets
    private static let outcome = HarmStatements.outcomes

    static let list = PhraseList([
        PhraseGroup("data", ["\(data) \(outcome)", "\(data) {any} \(outcome)", "\(data) {any} {any} \(outcome)",
                             "\(data) {any} {any} {any} \(outcome)", "\(outcome) {any} \(data)", "\(outcome) {any} {any} \(data)",
                             "none|nothing be lost|deleted|corrupted|exposed|leaked|accessed|affected"]),
    ], configuredMessage: "data")

    static let description = RuleDescription(
        id: "PM108", name: "missing-data-impact",
        summary: "A customer-facing report does not say whether customer data was lost, corrupted or exposed.",
        rationale: """
            "Was my data affected?" is the first question customers ask after an incident. A report that \
            is silent on it leaves them to assume the worst. Say so even when the answer is no: "No data \
            was lost or corrupted; customers saw delayed data, not incorrect data." The rule looks for a \
            sentence that names what customers own (data, records, funds, tokens, deposits, packages, \
            releases, accounts, credentials, keys) and what happened to it (lost, corrupted, exposed, \
            intact, unaffected, delayed), anywhere in the document, in a table's rows or its header row, \
            or a statement that no customer was harmed ("the vulnerability was never exploited").
            """,
        defaultSeverity: .warning, audiences: [.external], options: PhraseList.options,
        triggering: [
            RuleExample("## ↓Summary\n\nDashboards failed to load for 2 hours on April 15.\n", profile: "external", isWrappable: false),
            RuleExample("## ↓Summary\n\nExports were delayed.\n\n## Why It Happened\n\nA configuration error stopped the export workers.\n", profile: "external", isWrappable: false),
            RuleExample("## ↓Summary\n\nThe API returned errors for 25 minutes while we restored the database.\n", profile: "external", isWrappable: false),
            RuleExample("## ↓Summary\n\nLogins failed for EU customers.\n\n## How We Responded\n\nWe rebuilt the cache from the live database.\n", profile: "external", isWrappable: false),
            RuleExample("## ↓Summary\n\nSome reports showed yesterday's numbers.\n", profile: "external", isWrappable: false),
        ],
        nonTriggering: [
            RuleExample("## Summary\n\nDashboards showed stale data for 2 hours. No data was lost or corrupted.\n", profile: "external", isWrappable: false),
            RuleExample("## Summary\n\nExports were delayed.\n\n## Impact\n\nYour data was never exposed, and every export completed once service returned.\n", profile: "external", isWrappable: false),
            RuleExample("## Summary\n\nThe API returned errors for 25 minutes. Customer data remained intact throughout.\n", profile: "external", isWrappable: false),
            RuleExample("## Impact\n\n| Area | Effect |\n|---|---|\n| Data loss | None |\n", profile: "external", isWrappable: false),
            RuleExample("## Summary\n\nLogins failed for EU customers.\n", profile: "internal", isWrappable: false),
            RuleExample("## Summary\n\nWithdrawals paused for 3 hours. No deposits were lost and every balance is correct.\n", profile: "external", isWrappable: false),
            RuleExample("## Impact\n\n| Funds lost | Downtime | Regions |\n|---|---|---|\n| None | 50 minutes | EU |\n", profile: "external", isWrappable: false),
            RuleExample("## Summary\n\nA researcher reported a flaw in our signing service. It was never exploited.\n", profile: "external", isWrappable: false),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        let prose = context.proseWithoutHeadings
        let classes = WordClasses(prose: prose, document: context.document).ofToken
        let book = Self.list.book(context.options)
        let stated = !book.hits(in: prose, classes: classes).isEmpty || HarmStatements.saysNoCustomerWasHarmed(context)
            || HarmStatements.tableStatesImpact(in: context)
        guard !stated, let anchor = context.document.anchor(preferring: [.impact, .summary]) else { return [] }
        return [Finding(range: anchor, message: "Nothing in this report says whether customer data was lost, corrupted or exposed: customers ask this first, so say it even when the answer is no (“No data was lost or exposed.”).")]
    }
}
