import LintEngine

/// `--format junit`: JUnit XML for CI systems that show test reports. Each document is a
/// test suite; each finding a failed test case (`info` findings are skipped cases); a clean
/// document one passing case; a document that could not be linted an errored case.
enum JUnitRenderer {
    static func render(_ report: LintReport) -> String {
        var suites: [String] = []
        var totalTests = 0, totalFailures = 0, totalErrors = 0
        for file in report.files {
            var cases: [String] = []
            var failures = 0, errors = 0
            if let failure = file.failure {
                cases.append(#"    <testcase classname="pmlint" name="\#(xml(file.path))"><error message="\#(xml(failure))"/></testcase>"#)
                errors += 1
            } else if let source = file.source, !file.diagnostics.isEmpty {
                for diagnostic in file.diagnostics {
                    let start = SourcePosition(diagnostic.range.lowerBound, in: source)
                    let name = xml("\(diagnostic.ruleID) \(diagnostic.ruleName) at \(start.line):\(start.column)")
                    let attributes = #"classname="\#(xml(file.path))" name="\#(name)" file="\#(xml(file.path))" line="\#(start.line)""#
                    if diagnostic.severity == .info {
                        cases.append(#"    <testcase \#(attributes)><skipped message="\#(xml(diagnostic.message))"/></testcase>"#)
                    } else {
                        let text = "\(file.path):\(start.line):\(start.column): \(diagnostic.severity.rawValue): \(diagnostic.message)"
                        cases.append(#"    <testcase \#(attributes)><failure type="\#(diagnostic.severity.rawValue)" message="\#(xml(diagnostic.message))">\#(xml(text))</failure></testcase>"#)
                        failures += 1
                    }
                }
            } else {
                cases.append(#"    <testcase classname="\#(xml(file.path))" name="no findings" file="\#(xml(file.path))"/>"#)
            }
            totalTests += cases.count
            totalFailures += failures
            totalErrors += errors
            suites.append(#"  <testsuite name="\#(xml(file.path))" tests="\#(cases.count)" failures="\#(failures)" errors="\#(errors)">"#
                          + "\n" + cases.joined(separator: "\n") + "\n  </testsuite>")
        }
        return ([#"<?xml version="1.0" encoding="UTF-8"?>"#,
                 #"<testsuites name="pmlint" tests="\#(totalTests)" failures="\#(totalFailures)" errors="\#(totalErrors)">"#]
                + suites + ["</testsuites>"]).joined(separator: "\n")
    }

    /// Text escaped for an XML attribute or element; characters XML 1.0 forbids are dropped.
    static func xml(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            case "\t": out += "&#9;"
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
