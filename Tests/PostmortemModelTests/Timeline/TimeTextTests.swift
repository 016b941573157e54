import Testing
import PostmortemModel

/// How a written time reads: date (when written), clock in UTC (or as written when no zone),
/// zone name and relative offset, as one comparable line.
private func reading(_ text: String) -> String {
    switch TimeText.read(text) {
    case .none: return "none"
    case .invalid(_, let reason): return "invalid: \(reason)"
    case .time(let time):
        var parts: [String] = []
        if let date = time.date { parts.append(date.description) }
        if let seconds = time.secondsOfDay {
            let offset = time.zone?.offsetSeconds(on: time.date) ?? 0
            let instant = Instant(date: time.date ?? CalendarDate(year: 2024, month: 1, day: 1)!, secondsOfDay: seconds, offsetSeconds: offset)
            parts.append(instant.iso8601(includeDate: false))
        }
        if let zone = time.zone { parts.append(zone.name) }
        if let relative = time.relativeSeconds { parts.append("T\(relative >= 0 ? "+" : "")\(relative)s") }
        return parts.joined(separator: " ")
    }
}

@Suite struct TimeTextTests {
    @Test(arguments: [
        ("09:14", "09:14Z"),
        ("9:14", "09:14Z"),
        ("09:14:30", "09:14:30Z"),
        ("23:59:59.250", "23:59:59Z"),
        ("9:14am", "09:14Z"),
        ("9:14 PM", "21:14Z"),
        ("12:05am", "00:05Z"),
        ("12:30 p.m.", "12:30Z"),
        ("9am", "09:00Z"),
        ("11 PM", "23:00Z"),
        ("**10:15** — Root cause identified", "10:15Z"),
        ("`14:02` deploy", "14:02Z"),
    ])
    func readsClockTimes(text: String, expected: String) {
        #expect(reading(text) == expected)
    }

    @Test(arguments: [
        ("2024-04-15T09:14:00Z", "2024-04-15 09:14Z UTC"),
        ("2024-04-15T09:14:00-04:00", "2024-04-15 13:14Z -04:00"),
        ("2024-04-15T09:14+05:30", "2024-04-15 03:44Z +05:30"),
        ("2024-04-15T0914", "2024-04-15 09:14Z"),
        ("2024-04-15 09:14 UTC", "2024-04-15 09:14Z UTC"),
        ("2024/04/15 09:14", "2024-04-15 09:14Z"),
        ("April 15, 2024 9:14 AM", "2024-04-15 09:14Z"),
        ("Nov 10, 2022 2:12 PM", "2022-11-10 14:12Z"),
        ("15 April 2024 at 09:14", "2024-04-15 09:14Z"),
        ("Monday, April 15, 2024 9:14am ET", "2024-04-15 13:14Z ET"),
        ("@November 10, 2022 2:20 PM (UTC)", "2022-11-10 14:20Z UTC"),
        ("Sept. 3rd, 2023, 16:05 BST", "2023-09-03 15:05Z BST"),
    ])
    func readsDatesWithTimes(text: String, expected: String) {
        #expect(reading(text) == expected)
    }

    @Test(arguments: [
        ("2024-07-01 12:00 UTC", "12:00Z"), ("2024-07-01 12:00 GMT", "12:00Z"), ("2024-07-01 12:00Z", "12:00Z"),
        ("2024-07-01 12:00 ET", "16:00Z"), ("2024-01-15 12:00 ET", "17:00Z"), ("2024-07-01 12:00 EST", "17:00Z"),
        ("2024-07-01 12:00 EDT", "16:00Z"), ("2024-07-01 12:00 PT", "19:00Z"), ("2024-12-01 12:00 PT", "20:00Z"),
        ("2024-07-01 12:00 PST", "20:00Z"), ("2024-07-01 12:00 PDT", "19:00Z"), ("2024-07-01 12:00 CET", "11:00Z"),
        ("2024-07-01 12:00 CEST", "10:00Z"), ("2024-07-01 12:00 BST", "11:00Z"), ("2024-07-01 12:00 IST", "06:30Z"),
        ("2024-07-01 12:00 JST", "03:00Z"), ("2024-07-01 12:00 AEST", "02:00Z"), ("2024-07-01 12:00 UTC+2", "10:00Z"),
        ("2024-07-01 12:00 GMT-05:00", "17:00Z"), ("2024-07-01 12:00 +0200", "10:00Z"), ("2024-07-01 12:00 (UTC)", "12:00Z"),
        ("2024-07-01 12:00 UTC+05:30", "06:30Z"), ("2024-07-01 12:00 HST", "22:00Z"), ("2024-07-01 12:00 MSK", "09:00Z"),
        ("2024-07-01 12:00 ACST", "02:30Z"), ("2024-07-01 12:00 NZST", "00:00Z"),
    ])
    func convertsEveryZoneToUTC(text: String, utc: String) {
        #expect(reading(text).split(separator: " ").dropFirst().first.map(String.init) == utc)
    }

