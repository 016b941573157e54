/// The timeline rules, registered with `RuleRegistry`.
enum TimelineRules {
    static let all: [any Rule.Type] = []
}
