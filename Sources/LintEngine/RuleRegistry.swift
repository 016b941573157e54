/// Every rule pmlint has, in ID order.
public enum RuleRegistry {
    public static let all: [any Rule.Type] = (StructureRules.all + WordingRules.all + TimelineRules.all)
        .sorted { $0.description.id < $1.description.id }

    private static let byKey: [String: any Rule.Type] = {
        var map: [String: any Rule.Type] = [:]
        for rule in all {
            map[rule.description.id.lowercased()] = rule
            map[rule.description.name] = rule
        }
        return map
    }()

    /// The rule with this ID (any case) or name.
    public static func rule(named key: String) -> (any Rule.Type)? {
        byKey[key.lowercased()]
    }
}
