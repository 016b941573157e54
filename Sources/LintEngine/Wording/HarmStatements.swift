import MarkdownSyntax
import PostmortemModel

/// What a customer-facing report says about harm to customers: that none came to them (a
/// vulnerability never exploited, nothing of theirs compromised, nothing for them to do), and
/// what happened to what they own — data, and the other things customers entrust: funds,
/// tokens, deposits, packages, releases, accounts, credentials, keys. Read by
/// missing-apology, which expects no apology where no customer was harmed, and by
/// missing-data-impact, for which "no packages were compromised" answers the question.
enum HarmStatements {
    /// What customers own, beyond "data".
    static let assets = "data|record|records|information|file|files|backup|backups|content|message|messages|transaction|transactions|payment|payments|fund|funds|token|tokens|deposit|deposits|balance|balances|wallet|wallets|asset|assets|money|package|packages|release|releases|artifact|artifacts|binaries|account|accounts|credential|credentials|key|keys|password|passwords|secret|secrets|order|orders"
    /// What can happen to them, or be said not to have.
    static let outcomes = "lose|lost|loss|corrupt|corrupted|corruption|expose|exposed|exposure|leak|leaked|breach|breached|access|accessed|compromise|compromised|intact|safe|delete|deleted|deletion|integrity|affected|unaffected|destroyed|damaged|altered|risk|saved|stolen|drained|tampered|modified|delayed|processed|recovered|restored|preserved|retained|refunded|reimbursed|dropped|duplicated"

    private static let people = "customers|customer|users|user|clients|anyone|one|you|members|holders"

    /// Statements that no customer came to harm.
    static let noHarm = PhraseList([
        PhraseGroup("no harm", [
            "[was not|wasn't|were not|weren't|has not been|have not been|had not been|was never|were never|never been|not been] exploited",
            "without (it|them|this) [being|having been] exploited", "never exploited",
            "no evidence (of|that) exploitation|abuse|compromise|misuse",
            "no action [is|was] required|needed", "no action required|needed", "no further action [is|was] required|needed",
            "[do not|don't|does not|doesn't] need to [do anything|take any action]",
            "no (customer|user) impact", "no impact [to|on|for] (our|ordinary|any|the) \(people)",
            "no \(people) [was|were] affected|impacted|harmed", "[did not|didn't] affect|impact|harm (any|our) \(people)",
            "\(people) [was not|were not|wasn't|weren't] affected|impacted|harmed",
            // Loss is not enough: "no data was lost" after an outage still leaves customers harmed.
            "no (customer|user) \(assets) [was|were|have been|has been] compromised|stolen|accessed|exposed|leaked|tampered|drained|misused|abused",
            "[was not|were not|wasn't|weren't|has not been|have not been|had not been] [compromised|stolen|accessed|tampered with|exposed]",
        ]),
    ], configuredMessage: "no harm")

    /// Whether the document's prose (headings aside) says that no customer was harmed; read
    /// once per lint for both rules that ask.
    static func saysNoCustomerWasHarmed(_ context: RuleContext) -> Bool {
        context.memo.saysNoCustomerWasHarmed.value {
            !noHarm.book(RuleOptions(defaults: [])).hits(in: context.proseWithoutHeadings).isEmpty
        }
    }

    /// Whether a table states what happened to something customers own, in either
    /// orientation: a row whose cells name the asset and the outcome ("| Customer credentials
    /// | Not exposed |"), or a header cell read with the values under it ("| Funds lost |" over
    /// "| None |"). Prose reads header rows as labels and never matches across cells, so
    /// tables are read here, each row and each column as one group of cells.
    static func tableStatesImpact(in context: RuleContext) -> Bool {
        var cells: [InlineContent] = []
        var groupOfCell: [Int] = []
        var groups = 0
        func add(_ group: [TableCell]) {
            for cell in group where !cell.content.isEmpty {
                cells.append(cell.inlineContent)
                groupOfCell.append(groups)
            }
            groups += 1
        }
        for section in context.document.allSections {
            for block in section.blocks {
                forEachTable(in: block) { table in
                    for row in table.rows { add(row.cells) }
                    for (column, header) in table.header.cells.enumerated() {
                        add([header] + table.rows.compactMap { column < $0.cells.count ? $0.cells[column] : nil })
                    }
                }
            }
        }
        guard !cells.isEmpty else { return false }
        let prose = Prose(markdown: context.markdown, contents: cells, section: nil)
        func groupsHit(by list: PhraseList) -> Set<Int> {
            Set(list.book(RuleOptions(defaults: [])).hits(in: prose).map { groupOfCell[prose.tokens[$0.match.tokens.lowerBound].run] })
        }
        return !groupsHit(by: assetWords).isDisjoint(with: groupsHit(by: outcomeWords))
    }

    private static let assetWords = PhraseList([PhraseGroup("asset", [assets])], configuredMessage: "asset")
    private static let outcomeWords = PhraseList([PhraseGroup("outcome", [outcomes, "none|no|not|n/a|zero|0"])], configuredMessage: "outcome")

    private static func forEachTable(in block: Block, _ body: (Table) -> Void) {
        switch block.kind {
        case .table(let table): body(table)
        case .list, .listItem, .blockQuote: for child in block.children { forEachTable(in: child, body) }
        default: break
        }
    }
}
