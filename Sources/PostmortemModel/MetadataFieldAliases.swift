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

    private static let byKey: [String: MetadataField] = {
        var map: [String: MetadataField] = [:]
        for (field, names) in aliases {
            for name in names { map[HeadingText.normalize(name)] = field }
        }
        return map
    }()

    /// The field a key names, compared like headings ("Date of incident:" → `.date`).
    static func field(forKey key: String) -> MetadataField? {
        byKey[HeadingText.normalize(key)]
    }
}
