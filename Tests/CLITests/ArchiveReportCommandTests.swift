import Foundation
import Testing

/// `pmlint report --format json`: the same figures as `metrics` and `actions` for the same
/// files, reproducible bytes, and what the cross-document rules find.
@Suite struct ArchiveReportCommandTests {
    static let inputs = ["Fixtures/clean", "Fixtures/broken", "--today", "2024-10-01"]
    static let epoch = ["SOURCE_DATE_EPOCH": "1717200000"]

    static func json(_ arguments: [String], in directory: String = Golden.repository,
                     environment: [String: String] = epoch) throws -> [String: Any] {
        let run = CLIRun.inProcess(arguments, in: directory, environment: environment)
        #expect(run.status == 0, "\(run.errors)")
        return try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
    }

    static func objects(_ value: Any?) -> [[String: Any]] { value as? [[String: Any]] ?? [] }

    @Test func everyDocumentsFiguresAreThoseOfTheMetricsCommand() throws {
        let report = try Self.json(["report", "--format", "json"] + Self.inputs)
        let metrics = try Self.json(["metrics", "--format", "json"] + Self.inputs)
        let reported = Self.objects(report["documents"])
        let measured = Self.objects(metrics["documents"])
        #expect(reported.count == measured.count && reported.count > 30)
        for (document, expected) in zip(reported, measured) {
            #expect(document["path"] as? String == expected["path"] as? String)
            for (key, value) in expected where key != "path" {
                #expect(document[key] as? NSObject == value as? NSObject, "\(expected["path"]!) \(key)")
            }
        }
        let overview = try #require(report["overview"] as? [String: Any])
        let total = try #require(metrics["total"] as? [String: Any])
        #expect(overview["actions"] as? NSObject == total["actions"] as? NSObject)
        #expect(overview["incidents"] as? Int == total["documents"] as? Int)
    }

    /// The median each duration gets is the median of the values `metrics` prints.
    @Test func mediansAreThoseOfTheMetricsValues() throws {
        let report = try Self.json(["report", "--format", "json"] + Self.inputs)
        let metrics = try Self.json(["metrics", "--format", "json"] + Self.inputs)
        for times in Self.objects(report["responseTimes"]) {
            let name = try #require(times["name"] as? String)
            let values = Self.objects(metrics["documents"]).compactMap { $0[name + "Seconds"] as? Int }.sorted()
            let middle = values.count / 2
            let median = values.count % 2 == 1 ? values[middle] : Int((Double(values[middle - 1] + values[middle]) / 2).rounded())
            #expect(times["medianSeconds"] as? Int == median, "\(name)")
            let unknown = (times["unknown"] as? [String])?.count ?? -1
            #expect(unknown == Self.objects(metrics["documents"]).count { $0[name + "Seconds"] is NSNull }, "\(name)")
        }
    }

    @Test func openAndOverdueItemsAreThoseOfTheActionsCommand() throws {
        let report = try Self.json(["report", "--format", "json"] + Self.inputs)
        let listed = Self.objects(try Self.json(["actions", "--format", "json"] + Self.inputs)["actions"])
        func key(_ item: [String: Any], path: String) -> String {
            "\(path):\(item["line"]!) \(item["action"]!) \(item["owner"] ?? "-") \(item["due"] ?? "-") \(item["overdue"]!)"
        }
        let open = Self.objects(report["documents"]).flatMap { document in
            Self.objects(document["actionItems"]).filter { $0["open"] as? Bool == true }.map { key($0, path: document["path"] as! String) }
        }
        #expect(!open.isEmpty)
        #expect(open == listed.map { key($0, path: $0["path"] as! String) })
        let follow = try #require(report["followThrough"] as? [String: Any])
        let overdue = Self.objects(follow["overdueItems"]).map { key($0, path: $0["path"] as! String) }
        #expect(overdue.sorted() == listed.filter { $0["overdue"] as? Bool == true }.map { key($0, path: $0["path"] as! String) }.sorted())
        #expect(follow["open"] as? Int == listed.count)
    }

    @Test func theSameInputsGiveTheSameBytesWithTheirGenerationTime() {
        let first = CLIRun.inProcess(["report", "--format", "json"] + Self.inputs, in: Golden.repository, environment: Self.epoch)
        let second = CLIRun.inProcess(["report", "--format", "json"] + Self.inputs, in: Golden.repository, environment: Self.epoch)
        #expect(first.output == second.output)
        #expect(first.output.contains("\"generated\": \"2024-06-01T00:00Z\""))
    }

