import ArchiveReport
import LintEngine
import PostmortemModel

/// `pmlint report --format json`: the report's figures for other tools. Durations in
/// seconds; each document's members are those of `pmlint metrics --format json`, each
/// action item's those of `pmlint actions --format json`.
enum ReportJSON {
    static func render(_ report: ArchiveReport, generated: Instant) -> String {
        let paths = report.documents.map(\.path)
        func documents(_ indexes: [Int]) -> JSONOutput { .array(indexes.map { .string(paths[$0]) }) }
        func date(_ date: CalendarDate?) -> JSONOutput { date.map { .string($0.description) } ?? .null }
        func seconds(_ value: Int?) -> JSONOutput { value.map(JSONOutput.int) ?? .null }

        let overview = report.overview
        let overviewJSON: JSONOutput = .object([
            ("incidents", .int(overview.incidents)), ("undated", .int(overview.undated)),
            ("firstDate", date(overview.firstDate)), ("lastDate", date(overview.lastDate)),
            ("documentsWithoutErrors", .int(overview.documentsWithoutErrors)),
            ("severities", .array(overview.severities.map(JSONOutput.string))),
            ("months", .array(overview.months.map { month in
                .object([("month", .string(month.month.description)),
                         ("incidents", .object(zip(overview.severities, month.counts).map { ($0, .int($1)) }))])
            })),
            ("actions", MetricsRenderer.actions(overview.actions)),
        ])
        let responseTimes: JSONOutput = .array(report.responseTimes.map { times in
            .object([
                ("name", .string(times.name)), ("medianSeconds", seconds(times.median)), ("p90Seconds", seconds(times.p90)),
                ("rollingWindow", .int(times.rollingWindow)),
                ("quarters", .array(times.quarters.map { quarter in
                    .object([("quarter", .string(quarter.quarter.description)), ("incidents", .int(quarter.incidents)),
                             ("medianSeconds", .int(quarter.median)), ("p90Seconds", .int(quarter.p90))])
                })),
                ("points", .array(times.points.map { point in
                    .object([("path", .string(paths[point.document])), ("date", .string(point.date.description)),
                             ("seconds", .int(point.seconds)), ("rollingMedianSeconds", .int(point.rollingMedian))])
                })),
                ("unknown", documents(times.unknown)), ("undated", documents(times.undated)),
            ])
        })
        let follow = report.followThrough
        let followJSON: JSONOutput = .object([
            ("open", .int(follow.open)), ("done", .int(follow.done)), ("overdue", .int(follow.overdue.count)),
            ("owners", .array(follow.owners.map { owner in
                .object([("owner", .string(owner.owner)), ("open", .int(owner.open)), ("overdue", .int(owner.overdue)), ("done", .int(owner.done))])
            })),
            ("overdueItems", .array(follow.overdue.map { overdue in
                .object(item(overdue.item, path: paths[overdue.document]) + [("daysOverdue", .int(overdue.daysOverdue))])
            })),
            ("byAge", .array(follow.ages.map { age in
                .object([("olderThanDays", .int(age.days)), ("incidents", .int(age.incidents)), ("actions", .int(age.items)),
                         ("done", .int(age.done))])
            })),
        ])
        let quality: JSONOutput = .object([
            ("errors", .int(report.quality.errors)), ("warnings", .int(report.quality.warnings)), ("infos", .int(report.quality.infos)),
            ("rules", .array(report.quality.rules.map { rule in
                .object([("id", .string(rule.id)), ("name", .string(rule.name)), ("documents", .int(rule.documents)),
                         ("errors", .int(rule.errors)), ("warnings", .int(rule.warnings)), ("infos", .int(rule.infos))])
            })),
        ])
        let recurrence = report.recurrence
        let recurrenceJSON: JSONOutput = .object([
            ("services", .array(recurrence.services.map { service in
                .object([("service", .string(service.service)), ("incidents", .array(service.entries.map { index in
                    .object([("path", .string(paths[index])), ("date", date(report.documents[index].date))])
                }))])
            })),
            ("openTickets", .array(recurrence.tickets.map { .object([("ticket", .string($0.ticket)), ("paths", documents($0.entries))]) })),
            ("duplicateIncidentIDs", .array(recurrence.duplicateIDs.map { .object([("id", .string($0.id)), ("paths", documents($0.entries))]) })),
        ])
        let documentsJSON: JSONOutput = .array(report.documents.map { document in
            .object([("path", .string(document.path)), ("title", document.title.map(JSONOutput.string) ?? .null),
                     ("date", date(document.date)), ("severity", document.severity.map(JSONOutput.string) ?? .null),
                     ("profile", .string(document.profile)), ("errors", .int(document.findings.errors)),
                     ("warnings", .int(document.findings.warnings)), ("infos", .int(document.findings.infos))]
                    + MetricsRenderer.members(document.figures)
                    + [("actionItems", .array(document.actionItems.map { .object(item($0, path: nil)) }))])
        })
        return JSONOutput.object([
            ("version", .int(1)), ("generated", .string(generated.iso8601())), ("today", .string(report.today.description)),
            ("overview", overviewJSON), ("responseTimes", responseTimes), ("followThrough", followJSON),
            ("quality", quality), ("recurrence", recurrenceJSON), ("documents", documentsJSON),
        ]).text
    }

    /// An action item with the members `pmlint actions --format json` gives it.
    private static func item(_ item: ReportActionItem, path: String?) -> [(String, JSONOutput)] {
        (path.map { [("path", JSONOutput.string($0))] } ?? []) + [
            ("line", .int(item.line)), ("action", .string(item.text)), ("owner", item.owner.map(JSONOutput.string) ?? .null),
            ("due", item.due.map(JSONOutput.string) ?? .null), ("open", .bool(item.isOpen)), ("overdue", .bool(item.isOverdue)),
        ]
    }
}
