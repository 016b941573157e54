import PostmortemModel

/// Reads the `timeline` object of a configuration:
///
/// ```json
/// "timeline": {"zone": "UTC", "rolloverHours": 12, "keywords": {"detection": ["alert fired", "paged"]}}
/// ```
/// `keywords` replaces the list of each kind it names and keeps the others.
enum TimelineSettingsReader {
    static func apply(_ timeline: ConfigurationValue, to configuration: inout Configuration) throws(ConfigurationError) {
        for (name, member) in try timeline.members(allowedKeys: ["zone", "rolloverHours", "keywords"]) {
            switch name {
            case "zone":
                let text = try member.string()
                guard let zone = WrittenZone(parsing: text) else {
                    throw member.error("\(JSONValue.quote(text)) is not a time zone", allowed: "UTC, ET, PT, CET, +02:00, UTC-5 and the like")
                }
                configuration.timeline.defaultZone = zone
            case "rolloverHours":
                guard case .number(let hours) = member.value, hours > 0, hours <= 24 else {
                    throw member.error("expected a number of hours from 0 to 24, got \(member.value)")
                }
                configuration.timeline.rolloverThreshold = Int(hours * 3600)
            default:
                let kinds = EventKind.allCases.map(\.rawValue)
                for (kindName, words) in try member.members(allowedKeys: kinds) {
                    configuration.timeline.eventKeywords[EventKind(rawValue: kindName)!] = try words.strings()
                }
            }
            configuration.origins["timeline.\(name)"] = timeline.path
        }
    }
}
