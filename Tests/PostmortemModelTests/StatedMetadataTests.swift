import Testing
import PostmortemModel

/// Metadata written as words rather than as fields, in forms real teams use.
@Suite struct StatedMetadataTests {
    @Test(arguments: [
        ("# 2024-06-02: search index stale\n\n## Summary\n\nSearch lagged.", "2024-06-02"),
        ("# June 2nd, 2024 Search outage\n\n## Summary\n\nSearch lagged.", "2024-06-02"),
        ("# Search report June 2 2024 - stale index\n", "2024-06-02"),
    ])
    func theDateInTheTitle(text: String, date: String) {
        let entry = readPostmortem(text).metadata[.date]
        #expect(entry?.value == date)
        #expect(entry?.source == .title)
    }

    @Test func theDateInTheOpeningSentence() {
        let metadata = readPostmortem("# Retrospective: Drop #2\n\n## Summary\n\nOn May 3, 2024, a few hours before launch, claims opened early. Traffic followed.\n").metadata
        #expect(metadata[.date]?.value == "2024-05-03")
        #expect(metadata[.date]?.source == .prose)
        // "Drop #2" names the drop, not the incident.
        #expect(metadata[.incidentID] == nil)
    }

    @Test func aTableOfKeyTimesGivesTheDateTheStatusAndTheOwningTeam() {
        let metadata = readPostmortem("""
            | Report | Sample pipeline |
            | --- | --- |
            | **Detected** | `2023-11-14 08:30` |
            | **Resolved** | `2023-11-15 17:00` |
            | **Team** | data platform |

            ## Summary

            Sample uploads were rejected for a day and a half.
            """).metadata
        #expect(metadata[.date]?.value == "2023-11-14")
        #expect(metadata[.status]?.value == "Resolved")
        #expect(metadata[.owner]?.value == "data platform")
        let open = readPostmortem("| Report | Pipeline |\n| --- | --- |\n| **Detected** | 2023-11-14 08:30 |\n| **Resolved** | not yet |\n").metadata
        #expect(open[.status] == nil)
    }

    @Test(arguments: [
        ("# Queue stall\n\nThe queue stalled at 07:40 and was resolved at 10:05 UTC.\n", true),
        ("# Queue stall\n\n## Resolution\n\nWe cleared the disk. Once the situation was resolved we replayed the backlog.\n", true),
        ("# Queue stall\n\n## Summary\n\nThe queue stalled. The incident is now resolved.\n", true),
        ("# Queue stall\n\n## Summary\n\nThe queue stalled and the issue was not resolved until the next day.\n", false),
        ("# Queue stall\n\n## Summary\n\nThe queue stalled; the remaining issues will be resolved next week.\n", false),
        ("# Queue stall\n\n## Summary\n\nSome unresolved questions remain.\n", false),
    ])
    func aSentenceSayingTheIncidentWasResolvedGivesTheStatus(text: String, resolved: Bool) {
        let status = readPostmortem(text).metadata[.status]
        #expect((status?.value == "Resolved") == resolved)
        if resolved { #expect(status?.source == .prose) }
    }

    @Test func anEventRowHoldingIdentifiersIsTheIncidentID() {
        let identifiers = readPostmortem("| Report | Pipeline |\n| --- | --- |\n| **Event** | `20240311_queue_stall` `20240311_replay` |\n").metadata
        #expect(identifiers[.incidentID]?.value.contains("20240311_queue_stall") == true)
        let phrase = readPostmortem("| Report | Pipeline |\n| --- | --- |\n| **Event** | database failover |\n").metadata
        #expect(phrase[.incidentID] == nil)
    }

    @Test func aDateLaterInTheTextIsNotTheIncidentsDate() {
        let metadata = readPostmortem("# Cache outage\n\n## Summary\n\nDashboards were stale. The fix shipped on 2024-05-09.\n").metadata
        #expect(metadata[.date] == nil)
    }

    @Test func aDayWithoutItsYearInTheTitleIsNotADate() {
        #expect(readPostmortem("# 4/26 Transaction delays\n\n## Summary\n\nDelays.").metadata[.date] == nil)
    }

    @Test func aWrittenFieldWinsOverTheTitle() {
        let metadata = readPostmortem("# 2024-06-02 Search outage\n\n**Date:** 2024-06-01\n").metadata
        #expect(metadata[.date]?.value == "2024-06-01")
        #expect(metadata.entries.count { $0.field == .date } == 1)
    }

    @Test func anIncidentNumberClosingTheTitle() {
        let entry = readPostmortem("# [Postmortem] Staging down (#7)\n").metadata[.incidentID]
        #expect(entry?.value == "#7")
    }

    @Test func aResolvedFlagInFrontMatterIsTheStatus() {
        let metadata = readPostmortem("---\ntitle: Mirror down\nresolved: true\n---\n\nThe mirror is back.\n").metadata
        #expect(metadata[.status]?.value == "Resolved")
    }

    @Test func anOpeningThatClosesTheWindowSaysTheIncidentIsOver() {
        let closed = readPostmortem("## Upload outage\n\nBetween 22:15 and 23:05 UTC on 4 March nobody could publish a package.\n").metadata
        #expect(closed[.status]?.value == "Resolved")
        #expect(closed[.status]?.source == .prose)
        // A window still open ("since", "until further notice") says nothing of the kind.
        let open = readPostmortem("## Upload outage\n\nSince 22:15 UTC nobody can publish a package; we expect a fix until further notice.\n").metadata
        #expect(open[.status] == nil)
    }

    @Test func aDateSectionWithStartAndEndLines() {
        let metadata = readPostmortem("# Certificate expired\n\n## Date\nStart: Tuesday, 2024-03-12\nEnd: Wednesday, 2024-03-13\n").metadata
        #expect(metadata[.date].map { DateText.parse($0.value) } == CalendarDate(year: 2024, month: 3, day: 12))
    }
}
