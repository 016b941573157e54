import Foundation
import Testing

/// `pmlint report` as HTML: one self-contained page, every section and chart with its
/// title, summary and data, the same bytes for the same inputs.
@Suite struct ArchiveReportHTMLTests {
    static let arguments = ["report", "Fixtures/clean", "Fixtures/broken", "--today", "2024-10-01"]
    static let epoch = ["SOURCE_DATE_EPOCH": "1717200000"]

    static func page() -> String {
        let run = CLIRun.inProcess(arguments, in: Golden.repository, environment: epoch)
        #expect(run.status == 0, "\(run.errors)")
        return run.output
    }

    @Test func thePageHasEverySectionAndEachChartItsTitleSummaryAndTable() {
        let html = Self.page()
        for section in ["overview", "response-times", "follow-through", "quality", "recurrence"] {
            #expect(html.contains("<section id=\"\(section)\""), "\(section)")
        }
        let figures = html.components(separatedBy: "<figure class=\"chart\"").dropFirst()
        #expect(figures.count == 8, "per month, four response times, owners, ages, rules")
        for figure in figures {
            #expect(figure.contains("<h3 id=") && figure.contains("<p class=\"summary\"") && figure.contains("<svg class=\"plot\"")
                    && figure.contains("role=\"img\"") && figure.contains("<table"), "\(figure.prefix(120))")
        }
        #expect(html.contains("generated 2024-06-01T00:00Z"))
    }

    @Test func thePageLoadsNothingFromElsewhere() {
        let html = Self.page()
        for reference in ["http://", "https://", "<link", "src=", "@import", "url(http", "@font-face"] {
            #expect(!html.contains(reference), "\(reference)")
        }
    }

    @Test func theSameInputsGiveTheSameBytes() {
        #expect(Self.page() == Self.page())
    }

    @Test func linksLeadFromTheOutputFolderToTheDocuments() throws {
        let folder = TemporaryFolder()
        folder.write("postmortems/2024/a b.md", "# Disk full\n\n## Summary\n\n**Date of incident:** 2024-05-01\n")
        let run = CLIRun.inProcess(["report", "postmortems", "--output", "site/report.html"], in: folder.path, environment: Self.epoch)
        #expect(run.status == 2, "the output folder does not exist yet")
        #expect(run.errorLines.count == 1 && run.errors.contains("site/report.html"))
        folder.makeFolder("site")
        let written = CLIRun.inProcess(["report", "postmortems", "--output", "site/report.html"], in: folder.path, environment: Self.epoch)
        #expect(written.status == 0 && written.output.isEmpty, "\(written.errors)")
        let html = try String(contentsOfFile: folder.path + "/site/report.html", encoding: .utf8)
        #expect(html.contains("<a href=\"../postmortems/2024/a%20b.md\">postmortems/2024/a b.md</a>"))
    }

    @Test func textFromDocumentsIsEscaped() {
        let folder = TemporaryFolder()
        folder.write("pm.md", "# Quotas where a < b & \"c\" > 'd'\n\n## Action Items\n\n- [ ] Check <script>alert(1)</script> (@ana, due 2024-01-01)\n")
        let run = CLIRun.inProcess(["report", "pm.md", "--today", "2024-06-01"], in: folder.path, environment: Self.epoch)
        #expect(run.output.contains("Quotas where a &lt; b &amp; &quot;c&quot; &gt; &#39;d&#39;"))
        #expect(run.output.components(separatedBy: "<script>").count == 2, "only the page's own script")
    }
}
