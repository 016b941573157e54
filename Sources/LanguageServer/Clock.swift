import Foundation
import PostmortemModel

/// Today's date and the time of day, in UTC: postmortems keep their times in UTC.
enum Clock {
    static var today: CalendarDate {
        CalendarDate(daysSinceEpoch: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
    }

    /// `HH:MM` now, for a new timeline row.
    static var timeOfDay: String {
        let seconds = Int(Date().timeIntervalSince1970) % 86_400
        let hours = seconds / 3600
        let minutes = seconds % 3600 / 60
        return (hours < 10 ? "0" : "") + String(hours) + ":" + (minutes < 10 ? "0" : "") + String(minutes)
    }
}
