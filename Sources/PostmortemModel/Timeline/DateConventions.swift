/// What a document's own dates tell about the ones it writes ambiguously.
///
/// `03-10-2021` is 3 October to a European team and 10 March to an American one; a
/// document settles it when it writes an unambiguous date the same way (`29-09-2021`).
/// Dates without a year (`## July 22`, `[12-05 16:21]`) take the year of the incident.
public struct DateConventions: Sendable, Equatable {
    /// True when the document writes the day first, false when the month first, nil when
    /// it never says: an ambiguous numeric date is then refused rather than guessed.
    public var dayFirst: Bool?
    /// A day the incident is known to fall near (the metadata's date, the title's), for
    /// dates written without a year.
    public var reference: CalendarDate?

    public init(dayFirst: Bool? = nil, reference: CalendarDate? = nil) {
        self.dayFirst = dayFirst
        self.reference = reference
    }

    /// The year of a date written without one: the reference's, or the year before when
    /// the month is more than half a year after the reference's (a December change in a
    /// March incident's timeline).
    func year(forMonth month: Int) -> Int? {
        guard let reference else { return nil }
        return month - reference.month > 6 ? reference.year - 1 : reference.year
    }

    /// The order the numeric dates (`dd-mm-yyyy`, `mm/dd/yyyy`, `dd.mm.yyyy`) in
    /// `bytes[range]` settle: day first when one has a first number above 12, month first
    /// when one has a second number above 12, nil when none does (or they disagree).
    static func numericOrder(in bytes: [UInt8], _ ranges: [Range<Int>]) -> Bool? {
        var dayFirst = false, monthFirst = false
        for range in ranges {
            var i = range.lowerBound
            let end = min(range.upperBound, bytes.count)
            while i < end {
                guard ByteScanner.isDigit(bytes[i]), i == range.lowerBound || !KeywordMatch.isWordByte(bytes[i - 1]) else { i += 1; continue }
                var s = ByteScanner(bytes, i..<end)
                if let date = TimeText.readNumericDayMonth(&s), date.year != nil {
                    if date.first > 12 && date.second <= 12 { dayFirst = true }
                    if date.second > 12 && date.first <= 12 { monthFirst = true }
                }
                i = max(s.position, i + 1)
            }
        }
        return dayFirst == monthFirst ? nil : dayFirst
    }
}
