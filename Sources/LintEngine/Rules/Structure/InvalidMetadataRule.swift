import PostmortemModel

/// A metadata value outside what the team agreed on.
struct InvalidMetadataRule: Rule {
    static let description = RuleDescription(
        id: "PM007", name: "invalid-metadata",
        summary: "Severity outside the scale, a date that does not parse, or an unknown status.",
        rationale: """
            Metadata is read by tools and dashboards as well as people: `SEV-9`, `last Tuesday` \
            or a status nobody defined break the counting and the search. The scale and the set \
            of statuses are configurable, and a scale the document declares itself (a comment \
            such as `# Possible severity levels: down, disrupted, notice`) is the one it is held \
            to. The impact levels of status pages (partial outage, major outage, degraded \
            performance; down, disrupted, notice) are on the default scale: an entry published \
            there carries them. A status may carry a qualifier after a comma or dash ("Complete, action items in \
            progress"); a date may carry a weekday and an ordinal and be written day first. A \
            warning: a team's own vocabulary is legitimate, and pmlint only points at what its \
            tools will not count.
            """,
        defaultSeverity: .warning,
        options: [
            RuleOption("severities", default: .array((1...5).map { .string("SEV-\($0)") } + (0...4).map { .string("P\($0)") }
                                                     + statusPageLevels.map(JSONValue.string)),
                       "Allowed severities; compared ignoring case, spaces and hyphens (SEV1 = Sev-1)."),
            RuleOption("statuses", default: .array(["Draft", "In progress", "In review", "Reviewed", "Final", "Published", "Resolved",
                                                    "Closed", "Complete", "Completed", "Monitoring", "Mitigated"].map(JSONValue.string)),
                       "Allowed statuses, compared ignoring case."),
        ],
        triggering: [
            RuleExample("**Severity:** ↓SEV-9"),
            RuleExample("**Date of incident:** ↓last Tuesday"),
            RuleExample("**Status:** ↓Sort of done"),
            RuleExample("- Severity: ↓Catastrophic"),
            RuleExample("| Field | Value |\n|---|---|\n| Date | ↓2024-02-30 |"),
        ],
        nonTriggering: [
            RuleExample("**Severity:** SEV-2"),
            RuleExample("**Severity:** sev1"),
            RuleExample("**Date of incident:** April 15, 2024"),
            RuleExample("**Status:** In review"),
            RuleExample("**Severity:** Major", options: ["severities": .array([.string("Critical"), .string("Major"), .string("Minor")])]),
            RuleExample("**Date of incident:** YYYY-MM-DD"),
            RuleExample("**Status:** Complete, follow-up work still open"),
            RuleExample("**Date:** Tuesday 31st July 2018"),
            RuleExample("**Date:** 14/10/2023"),
            RuleExample("---\nseverity: partial-outage\nresolved: true\n---\n\nSome builds did not start.", isWrappable: false),
            RuleExample("---\n# Severity levels we use: outage, degraded, notice\nseverity: degraded\n---\n\n# Title", isWrappable: false),
        ])

    /// The impact levels status pages give an incident: Atlassian Statuspage's and cState's.
    private static let statusPageLevels = ["Degraded performance", "Partial outage", "Major outage", "Under maintenance",
                                           "Down", "Disrupted", "Notice"]

    func check(_ context: RuleContext) -> [Finding] {
        let declared = context.document.metadata.declaredSeverities
        let scale = declared.isEmpty ? context.options.strings("severities") : declared
        let severities = Set(scale.map(Self.severityKey))
        let statuses = Set(context.options.strings("statuses").map { $0.lowercased() })
        let placeholders = Placeholders.standard
        var findings: [Finding] = []
        var seen: Set<MetadataField> = []
        for entry in context.document.metadata.entries {
            guard let field = entry.field, !entry.value.isEmpty, !placeholders.isPlaceholder(entry.value), seen.insert(field).inserted
            else { continue }
            let problem: String? = switch field {
            case .severity where !severities.contains(Self.severityKey(entry.value)):
                "Severity \"\(entry.value)\" is not on the scale (\(scale.joined(separator: ", ")))."
            case .date where !DateText.isDate(entry.value), .lastUpdated where !DateText.isDate(entry.value):
                "\(field.label) \"\(entry.value)\" is not a date; write it as 2024-04-15 or April 15, 2024."
            case .status where !statuses.contains(Self.statusKey(entry.value)):
                "Status \"\(entry.value)\" is not one of: \(context.options.strings("statuses").joined(separator: ", "))."
            default: nil
            }
            if let problem { findings.append(Finding(range: entry.valueRange, message: problem)) }
        }
        return findings
    }

    /// The status before any qualifier: "Complete, action items in progress" is Complete.
    static func statusKey(_ text: String) -> String {
        let lowered = text.lowercased()
        let cut = lowered.firstRange(of: " - ")?.lowerBound ?? lowered.firstRange(of: " — ")?.lowerBound
            ?? lowered.firstIndex(where: { ",;(".contains($0) }) ?? lowered.endIndex
        return lowered[..<cut].split(separator: " ").joined(separator: " ")
    }

    /// "Sev 1", "SEV-1" and "sev1" are the same severity.
    static func severityKey(_ text: String) -> String {
        String(decoding: text.lowercased().utf8.filter { !Self.severitySeparators.contains($0) }, as: UTF8.self)
    }

    private static let severitySeparators: [UInt8] = [UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "_")]
}
