/// A canonical kind of postmortem section ("timeline", "root-cause", …), whatever heading
/// the writer gave it. Kinds are open: a configuration may add its own.
public struct SectionKind: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }
    public static func < (a: SectionKind, b: SectionKind) -> Bool { a.rawValue < b.rawValue }

    public static let keyInformation = SectionKind("key-information")
    public static let summary = SectionKind("summary")
    public static let impact = SectionKind("impact")
    public static let timeline = SectionKind("timeline")
    public static let rootCause = SectionKind("root-cause")
    public static let mitigators = SectionKind("mitigators")
    public static let detection = SectionKind("detection")
    public static let response = SectionKind("response")
    public static let resolution = SectionKind("resolution")
    public static let actionItems = SectionKind("action-items")
    public static let lessonsLearned = SectionKind("lessons-learned")
    public static let apology = SectionKind("apology")
    public static let contact = SectionKind("contact")
    public static let meetingNotes = SectionKind("meeting-notes")
}
