import Foundation
import Testing
import MarkdownSyntax
import PostmortemModel

/// Reads `markdown` as pmlint does and returns its timeline.
private func timeline(_ markdown: String, options: TimelineOptions = TimelineOptions()) -> Timeline {
    PostmortemDocument(markdown: MarkdownDocument(parsing: SourceText(markdown)), options: ModelOptions(timeline: options)).timeline
}

/// Each entry's instant in UTC (date included) and kind, as `2024-04-15T13:14Z detection`.
private func described(_ timeline: Timeline) -> [String] {
    timeline.entries.map { entry in
        [entry.instant?.iso8601() ?? "unreadable: \(entry.problem ?? "")", entry.kind?.rawValue].compactMap { $0 }.joined(separator: " ")
    }
}

private func minutes(_ seconds: Int?) -> Int? { seconds.map { $0 / 60 } }

@Suite struct TimelineReadingTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    @Test func anchorAnalyticsYieldsItsPublishedFigures() throws {
        let text = try String(contentsOf: Self.fixtures.appendingPathComponent("clean/external-anchor-analytics.md"), encoding: .utf8)
        let metrics = timeline(text).metrics
        #expect(minutes(metrics.timeToDetect) == 28)
        #expect(minutes(metrics.timeToResolve) == 153)
        #expect(minutes(metrics.timeToAcknowledge) == 5)
        #expect(minutes(metrics.timeToMitigate) == 68)
        #expect(metrics.start?.iso8601 == "2024-04-15T09:14-04:00")
        #expect(metrics.resolution?.iso8601 == "2024-04-15T11:47-04:00")
    }

    @Test func listEntriesInEveryCommonShape() {
        let read = timeline("""
            ## Timeline

            All times in UTC.

            - 9:14am ET: Cache update deployed
            - **10:15** — Root cause identified
            - 12:07:00 (+7mins) Incident lead assigned
            - `12:30` Rollback started
            - 2024-04-15T13:00:00Z Service restored
            """)
        #expect(described(read) == ["1970-01-01T13:14Z", "1970-01-01T10:15Z identification", "1970-01-01T12:07Z acknowledgement",
                                    "1970-01-01T12:30Z mitigation", "2024-04-15T13:00Z resolution"].map { $0.replacing("1970-01-01", with: "2024-04-15") })
        #expect(read.entries.map(\.text) == ["Cache update deployed", "Root cause identified", "Incident lead assigned",
                                             "Rollback started", "Service restored"])
    }

    @Test func tableEntriesUseTheTimeColumnAndItsZone() {
        let read = timeline("""
            ## Timeline

            | # | Event | Time (PDT) |
            |---|-------|------------|
            | 1 | Alert fired | 14:02 |
            | 2 | Rolled back | 14:30 |
            """)
        #expect(read.zone?.zone.name == "PDT")
        #expect(read.zone?.source == .tableHeader)
        #expect(described(read) == ["1970-01-01T21:02Z detection", "1970-01-01T21:30Z mitigation"])
        #expect(read.entries.map(\.text) == ["Alert fired", "Rolled back"])
    }

    @Test func revokingOrDestroyingALeakedSecretIsTheMitigation() {
        let read = timeline("## Timeline (UTC)\n\n- 09:02 Researcher reports the leaked key\n- 09:40 Key revoked\n- 10:05 Old signing keys destroyed")
        #expect(described(read) == ["1970-01-01T09:02Z detection", "1970-01-01T09:40Z mitigation", "1970-01-01T10:05Z mitigation"])
    }

    @Test func dateColumnAndDaySubheadingsGiveTheDay() {
        let table = timeline("""
            ## Timeline

            | Date | Time (UTC) | Event |
            |------|------------|-------|
            | 2024-04-15 | 23:50 | Alert fired |
            | 2024-04-16 | 00:20 | Service restored |
            """)
        #expect(described(table) == ["2024-04-15T23:50Z detection", "2024-04-16T00:20Z resolution"])
        let headings = timeline("""
            ## Timeline (UTC)

            ### April 15, 2024

            - 22:00 Deploy

            ### 2024-04-17

            - 06:00 Customer report
            """)
        #expect(described(headings) == ["2024-04-15T22:00Z", "2024-04-17T06:00Z detection"])
    }

    @Test func afterMidnightIsTheNextDayOnlyWhenTheStepBackIsLargeOrSaidSo() {
        let read = timeline("""
            **Date of incident:** 2024-04-15

            ## Timeline

            All times UTC.

            - 23:50 Alert fired
            - 00:10 Rollback started
            - 00:05 Status page updated
            - 23:00 Next day: postmortem meeting
            """)
        #expect(described(read) == ["2024-04-15T23:50Z detection", "2024-04-16T00:10Z mitigation", "2024-04-16T00:05Z",
                                    "2024-04-16T23:00Z"])
        let short = timeline("## Timeline (UTC)\n\n- 10:15 Root cause identified\n- 07:00 Deploy", options: TimelineOptions(rolloverThreshold: 2 * 3600))
        #expect(described(short) == ["1970-01-01T10:15Z identification", "1970-01-02T07:00Z"])
    }

    @Test func documentZoneComesFromStatementFrontMatterMetadataOrConfiguration() {
        #expect(timeline("## Timeline\n\nAll times are in CEST.\n\n- 10:00 Deploy").zone?.zone.name == "CEST")
        #expect(timeline("---\ntimezone: PT\n---\n\n## Timeline\n\n- 10:00 Deploy").zone?.source == .frontMatter)
        #expect(timeline("**Timezone:** UTC+5:30\n\n## Timeline\n\n- 10:00 Deploy").zone?.zone.name == "+05:30")
        let configured = timeline("## Timeline\n\n- 10:00 Deploy", options: TimelineOptions(defaultZone: WrittenZone(named: "JST")))
        #expect(configured.zone?.source == .configuration)
        #expect(configured.entries.first?.instant?.iso8601() == "1970-01-01T01:00Z")
        #expect(timeline("## Timeline\n\n- 10:00 Deploy").zone == nil)
    }

    @Test func headingWithAZoneIsTheTimelineAndStatesTheZone() {
        let read = timeline("## Timeline (UTC)\n\n- 10:00 Deploy")
        #expect(read.headingRanges.count == 1)
        #expect(read.zone?.zone.name == "UTC")
        #expect(read.zone?.source == .statement)
    }

    @Test func aBareTimeAmongZonedOnesTakesTheirUsualZone() {
        let read = timeline("## Timeline\n\n- 9:15 AM ET Deploy\n- 14:06 UTC Ack\n- 10:31 Identified\n- 10:40 AM ET Reverted")
        #expect(read.entries.map { $0.zone?.name } == ["ET", "UTC", "ET", "ET"])
        #expect(described(read).map { String($0.prefix(17)) } == ["1970-01-01T14:15Z", "1970-01-01T14:06Z", "1970-01-01T15:31Z", "1970-01-01T15:40Z"])
    }

    @Test func aReportWithoutATimelineTakesItsWindowFromItsOpening() {
        let post = timeline("""
            ## Upload outage of 4 and 5 March

            Between roughly 2024-03-04 22:15 UTC and 2024-03-05 06:45 UTC nobody could publish a package, because the signing \
            certificate had lapsed.

            The renewal had depended on a service that shut down in January.
            """)
        #expect(minutes(post.metrics.timeToResolve) == 510)
        #expect(post.metrics.start.map { if case .statement(.impactStarted) = $0.origin { true } else { false } } == true)
        // One zone written after both times is both times'.
        let summary = timeline("## Summary\n\nExports stalled from 15:10 to 15:57 UTC on 2024-09-05, until the job was paused.\n")
        #expect(minutes(summary.metrics.timeToResolve) == 47)
        #expect(summary.metrics.start?.zone?.name == "UTC")
        // A timeline's own entries win: the sentence is then a summary of them, not the source.
        let both = timeline("## Summary\n\nBetween 10:00 and 11:00 UTC logins failed.\n\n## Timeline\n\n- 10:02 UTC Errors begin\n- 10:50 UTC Resolved")
        #expect(minutes(both.metrics.timeToResolve) == 48)
    }

    @Test func relativeOffsetsCountFromTheStart() {
        let read = timeline("## Timeline\n\n- T+00:00 Errors begin\n- T+00:25 Alert fired\n- T+02:10 Service restored")
        #expect(minutes(read.metrics.timeToDetect) == 25)
        #expect(minutes(read.metrics.timeToResolve) == 130)
    }

    /// The fixtures that reproduce the forms real teams write, with the figures a reviewer
    /// reads off each: TTD and TTR in minutes (nil: not established), and the entries read.
    @Test(arguments: [
        ("timeline-chat-log", 7, 58, 6),
        ("timeline-bracketed-stamps", 75, 465, 7),
        ("timeline-day-first-dates", 35, 2 * 1440 + 165, 6),
        ("timeline-date-only-rows", 435, nil, 7),
        ("timeline-timestamp-headings", 0, 52, 5),
        ("timeline-bare-time-lines", 52, 337, 5),
        ("metrics-key-events-block", 35, 85, 6),
        ("metrics-stats-lines", 15, 240, 6),
        ("metadata-own-sections", 6, 40, 5),
    ] as [(String, Int?, Int?, Int)])
    func realWorldFormsGiveTheReviewersFigures(name: String, ttd: Int?, ttr: Int?, entries: Int) throws {
        let text = try String(contentsOf: Self.fixtures.appendingPathComponent("broken/\(name).md"), encoding: .utf8)
        let read = timeline(text)
        #expect(read.entries.count == entries)
        #expect(minutes(read.metrics.timeToDetect) == ttd)
        #expect(minutes(read.metrics.timeToResolve) == ttr)
    }

    @Test func impactADayBeforeTheAlertIsTheStartNotAPrecondition() {
        let read = timeline("""
            **Date:** 2024-05-07

            ## Timeline (UTC)

            - 2024-05-06 03:10 Nightly exports start failing: the export disk is full
            - 04:02 Alert fired: the dashboard site is down
            - 04:30 Disk cleared, site restored and incident resolved
            """)
        #expect(read.metrics.start?.origin == .timeline(0))
        #expect(minutes(read.metrics.timeToDetect) == 1440 + 52)
    }

    @Test func aPreconditionDaysBeforeTheImpactIsNotTheStart() {
        let read = timeline("""
            ## Timeline

            - 2024-05-01 10:00 UTC Vendor publishes a new release
            - 2024-05-06 09:00 UTC Nightly rebuild picks it up; uploads start failing
            - 2024-05-06 09:20 UTC Alert fired
            - 2024-05-06 10:00 UTC Rolled back, incident resolved
            """)
        #expect(read.metrics.start?.origin == .timeline(1))
        #expect(minutes(read.metrics.timeToDetect) == 20)
        #expect(minutes(read.metrics.timeToResolve) == 60)
    }

    @Test func oneComponentRestoredIsNotTheResolution() {
        let read = timeline("""
            ## Timeline

            - 10:00 UTC Checkout errors begin
            - 10:05 UTC Alert fired
            - 10:30 UTC Payment page restored
            - 11:10 UTC Status page set to resolved
            """)
        #expect(read.metrics.resolution?.origin == .timeline(3))
        #expect(minutes(read.metrics.timeToResolve) == 70)
    }

    @Test func notifyingAMailingListIsNotAcknowledgement() {
        let read = timeline("""
            ## Timeline

            - 10:00 UTC Alert fired
            - 10:20 UTC Team mailing list notified of the outage
            - 10:25 UTC On-call engineer starts investigating
            """)
        #expect(read.metrics.acknowledgement?.origin == .timeline(2))
    }

    @Test func metadataKeyTimestampsWinOverTheTimeline() {
        let read = timeline("""
            - Impact started at: November 10, 2022 2:12 PM
            - Reported at: November 10, 2022 2:12 PM
            - Identified at: November 10, 2022 2:18 PM
            - Fixed at: @November 10, 2022 2:20 PM (UTC)
            - Closed at: November 10, 2022 2:30 PM

            ## Timeline

            - 12:00:00 Chris reported the incident
            - 12:07:00 (+7mins) Incident lead assigned
            """)
        #expect(read.keyTimestamps.map(\.field) == [.impactStarted, .detected, .identified, .mitigated, .closed])
        #expect(read.incidentDate?.description == "2022-11-10")
        #expect(read.metrics.start?.origin == .metadata(.impactStarted))
        #expect(minutes(read.metrics.timeToMitigate) == 8)
        // The timeline's "lead assigned" at 12:07 comes before the stated detection at 14:12:
        // no responder takes an incident before it is detected, so acknowledgement is unknown, not negative.
        #expect(read.metrics.acknowledgement == nil)
        #expect(read.metrics.timeToAcknowledge == nil)
    }

    @Test func statedDurationsFromSummaryImpactTableAndMetadata() {
        let read = timeline("""
            **Duration:** 2h 33m

            ## Summary

            We alerted customers within 5 minutes. The outage lasted approximately 4 hours.

            ## Impact

            | Dimension | Detail |
            |-----------|--------|
            | Duration | 02:33 (13:14 → 15:47 UTC) |
            """)
        #expect(read.statedDurations.map(\.source) == [.metadata, .summary, .impactTable])
        #expect(read.statedDurations.map(\.seconds) == [9180, 14_400, 9180])
        #expect(read.statedDurations[1].text == "4 hours")
    }

    @Test func latenciesUnderAMinuteAreNotTheIncidentLength() {
        let read = timeline("## Summary\n\nSearches took up to three seconds to appear. The slowdown lasted 50 minutes.")
        #expect(read.statedDurations.map(\.seconds) == [3000])
    }

    @Test func summarySpanBetweenTwoTimesIsAStatedDuration() {
        let read = timeline("## Summary\n\nOn 2022-11-18 from 15:39 to approximately 16:23, an event took the app down.")
        #expect(read.statedDurations.map(\.seconds) == [2640])
        #expect(read.incidentDate?.description == "2022-11-18")
    }

    @Test func unreadableTimesAreEntriesWithAReason() {
        let read = timeline("## Timeline (UTC)\n\n- 09:14 Deploy\n- 25:10 Alert fired\n- Later that day: rollback\n- A note without a label")
        #expect(described(read) == ["1970-01-01T09:14Z", "unreadable: 25 is not an hour of the day detection",
                                    "unreadable: it is not a time mitigation"])
    }

    @Test func eventKindsFollowConfiguredKeywordsAndIgnoreNegation() {
        #expect(described(timeline("## Timeline (UTC)\n\n- 09:14 Deploy done, failure not yet detected")) == ["1970-01-01T09:14Z"])
        var keywords = EventKind.defaultKeywords
        keywords[.detection] = ["canary tripped"]
        let read = timeline("## Timeline (UTC)\n\n- 09:14 Canary tripped\n- 09:20 Alert fired", options: TimelineOptions(eventKeywords: keywords))
        #expect(read.entries.map(\.kind) == [.detection, nil])
    }
}