    @Test func aBadSourceDateEpochIsOneLineNamingIt() {
        let run = CLIRun.inProcess(["report", "--format", "json", "Fixtures/clean"], in: Golden.repository,
                                   environment: ["SOURCE_DATE_EPOCH": "yesterday"])
        #expect(run.status == 2)
        #expect(run.errorLines.count == 1 && run.errors.contains("SOURCE_DATE_EPOCH"))
    }

    static func document(_ title: String, date: String, id: String, services: String, ticket: String) -> String {
        """
        # \(title)

        ## Summary

        **Incident ID:** \(id)
        **Date of incident:** \(date)
        **Affected services:** \(services)

        ## Action Items

        - [ ] Make the retry budget shared across workers (@ana, due 2024-12-01, \(ticket))

        """
    }

    @Test func recurrencesAreListedAndLintNamesTheOtherDocument() throws {
        let folder = TemporaryFolder()
        folder.write("pm/first.md", Self.document("Queue stall", date: "2024-03-01", id: "INC-9", services: "queue, billing", ticket: "OPS-7"))
        folder.write("pm/second.md", Self.document("Queue stall again", date: "2024-04-15", id: "INC-9", services: "Queue", ticket: "OPS-7"))
        folder.write("pm/third.md", Self.document("Billing slow", date: "2024-11-30", id: "INC-12", services: "billing", ticket: "OPS-8"))
        let report = try Self.json(["report", "--format", "json", "pm", "--today", "2024-12-10"], in: folder.path)
        let recurrence = try #require(report["recurrence"] as? [String: Any])
        let services = Self.objects(recurrence["services"])
        #expect(services.map { $0["service"] as? String } == ["queue"])
        #expect(Self.objects(services.first?["incidents"]).map { $0["path"] as? String } == ["pm/first.md", "pm/second.md"])
        #expect(Self.objects(recurrence["openTickets"]).map { $0["paths"] as? [String] } == [["pm/first.md", "pm/second.md"]])
        #expect(Self.objects(recurrence["duplicateIncidentIDs"]).map { $0["id"] as? String } == ["INC-9"])

        let lint = CLIRun.inProcess(["lint", "pm", "--format", "json"], in: folder.path)
        let files = Self.objects((try JSONSerialization.jsonObject(with: Data(lint.output.utf8)) as? [String: Any])?["files"])
        let first = Self.objects(files.first { $0["path"] as? String == "pm/first.md" }?["diagnostics"])
            .filter { ($0["rule"] as? String ?? "").hasPrefix("PM3") }
        #expect(first.count == 3, "\(lint.output)")
        #expect(first.allSatisfy { ($0["message"] as? String ?? "").contains("pm/second.md") })
        #expect(lint.status == 1, "a duplicate incident ID is an error")
    }

    @Test func explainShowsACrossDocumentRulesFolderExamples() {
        let run = CLIRun.inProcess(["explain", "duplicate-incident-id"], in: Golden.repository)
        #expect(run.status == 0)
        #expect(run.output.contains("Default severity: error") && run.output.contains("Runs over a folder"))
        #expect(run.output.contains("2024-05-01-dns.md:") && run.output.contains("2024-05-09-cdn.md:"))
    }

    @Test func theConfigurationSwitchesACrossDocumentRuleOff() {
        let folder = TemporaryFolder()
        folder.write("a.md", Self.document("Queue stall", date: "2024-03-01", id: "INC-9", services: "queue", ticket: "OPS-7"))
        folder.write("b.md", Self.document("Queue stall again", date: "2024-04-15", id: "INC-9", services: "queue", ticket: "OPS-8"))
        #expect(CLIRun.inProcess(["lint", "."], in: folder.path).output.contains("PM303"))
        folder.write(".pmlint.json", "{\"rules\": {\"duplicate-incident-id\": \"off\"}}")
        let run = CLIRun.inProcess(["lint", "."], in: folder.path)
        #expect(run.errors.isEmpty, "\(run.errors)")
        #expect(!run.output.contains("PM303") && run.output.contains("PM301"))
    }
}
