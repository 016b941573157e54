/// The middle value and the 90th percentile the report gives for durations.
enum Statistics {
    /// The median, the mean of the two middle values for an even count, rounded to the second.
    static func median(_ values: [Int]) -> Int? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : Int((Double(sorted[middle - 1] + sorted[middle]) / 2).rounded())
    }

    /// The nearest-rank percentile: the smallest value at least `fraction` of the values do
    /// not exceed. Always one of the values, never an interpolation.
    static func percentile(_ fraction: Double, of values: [Int]) -> Int? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let rank = Int((fraction * Double(sorted.count)).rounded(.up))
        return sorted[max(0, min(sorted.count - 1, rank - 1))]
    }
}
