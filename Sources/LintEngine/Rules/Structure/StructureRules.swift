/// The structure rules, registered with `RuleRegistry`.
enum StructureRules {
    static let all: [any Rule.Type] = []
}
