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
}
