import Foundation
import Testing

/// `pmlint metrics` and `pmlint actions` over the repository's fixtures, with today fixed.
@Suite struct MetricsCommandTests {
    static let anchor = "Fixtures/clean/external-anchor-analytics.md"
    static let today = ["--today", "2024-06-01"]

    @Test func metricsOfEveryFixtureMatchTheGoldenTable() throws {
        let run = CLIRun.inProcess(["metrics", "Fixtures/"] + Self.today, in: Golden.repository)
        #expect(run.status == 0, "\(run.errors)")
        try Golden.check(run.output, against: "metrics-fixtures.txt")
    }

    @Test func overdueActionsOfEveryFixtureMatchTheGoldenList() throws {
        let run = CLIRun.inProcess(["actions", "Fixtures/", "--overdue"] + Self.today, in: Golden.repository)
        #expect(run.status == 0, "\(run.errors)")
        try Golden.check(run.output, against: "actions-fixtures-overdue.txt")
    }

    @Test func jsonGivesTheAnchorAnalyticsFiguresInSeconds() throws {
        let run = CLIRun.inProcess(["metrics", Self.anchor, "--format", "json"] + Self.today, in: Golden.repository)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let document = try #require((json["documents"] as? [[String: Any]])?.first)
        #expect(document["ttdSeconds"] as? Int == 28 * 60)
        #expect(document["ttrSeconds"] as? Int == 2 * 3600 + 33 * 60)
        #expect(document["start"] as? String == "2024-04-15T09:14-04:00")
        #expect((json["total"] as? [String: Any])?["documents"] as? Int == 1)
        // Each figure names the line it was read from, so a reader can check it.
        let sources = try #require(document["sources"] as? [String: Any])
        #expect((sources["start"] as? [String: Any])?["from"] as? String == "timeline")
        let ttd = try #require(sources["ttd"] as? [String: Any])
        #expect(ttd["from"] as? String == "computed" && ttd["fromLine"] as? Int == (sources["start"] as? [String: Any])?["line"] as? Int)
    }

    @Test func csvHasOneLinePerDocumentAndATotal() throws {
        let run = CLIRun.inProcess(["metrics", Self.anchor, "Fixtures/broken/duration-mismatch.md", "--format", "csv"] + Self.today,
                                   in: Golden.repository)
        let lines = run.output.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines.first?.hasPrefix("file,start,detection,mitigation,resolution,ttd_seconds") == true)
        let anchor = try #require(lines.first { $0.hasPrefix(Self.anchor + ",") })
        #expect(anchor.hasPrefix("\(Self.anchor),2024-04-15T09:14-04:00,") && anchor.contains(",1680,300,4080,9180,"))
        #expect(lines.last?.hasPrefix("TOTAL,") == true)
    }

    @Test func actionsFilterByOwnerWithoutCaseOrAt() {
        let run = CLIRun.inProcess(["actions", "Fixtures/broken/duration-mismatch.md", "--owner", "LFERNANDEZ", "--today", "2024-11-20"],
                                   in: Golden.repository)
        #expect(run.output.split(separator: "\n").map(String.init) == [
            "Fixtures/broken/duration-mismatch.md:58  @lfernandez  due 2024-11-15 (overdue)  Refresh the key set copy every 5 minutes and on every rotation event",
            "1 open action item in 1 document, 1 overdue",
        ])
    }

    @Test func aBadTodayIsAUsageError() {
        let run = CLIRun.inProcess(["metrics", Self.anchor, "--today", "soon"], in: Golden.repository)
        #expect(run.status == 2)
        #expect(run.errors.contains("--today needs a date such as 2024-05-01, not 'soon'"))
    }

    @Test func aMissingFileFailsTheRunButOthersAreStillReported() {
        let run = CLIRun.inProcess(["metrics", Self.anchor, "Fixtures/none.md"] + Self.today, in: Golden.repository)
        #expect(run.status == 2)
        #expect(run.errors.contains("Fixtures/none.md: no such file or directory"))
        #expect(run.output.contains(Self.anchor))
    }
}
