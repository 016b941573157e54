/// The timeline rules, registered with `RuleRegistry`.
enum TimelineRules {
    static let all: [any Rule.Type] = [
        TimelineMissingRule.self, TimelineOrderRule.self, TimelineTimezoneRule.self, TimelineUnparsedTimeRule.self,
        TimelineKeyEventsRule.self, DurationMismatchRule.self, KeyTimestampsOrderRule.self, DetectionGapRule.self,
        StatedFiguresMismatchRule.self,
    ]
}
