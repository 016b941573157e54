import Foundation
import Testing

/// What the report's own script writes into the page when the address ends in `#report-test`.
struct RenderedReport: Decodable {
    struct Chart: Decodable {
        let id: String
        let x: Int
        let y: Int
        let width: Int
        let height: Int
        let marks: Int
    }

    let sections: [String]
    let charts: [Chart]
    let errors: [String]
}

/// `pmlint report`'s page in a real browser: headless Chromium renders reports of the
/// fixtures and of a generated two-year archive; every section is there, every chart is
/// drawn with a size, no script fails, and the screenshot's chart region is not blank.
@Suite(.enabled(if: Programs.chromium != nil, "chromium is not on PATH: install Debian's chromium (.ci/run does)"))
struct ReportBrowserTests {
    static let sections = ["overview", "response-times", "follow-through", "quality", "recurrence"]
    static let chartCount = 8

    /// Writes the report of `inputs` (run in `folder`) to `folder/report.html`.
    static func writeReport(_ inputs: [String], in folder: String) throws -> String {
        let page = folder + "/report.html"
        let finished = try run(Programs.built("pmlint"), ["report"] + inputs + ["--today", "2025-01-15", "--output", page],
                               in: folder, environment: ["SOURCE_DATE_EPOCH": "1735689600"])
        #expect(finished.status == 0, "\(finished.output)")
        return page
    }

    static func chromium(_ arguments: [String]) throws -> Finished {
        // --no-sandbox: CI containers run as root, where Chromium's sandbox refuses to start.
        try run(Programs.chromium!, ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--force-device-scale-factor=1",
                                     "--window-size=1200,1600", "--virtual-time-budget=5000", "--enable-logging=stderr", "--v=0"] + arguments,
                timeout: 180)
    }

    /// The page as Chromium rendered it, with what the test flag made the script record.
    static func render(_ page: String) throws -> (report: RenderedReport, log: String) {
        let finished = try chromium(["--dump-dom", "file://\(page)#report-test"])
        let dom = finished.output
        let start = try #require(dom.range(of: "<pre id=\"report-test-results\">"), "the page's script did not run: \(dom.suffix(2000))")
        let end = try #require(dom[start.upperBound...].range(of: "</pre>"))
        let json = String(dom[start.upperBound..<end.lowerBound])
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
        return (try JSONDecoder().decode(RenderedReport.self, from: Data(json.utf8)), dom)
    }

    static func checkRendered(_ page: String) throws -> RenderedReport {
        let (report, log) = try render(page)
        #expect(report.sections == sections)
        #expect(report.charts.count == chartCount)
        for chart in report.charts {
            #expect(chart.width > 300 && chart.height > 50 && chart.marks > 0, "\(chart.id) is drawn \(chart.width)×\(chart.height) with \(chart.marks) marks")
        }
        #expect(report.errors.isEmpty, "script errors: \(report.errors)")
        #expect(!log.contains("Uncaught"), "the console logged an error")
        return report
    }

    /// Takes a screenshot and reads the rectangle of `chart` out of it.
    static func checkScreenshot(_ page: String, chart: RenderedReport.Chart, in folder: String) throws {
        let python = try #require(Programs.python, "python3 reads the screenshot")
        let png = folder + "/report.png"
        let height = chart.y + chart.height + 40
        _ = try chromium(["--window-size=1200,\(height)", "--screenshot=\(png)", "file://\(page)"])
        let read = try run(python, [Programs.scripts + "/png_region.py", png, "\(chart.x)", "\(chart.y)", "\(chart.width)", "\(chart.height)"])
        let region = try #require(try JSONSerialization.jsonObject(with: Data(read.output.utf8)) as? [String: Int], "\(read.output)")
        let pixels = region["pixels"] ?? 0, differing = region["differing"] ?? 0, colours = region["colours"] ?? 0
        #expect(pixels > 10_000)
        #expect(differing * 50 > pixels, "less than 2 % of the chart region is drawn: \(read.output)")
        #expect(colours >= 3, "the chart region has fewer than three colours: \(read.output)")
    }

    @Test func theFixturesReportRendersEverySectionAndChart() throws {
        let scratch = try Scratch()
        let page = try Self.writeReport([Programs.repository + "/Fixtures/clean", Programs.repository + "/Fixtures/broken"], in: scratch.path)
        let report = try Self.checkRendered(page)
        try Self.checkScreenshot(page, chart: try #require(report.charts.first), in: scratch.path)
    }

    @Test(.enabled(if: Programs.python != nil, "python3 generates the archive"))
    func aGeneratedTwoYearArchiveRendersWithItsChartsDrawn() throws {
        let scratch = try Scratch()
        let generated = try run(Programs.python!, [Programs.scripts + "/generate-archive.py", scratch.path + "/postmortems",
                                                   "--documents", "400", "--end", "2024-12-31"])
        #expect(generated.status == 0, "\(generated.output)")
        let page = try Self.writeReport(["postmortems"], in: scratch.path)
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(html.contains("400 documents") && html.contains("2023-01") && html.contains("2024-12"))
        let report = try Self.checkRendered(page)
        let ttd = try #require(report.charts.first { $0.id == "chart-ttd" })
        try Self.checkScreenshot(page, chart: ttd, in: scratch.path)
    }
}