    @Test(arguments: [
        ("12:07:00 (+7mins) Incident lead assigned", "12:07Z T+420s"),
        ("T+00:25", "T+1500s"),
        ("T+1:05:30 failover", "T+3930s"),
        ("T+25m", "T+1500s"),
        ("T+40", "T+2400s"),
        ("+7mins", "T+420s"),
        ("(+1h 5m) rollback", "T+3900s"),
        ("09:10 T+00:10", "09:10Z T+600s"),
    ])
    func readsRelativeOffsets(text: String, expected: String) {
        #expect(reading(text) == expected)
    }

    @Test(arguments: [
        ("2022-02-02 1625: mail received", "2022-02-02 16:25Z"),
        ("10h47 ticket opened", "10:47Z"),
        ("15h50 UTC rollback", "15:50Z UTC"),
        ("03:26pm: users see errors", "15:26Z"),
        ("10:00 Denver: pager fired", "17:00Z Denver"),
        ("2024-07-02 8:15 AM Eastern: key revoked", "2024-07-02 12:15Z Eastern"),
        ("16:21 UTC, 3 October 2021 deploy", "2021-10-03 16:21Z UTC"),
        ("2023-02-01 - summary posted", "2023-02-01"),
        ("2019-12-03 --:--", "invalid: the time of day is left blank"),
        ("29-09-2021 14:00", "2021-09-29 14:00Z"),
        ("1625 in prose is a year or a count", "none"),
    ])
    func readsTheFormsRealTimelinesUse(text: String, expected: String) {
        #expect(reading(text) == expected)
    }

    @Test func ambiguousNumericDatesFollowTheDocumentsOrder() {
        let bytes = Array("03-10-2021 09:00".utf8)
        let dayFirst = TimeText.read(bytes, in: 0..<bytes.count, conventions: DateConventions(dayFirst: true)).time?.date
        let monthFirst = TimeText.read(bytes, in: 0..<bytes.count, conventions: DateConventions(dayFirst: false)).time?.date
        #expect(dayFirst?.description == "2021-10-03")
        #expect(monthFirst?.description == "2021-03-10")
        // Nothing settles the order: the date is refused rather than guessed.
        #expect(TimeText.read(bytes, in: 0..<bytes.count).time?.date == nil)
    }

    @Test func bracketedMonthDayStampsTakeTheIncidentsYear() {
        let bytes = Array("[12-05 16:21] bug introduced".utf8)
        let reference = CalendarDate(year: 2019, month: 3, day: 26)
        let read = TimeText.read(bytes, in: 0..<bytes.count, conventions: DateConventions(reference: reference)).time
        #expect(read?.date?.description == "2018-12-05")
        #expect(read?.secondsOfDay == 16 * 3600 + 21 * 60)
    }

    @Test(arguments: [
        ("25:10", "invalid: 25 is not an hour of the day"),
        ("10:75", "invalid: 75 is not a minute of the hour"),
        ("13:00pm", "invalid: 13 is not an hour of a 12-hour clock"),
        ("9:5", "invalid: the minutes need two digits"),
        ("HH:MM", "invalid: it is a placeholder"),
        ("??:??", "invalid: it is a placeholder"),
        ("TBD — investigate", "invalid: it is a placeholder"),
        ("YYYY-MM-DD: token created", "invalid: it is a placeholder"),
        ("2023-MM-DD[^1]: token created", "invalid: it is a placeholder"),
        ("2022-02-02 X: the time left for later", "invalid: the time of day is left blank"),
    ])
    func explainsWhatCannotBeATime(text: String, expected: String) {
        #expect(reading(text) == expected)
    }

    @Test(arguments: ["Root cause identified", "2 engineers joined", "1.5 hours later", "", "Estimated impact", "at noon"])
    func leavesProseAlone(text: String) {
        #expect(reading(text) == "none")
    }

    @Test func rangeCoversTheExpressionOnly() throws {
        let text = "**9:14am ET:** deploy"
        let time = try #require(TimeText.read(text).time)
        let bytes = Array(text.utf8)
        #expect(String(decoding: bytes[time.range], as: UTF8.self) == "9:14am ET")
    }

    @Test(arguments: [
        (CalendarDate(year: 2024, month: 3, day: 9)!, false), (CalendarDate(year: 2024, month: 3, day: 10)!, true),
        (CalendarDate(year: 2024, month: 11, day: 2)!, true), (CalendarDate(year: 2024, month: 11, day: 3)!, false),
        (CalendarDate(year: 2023, month: 3, day: 12)!, true), (CalendarDate(year: 2024, month: 12, day: 25)!, false),
    ])
    func easternTimeFollowsUSDaylightSaving(date: CalendarDate, isSummer: Bool) {
        #expect(WrittenZone(named: "ET")!.offsetSeconds(on: date) == (isSummer ? -4 : -5) * 3600)
    }
}
