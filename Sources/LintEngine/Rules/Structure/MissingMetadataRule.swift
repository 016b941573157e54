import PostmortemModel

/// Metadata fields the profile expects are absent.
struct MissingMetadataRule: Rule {
    static let description = RuleDescription(
        id: "PM006", name: "missing-metadata",
        summary: "A required metadata field (incident ID, severity, status, date, owner) is missing.",
        rationale: """
            Postmortems are found again by their metadata: which incident, how severe, who owns \
            the follow-up, whether the review is finished. Without it a document cannot be \
            searched, counted or chased. Fields may be written in front matter, as `**Key:** value` \
            lines, as `Key: value` bullets or in a two-column table.
            """,
        defaultSeverity: .warning,
        options: [
            RuleOption("internal", default: .array(["incident-id", "severity", "status", "date", "owner"].map(JSONValue.string)),
                       "Fields required in internal postmortems (incident-id, severity, status, date, owner, services, …)."),
            RuleOption("external", default: .array([]), "Fields required in customer-facing reports."),
        ],
        isFixable: true, hasUnsafeFixes: true,
        triggering: [
            RuleExample("↓# Cache outage\n\n**Incident ID:** INC-2024-117\n**Severity:** SEV-2\n**Status:** Resolved\n**Document owner:** Priya Raman",
                        isWrappable: false),
            RuleExample("---\nseverity: SEV-1\nstatus: Draft\ndate: 2024-04-15\nowner: Chris Evans\n---\n\n↓# Login outage", isWrappable: false),
            RuleExample("↓# Outage\n\n| Field | Value |\n|---|---|\n| Incident ID | INC-7 |\n| Severity | SEV-3 |\n| Status | Draft |\n| Date | 2024-04-15 |",
                        isWrappable: false),
        ],
        nonTriggering: [
            RuleExample("# Cache outage\n\n**Incident ID:** INC-2024-117\n**Severity:** SEV-2\n**Status:** Resolved\n**Date:** 2024-04-15\n**Document owner:** Priya Raman"),
            RuleExample("---\nincident_id: INC-9\nseverity: SEV-1\nstatus: Draft\ndate: 2024-04-15\nowner: Chris Evans\n---\n\n# Login outage"),
            RuleExample("# Outage\n\n- Incident ID: INC-7\n- Severity: SEV-3\n- Status: In review\n- Date: 2024-04-15\n- Incident Lead: Chris Evans"),
            RuleExample("## Summary\n\nOn April 15, 2024, dashboards showed stale data.\n\n**Date:** April 15, 2024", profile: "external"),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        let document = context.document
        let wanted = context.options.strings(context.audience.rawValue).compactMap(MetadataField.init(rawValue:))
        let missing = wanted.filter { document.metadata[$0] == nil }
        guard !missing.isEmpty else { return [] }
        // The title (the first heading), under which the fix writes the fields; the front
        // matter's `---` says nothing about what is missing.
        let anchor = document.allSections.first?.headingRange ?? document.source.lines.contentRange(ofLine: 0)
        let insertion = MetadataInsertion(document: document)
        return missing.map { field in
            Finding(range: anchor, message: "Missing metadata field \"\(field.label)\"; add a `**\(field.label):**` line near the title.",
                    fixes: [Fix(title: "Add \"\(field.label)\"", edits: [insertion.edit(for: field)], isSafe: false)])
        }
    }
}

/// Where a new `**Key:** value` line goes: after the last one, or under the title.
struct MetadataInsertion {
    let document: PostmortemDocument

    func edit(for field: MetadataField) -> TextEdit {
        let newline = document.source.lineEnding
        let line = "**\(field.label):** TBD"
        if let last = document.metadata.entries.last(where: { $0.source == .keyValueLine }) {
            return .insert(newline + line, at: last.valueRange.upperBound)
        }
        if let title = document.allSections.first {
            return .insert(newline + newline + line, at: title.headingRange.upperBound)
        }
        return .insert(line + newline + newline, at: 0)
    }
}
