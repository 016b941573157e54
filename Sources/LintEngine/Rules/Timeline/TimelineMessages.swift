import PostmortemModel

/// How timeline rules name entries and moments in messages.
enum TimelineMessages {
    /// `'10:05' (Cache rollback initiated)`: the time as written and the start of the event.
    static func entry(_ entry: TimelineEntry, in context: RuleContext) -> String {
        let time = "'\(context.source.text(entry.timeRange))'"
        guard !entry.text.isEmpty else { return time }
        let words = entry.text.split(separator: " ", omittingEmptySubsequences: true)
        let event = words.prefix(6).joined(separator: " ") + (words.count > 6 ? "…" : "")
        return "\(time) (\(event))"
    }

    /// A milestone as written in the document: `'11:47am ET'`.
    static func moment(_ milestone: Milestone, in context: RuleContext) -> String {
        "'\(context.source.text(milestone.range))'"
    }
}
