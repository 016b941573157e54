import Testing
import PostmortemModel

@Suite struct DateTextTests {
    @Test(arguments: [
        ("2024-04-15", "2024-04-15"), ("2024/04/15", "2024-04-15"), ("2024-04-15T09:14:00Z", "2024-04-15"),
        ("April 15, 2024", "2024-04-15"), ("Apr 15 2024", "2024-04-15"), ("15 April 2024", "2024-04-15"),
        ("Monday, April 15, 2024", "2024-04-15"), ("November 10, 2022 2:12 PM", "2022-11-10"), ("Nov. 3rd, 2022", "2022-11-03"),
    ])
    func readsCommonDateForms(text: String, iso: String) {
        #expect(DateText.parse(text)?.description == iso)
    }

    @Test(arguments: ["YYYY-MM-DD", "2024-02-30", "04/05/2024", "next week", "", "2024-13-01"])
    func refusesWhatIsNotADate(text: String) {
        #expect(DateText.parse(text) == nil)
    }

    @Test func epochDaysRoundTrip() {
        for days in [-1, 0, 19_828, 40_000] {
            #expect(CalendarDate(daysSinceEpoch: days).daysSinceEpoch == days)
        }
        #expect(CalendarDate(year: 2024, month: 4, day: 15)!.daysSinceEpoch == 19_828)
    }
}
