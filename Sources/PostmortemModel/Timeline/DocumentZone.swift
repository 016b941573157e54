/// The zone a document's times are written in when an entry does not say.
public struct DocumentZone: Sendable {
    public enum Source: String, Sendable, Codable {
        /// A sentence such as "All times in UTC" or a heading such as "Timeline (UTC)".
        case statement
        /// The header of a timeline table's time column, `Time (UTC)`.
        case tableHeader = "table-header"
        /// `timezone:` in the front matter.
        case frontMatter = "front-matter"
        /// A `Timezone:` metadata field.
        case metadata
        /// The configuration's default zone.
        case configuration
    }

    public var zone: WrittenZone
    /// Where the document states it; nil when it comes from the configuration.
    public var range: Range<Int>?
    public var source: Source

    public init(zone: WrittenZone, range: Range<Int>?, source: Source) {
        self.zone = zone
        self.range = range
        self.source = source
    }
}

/// Finds statements of a zone in prose: a zone abbreviation shortly after the word
/// "time", "times" or "timestamps" ("All times in UTC", "Time (UTC)", "times are ET").
enum ZoneStatement {
    /// How far after "time" the zone may stand, in bytes: "All times below are given in UTC".
    static let reach = 32

    static func find(in bytes: [UInt8], _ range: Range<Int>) -> (zone: WrittenZone, range: Range<Int>)? {
        var i = range.lowerBound
        let end = min(range.upperBound, bytes.count)
        while i + 4 <= end {
            if bytes[i] | 0x20 == UInt8(ascii: "t"), i == range.lowerBound || !KeywordMatch.isWordByte(bytes[i - 1]),
               ByteScanner.equalsIgnoringCase(bytes[i..<i + 4], "time") {
                if let found = zoneAfter(i + 4, in: bytes, end: min(end, i + 4 + reach)) { return found }
            }
            i += 1
        }
        return nil
    }

    /// The first known zone word at a word start in `bytes[from..<end]`.
    private static func zoneAfter(_ from: Int, in bytes: [UInt8], end: Int) -> (zone: WrittenZone, range: Range<Int>)? {
        var j = from
        while j < end {
            let atWordStart = !KeywordMatch.isWordByte(bytes[j - 1])
            if atWordStart, bytes[j] == UInt8(ascii: "(") || (bytes[j] >= UInt8(ascii: "A") && bytes[j] <= UInt8(ascii: "Z")) {
                var s = ByteScanner(bytes, j..<bytes.count)
                if let zone = TimeText.readNamedZone(&s), !(s.peek().map(ByteScanner.isLetter) ?? false) {
                    return (zone, j..<s.position)
                }
            }
            j += 1
        }
        return nil
    }
}
