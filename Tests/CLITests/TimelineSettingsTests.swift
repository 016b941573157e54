import Testing
import LintEngine
import MarkdownSyntax
import PostmortemModel

/// The `timeline` object of `.pmlint.json`: zone, day rollover and event keywords, as the
/// model then reads timelines with them.
@Suite struct TimelineSettingsTests {
    @Test func settingsChangeHowTheTimelineIsRead() throws {
        let configuration = try loadConfiguration(#"""
            {"timeline": {"zone": "cest", "rolloverHours": 2, "keywords": {"detection": ["canary tripped"]}}}
            """#)
        #expect(configuration.timeline.defaultZone?.name == "CEST")
        #expect(configuration.origins["timeline.zone"] == "/repo/.pmlint.json")
        let markdown = MarkdownDocument(parsing: SourceText("## Timeline\n\n- 10:15 Canary tripped\n- 07:00 Alert fired"))
        let timeline = PostmortemDocument(markdown: markdown, options: configuration.modelOptions).timeline
        #expect(timeline.entries.map { $0.instant?.iso8601() } == ["1970-01-01T08:15Z", "1970-01-02T05:00Z"])
        #expect(timeline.entries.map(\.kind) == [.detection, nil])
    }

    @Test func badSettingsNameTheKeyAndWhatIsAllowed() {
        #expect(configurationError(#"{"timeline": {"zone": "Mars"}}"#)
                == #"/repo/.pmlint.json: timeline.zone: "Mars" is not a time zone (allowed: UTC, ET, PT, CET, +02:00, UTC-5 and the like)"#)
        #expect(configurationError(#"{"timeline": {"rolloverHours": 30}}"#)
                == "/repo/.pmlint.json: timeline.rolloverHours: expected a number of hours from 0 to 24, got 30")
        #expect(configurationError(#"{"timeline": {"keywords": {"fixing": []}}}"#)
                == "/repo/.pmlint.json: timeline.keywords.fixing: unknown key (allowed: impact, detection, acknowledgement, identification, mitigation, resolution)")
        #expect(configurationError(#"{"timeline": {"days": 1}}"#)
                == "/repo/.pmlint.json: timeline.days: unknown key (allowed: zone, rolloverHours, keywords)")
    }
}
