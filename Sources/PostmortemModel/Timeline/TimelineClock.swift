/// Turns written times into instants: carries the day over from earlier entries, rolls
/// over to the next day after midnight, applies zones and relative offsets.
struct TimelineClock {
    let documentZone: WrittenZone?
    let incidentDate: CalendarDate?
    let rolloverThreshold: Int
    /// Where `T+…` offsets count from when the metadata states the start.
    let statedStart: Instant?

    /// Phrases that put an entry on the day after the previous one whatever the step back.
    static let nextDayPhrases = ["next day", "following day", "next morning", "+1 day", "+1d", "(+1 day)"]

    /// The zone most entries write, for the few that write none when the document states
    /// no zone: in a timeline of "9:15 AM ET" entries, a bare "10:31" is ET too. The first
    /// written wins a tie.
    static func mostWritten(_ zones: [WrittenZone]) -> WrittenZone? {
        var counts: [WrittenZone: Int] = [:]
        for zone in zones { counts[zone, default: 0] += 1 }
        return zones.first { counts[$0] == counts.values.max() }
    }

    /// The day used when nothing gives one: instants still order and subtract correctly.
    static let unknownDay = CalendarDate(daysSinceEpoch: 0)

    func resolve(_ pending: [TimelineEntryReader.Pending]) -> [TimelineEntry] {
        var entries = pending.map(\.entry)
        var previous: (givenDay: CalendarDate, day: CalendarDate, seconds: Int)?
        let usualZone = Self.mostWritten(pending.compactMap(\.entry.written?.zone))
        for (index, item) in pending.enumerated() {
            guard let written = item.entry.written else { continue }
            let zone = written.zone ?? item.columnZone ?? documentZone ?? usualZone
            entries[index].zone = zone
            guard let seconds = written.secondsOfDay else { continue }
            let givenDay = written.date ?? item.day ?? incidentDate ?? Self.unknownDay
            var day = givenDay
            // A date written on each row rolls over too when it repeats the day before
            // midnight (`[03-26 23:04]` then `[03-26 02:50]`): the clock is what moved on.
            if let last = previous, last.givenDay == givenDay {
                day = last.day
                // The phrases are looked for only when the clock went back: most entries move forward.
                if seconds < last.seconds
                    && (last.seconds - seconds >= rolloverThreshold || KeywordMatch.occursAny(Self.nextDayPhrases, in: item.entry.text)) {
                    day = CalendarDate(daysSinceEpoch: day.daysSinceEpoch + 1)
                }
            }
            previous = (givenDay, day, seconds)
            entries[index].isDateKnown = written.date != nil || item.day != nil || incidentDate != nil
            entries[index].instant = Instant(date: day, secondsOfDay: seconds, offsetSeconds: zone?.offsetSeconds(on: day) ?? 0)
        }
        let origin = statedStart ?? entries.compactMap(\.instant).min()
            ?? Instant(date: incidentDate ?? Self.unknownDay, secondsOfDay: 0, offsetSeconds: documentZone?.offsetSeconds(on: incidentDate) ?? 0)
        for index in entries.indices where entries[index].instant == nil {
            guard let written = entries[index].written, written.secondsOfDay == nil, let relative = written.relativeSeconds else { continue }
            entries[index].instant = origin.adding(seconds: relative)
            entries[index].isDateKnown = statedStart != nil || incidentDate != nil
        }
        return entries
    }
}
