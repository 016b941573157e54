/// The parsed timeline of a postmortem. Filled in by the timeline work; empty for now.
public struct Timeline: Sendable {
    public init() {}
}
