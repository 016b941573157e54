import Dispatch

/// The wording rules, registered with `RuleRegistry`. They share the phrase engine in
/// `Sources/LintEngine/Wording`.
enum WordingRules {
    static let all: [any Rule.Type] = [
        BlameLanguageRule.self,
        VaguePreventionRule.self,
        VagueActionItemRule.self,
        MinimizingLanguageRule.self,
        OverPromisingRule.self,
        JargonRule.self,
        MissingApologyRule.self,
        MissingDataImpactRule.self,
        NamesInExternalRule.self,
        PerformativeApologyRule.self,
        PassiveCauseRule.self,
    ]

    /// The wording rules that read the whole document's prose (`RuleContext.prose`), which
    /// one of them builds and the rest wait for; vague-action-item reads only the items.
    static let readingDocumentProse: [any Rule.Type] = all.filter { $0 != VagueActionItemRule.self }

    /// See `Linter.compileBuiltInLists`: the document's lists on one thread, the items' on the other.
    static func compileBuiltInLists() {
        DispatchQueue.concurrentPerform(iterations: 2) { half in
            if half == 0 { DocumentPhrases.compile() } else { VagueActionItemRule.compileItemLists() }
        }
    }
}
