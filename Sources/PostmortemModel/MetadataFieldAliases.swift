/// The names writers give metadata fields, from the seed templates and real documents.
enum MetadataFieldAliases {
    static let aliases: [MetadataField: [String]] = [
        .incidentID: ["incident id", "incident", "id", "incident number", "incident no", "incident ref", "incident reference", "ticket id"],
        .severity: ["severity", "sev", "severity level", "incident severity", "impact level"],
        .status: ["status", "incident status", "document status", "postmortem status", "review status"],
        .date: ["date", "date of incident", "incident date", "occurred", "occurred on", "day of incident"],
        .owner: ["document owner", "owner", "incident lead", "incident commander", "ic", "author", "authors", "lead",
                 "postmortem owner", "written by", "postmortem author", "created by", "team", "owning team"],
        .services: ["affected services", "services", "services affected", "affected systems", "systems affected",
                    "affected components", "components", "affected service", "service"],
        .lastUpdated: ["last updated", "updated", "last modified"],
        .duration: ["duration", "total duration", "incident duration", "impact duration", "outage duration", "length"],
        .timezone: ["timezone", "time zone", "tz"],
        .impactStarted: ["impact started", "impact started at", "impact start", "start time", "started at", "incident start",
                         "started", "start", "impact began"],
        .detected: ["detected", "detected at", "reported", "reported at", "detection time", "first reported", "detection"],
        .acknowledged: ["acknowledged", "acknowledged at", "ack", "acked at", "acknowledgement"],
        .identified: ["identified", "identified at", "root cause identified", "cause identified"],
        .mitigated: ["mitigated", "mitigated at", "fixed", "fixed at", "mitigation time", "mitigation"],
        .resolved: ["resolved", "resolved at", "end time", "ended at", "impact ended", "resolution time", "recovered at", "end", "ended"],
        .closed: ["closed", "closed at", "incident closed"],
        .timeToDetect: ["time to detect", "time to detection", "ttd", "detection time to", "time until detection"],
        .timeToAcknowledge: ["time to acknowledge", "time to acknowledgement", "time to ack", "tta"],
        .timeToMitigate: ["time to mitigate", "time to mitigation", "ttm"],
        .timeToResolve: ["time to resolve", "time to resolution", "time to recovery", "time to recover", "time to repair",
                         "time to restore", "ttr"],
    ]

    /// Keys that name the incident only when their value is an identifier: `Event:
    /// 20220420_listener_failure` is the incident's ID, `Event: database failover` is not.
    private static let identifierKeys = ["event", "event id", "event name", "incident name"]

    /// What a key means: a field, or the incident ID if its value is an identifier.
    private enum Meaning {
        case field(MetadataField)
        case identifierKey
    }

    /// One map for both meanings, so a key that is no field costs one look-up.
    private static let byKey: [String: Meaning] = {
        var map: [String: Meaning] = [:]
        for (field, names) in aliases {
            for name in names { map[HeadingText.normalize(name)] = .field(field) }
        }
        for name in identifierKeys { map[HeadingText.normalize(name)] = .identifierKey }
        return map
    }()

    /// The field a key names, compared like headings ("Date of incident:" → `.date`).
    static func field(forKey key: String) -> MetadataField? {
        if case .field(let field) = byKey[HeadingText.normalize(key)] { field } else { nil }
    }

    /// The field a key names, or the incident ID where an identifier key holds identifiers.
    static func field(forKey key: String, value: () -> String) -> MetadataField? {
        switch byKey[HeadingText.normalize(key)] {
        case .field(let field): field
        case .identifierKey: isIdentifierList(value()) ? .incidentID : nil
        case nil: nil
        }
    }

    /// One to four words, each with a digit, `_` or `-` and no space: `20220105_badfasta`,
    /// `INC-7, INC-8`; a phrase of plain words names something else.
    private static func isIdentifierList(_ value: String) -> Bool {
        let words = value.split { $0 == " " || $0 == "," || $0 == "`" }
        return (1...4).contains(words.count)
            && words.allSatisfy { word in word.contains { $0.isNumber || $0 == "_" || $0 == "-" } && word.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" } }
    }
}
