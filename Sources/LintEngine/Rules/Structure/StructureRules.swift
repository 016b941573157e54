/// The structural rules, registered with `RuleRegistry`.
enum StructureRules {
    static let all: [any Rule.Type] = [
        MissingSectionRule.self, EmptySectionRule.self, DuplicateSectionRule.self, SectionOrderRule.self,
        PlaceholderTextRule.self, MissingMetadataRule.self, InvalidMetadataRule.self, NoActionItemsRule.self,
        InvalidSuppressionRule.self, ActionItemOwnerRule.self, ActionItemDueDateRule.self, ActionItemPriorityRule.self,
        SummaryLengthRule.self, FiveWhysIncompleteRule.self, TableSplitRule.self,
    ]
}
