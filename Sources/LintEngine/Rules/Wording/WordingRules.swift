/// The wording rules, registered with `RuleRegistry`.
enum WordingRules {
    static let all: [any Rule.Type] = []
}
