import Testing
import PostmortemModel

@Suite struct DurationTextTests {
    @Test(arguments: [
        ("2 hours 33 minutes", 9180), ("2-hour 33-minute", 9180), ("~25 minutes", 1500), ("approximately 90 minutes", 5400),
        ("from 15:39 to approximately 16:23", 2640), ("9:14am – 11:47am ET", 9180), ("between 9:14 and 11:47", 9180),
        ("1.5 hours", 5400), ("an hour", 3600), ("half an hour", 1800), ("1h 5m", 3900), ("2:33", 9180), ("90 min", 5400),
        ("23:50 - 00:20", 1800), ("2 hours, 5 minutes and 30 seconds", 7530), ("two hours", 7200),
        ("2h 33m (13:14 → 15:47 UTC)", 9180), ("2024-04-15 23:30 UTC → 2024-04-16 01:00 UTC", 5400),
    ])
    func readsStatedDurations(text: String, seconds: Int) {
        #expect(DurationText.parse(text) == seconds)
    }

    @Test(arguments: ["HH:MM (start → end in UTC)", "several hours", "2 m", "", "TBD", "2 hours of 5"])
    func refusesWhatIsNotADuration(text: String) {
        #expect(DurationText.parse(text) == nil)
    }

    @Test(arguments: [(1680, "28 min"), (9180, "2 h 33 min"), (45, "45 s"), (93_600, "1 d 2 h"), (7200, "2 h"), (0, "0 s")])
    func describesDurationsForPeople(seconds: Int, text: String) {
        #expect(DurationText.describe(seconds) == text)
    }

    @Test func instantsPrintInTheDocumentZone() {
        let instant = Instant(date: CalendarDate(year: 2024, month: 4, day: 15)!, secondsOfDay: 9 * 3600 + 14 * 60, offsetSeconds: -4 * 3600)
        #expect(instant.iso8601() == "2024-04-15T13:14Z")
        #expect(instant.iso8601(offsetSeconds: -4 * 3600) == "2024-04-15T09:14-04:00")
        #expect(instant.iso8601(offsetSeconds: 19_800, includeDate: false) == "18:44+05:30")
    }
}
