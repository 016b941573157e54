/// Every rule pmlint has, in ID order.
public enum RuleRegistry {
    public static let all: [any Rule.Type] = (StructureRules.all + WordingRules.all + TimelineRules.all)
        .sorted { $0.description.id < $1.description.id }

    /// The cross-document rules, which run over a folder once its documents are read; not
    /// in `all`, which runs on each document alone.
    public static let archive: [any ArchiveRule.Type] = ArchiveRules.all

    /// Every rule's description, per-document and cross-document, in ID order: what the rule
    /// table, the rule pages and SARIF list.
    public static let descriptions: [RuleDescription] = (all.map { $0.description } + archive.map { $0.description })
        .sorted { $0.id < $1.id }

    private static let byKey: [String: any Rule.Type] = {
        var map: [String: any Rule.Type] = [:]
        for rule in all + archive.map({ $0 as any Rule.Type }) {
            map[rule.description.id.lowercased()] = rule
            map[rule.description.name] = rule
        }
        return map
    }()

    /// The rule with this ID (any case) or name, cross-document rules included.
    public static func rule(named key: String) -> (any Rule.Type)? {
        byKey[key.lowercased()]
    }
}
