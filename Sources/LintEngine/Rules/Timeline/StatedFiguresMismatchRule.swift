import PostmortemModel

/// A figure or key timestamp the document states that its own timeline does not bear out.
struct StatedFiguresMismatchRule: Rule {
    static let description = RuleDescription(
        id: "PM209", name: "stated-figures-mismatch",
        summary: "A stated time to detect or resolve, or a stated key timestamp, disagrees with the timeline.",
        rationale: """
            Figures the document states (`Time to detection: 7 hours`, `Detected at: 14:20`) are \
            what dashboards and readers quote, and pmlint reports them as stated; when the \
            timeline says otherwise, one of the two is wrong. A stated length agrees when some \
            two entries of the timeline are that far apart (the document may count from a \
            moment pmlint would not pick); a stated moment agrees when an entry stands at that \
            time, or no entry records that kind of event. Differences within the tolerance (the \
            larger of `toleranceMinutes` and `tolerancePercent` of the figure) are rounding. A \
            warning: the timeline may leave out the moment the authors counted from.
            """,
        defaultSeverity: .warning,
        options: [
            RuleOption("toleranceMinutes", default: .number(5), "Differences up to this many minutes are accepted."),
            RuleOption("tolerancePercent", default: .number(10), "Differences up to this share of a stated length are accepted."),
        ],
        triggering: [
            RuleExample("## Timeline\n\n- 09:00 UTC Errors begin\n- 09:10 UTC Alert fired\n- 09:40 UTC Rollback finished, resolved\n\n## Stats\n\n- Time to detection: ↓3 hours"),
            RuleExample("**Detected at:** ↓11:30 UTC\n\n## Timeline\n\n- 10:00 UTC Errors begin\n- 10:05 UTC Pager alert fired\n- 10:40 UTC Service restored, incident resolved"),
            RuleExample("- Time to recovery: ↓45 minutes\n\n## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n| 13:00 | Checkout errors begin |\n| 13:20 | Alert fired |\n| 16:00 | Incident resolved |",
                        isWrappable: false),
        ],
        nonTriggering: [
            RuleExample("## Timeline\n\n- 09:00 UTC Errors begin\n- 09:10 UTC Alert fired\n- 09:40 UTC Resolved\n\n## Stats\n\n- Time to detection: 10 minutes\n- Time to recovery: 40 minutes"),
            RuleExample("## Timeline\n\n- 08:00 UTC Nightly job changed\n- 09:00 UTC Errors begin\n- 09:12 UTC Alert fired\n\n## Stats\n\n- Time to detection: 72 minutes"),
            RuleExample("**Detected at:** 10:06 UTC\n\n## Timeline\n\n- 10:00 UTC Errors begin\n- 10:05 UTC Pager alert fired\n- 10:40 UTC Incident resolved"),
            RuleExample("- Time to detection: ?\n\n## Timeline\n\n- 10:00 UTC Errors begin\n- 10:05 UTC Alert fired"),
        ])

    /// The stated lengths, in the order of `IncidentMetrics.figures`.
    static let lengths: [(field: MetadataField, name: String)] = [
        (.timeToDetect, "time to detect"), (.timeToAcknowledge, "time to acknowledge"),
        (.timeToMitigate, "time to mitigate"), (.timeToResolve, "time to resolve"),
    ]

    func check(_ context: RuleContext) -> [Finding] {
        let timeline = context.document.timeline
        // Most documents state nothing to check, and reading the timeline's own figures is not free.
        guard !timeline.metrics.stated.isEmpty || !timeline.keyTimestamps.isEmpty else { return [] }
        let instants = timeline.entries.compactMap(\.instant).sorted()
        guard instants.count >= 2 else { return [] }
        let minutes = context.options.double("toleranceMinutes") * 60
        let percent = context.options.double("tolerancePercent") / 100
        // The timeline read alone, without the metadata's moments and figures.
        let own = IncidentMetrics(entries: timeline.entries, keyTimestamps: [])
        var findings: [Finding] = []
        for (index, length) in Self.lengths.enumerated() {
            guard let stated = timeline.metrics.stated.first(where: { $0.field == length.field }) else { continue }
            let tolerance = max(minutes, percent * Double(stated.seconds))
            let agrees = instants.indices.contains { i in
                instants[i...].contains { abs(Double($0.seconds(since: instants[i]) - stated.seconds)) <= tolerance }
            }
            guard !agrees else { continue }
            var reading = ""
            if let figure = own.figures[index], let from = figure.from, let to = figure.to {
                reading = "; the timeline reads \(DurationText.describe(figure.seconds)) "
                    + "(\(TimelineMessages.moment(from, in: context)) to \(TimelineMessages.moment(to, in: context)))"
            }
            findings.append(Finding(range: stated.range, message: """
                The document states \(length.name) \(DurationText.describe(stated.seconds)), but no two timeline entries are \
                that far apart\(reading).
                """))
        }
        let moments: [(MetadataField, Milestone?)] = [(.impactStarted, own.start), (.detected, own.detection),
                                                      (.acknowledged, own.acknowledgement), (.mitigated, own.mitigation),
                                                      (.resolved, own.resolution)]
        for (field, read) in moments {
            guard let key = timeline.keyTimestamps.first(where: { $0.field == field }), let stated = key.instant, let read,
                  !instants.contains(where: { abs(Double($0.seconds(since: stated))) <= minutes }) else { continue }
            let label = context.document.metadata[field]?.key ?? field.label
            findings.append(Finding(range: key.range, message: """
                "\(label)" states \(context.source.text(key.range)), but the timeline records it at \(TimelineMessages.moment(read, in: context)) \
                and has no entry at the stated time.
                """))
        }
        return findings
    }
}
