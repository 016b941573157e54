import Foundation
import LintEngine
import MarkdownSyntax
import PostmortemModel

/// What the engine says about a text, in the editor's terms, to compare with what the server
/// published. One line per diagnostic: `PM001 error 3:4-3:9 message`.
enum EngineExpectations {
    /// Today in UTC, as both front ends count overdue dates.
    static var today: CalendarDate {
        CalendarDate(daysSinceEpoch: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
    }

    static func diagnostics(for text: String, utf16: Bool = true) -> [String] {
        let source = SourceText(text)
        let result = Linter(configuration: Configuration(today: today)).lint(source)
        return result.diagnostics.map { diagnostic in
            func position(_ offset: Int) -> String {
                let (line, column) = utf16 ? source.lines.utf16Position(of: offset) : source.lines.utf8Position(of: offset)
                return "\(line):\(column)"
            }
            return "\(diagnostic.ruleID) \(diagnostic.severity.rawValue) \(position(diagnostic.range.lowerBound))-\(position(diagnostic.range.upperBound)) \(diagnostic.message)"
        }
    }

    /// The same lines for diagnostics the server sent.
    static func lines(of published: [JSONObject]) -> [String] {
        let severities = [1: "error", 2: "warning", 3: "info"]
        return published.map { diagnostic in
            let range = diagnostic["range"] as? JSONObject ?? [:]
            func position(_ key: String) -> String {
                let position = range[key] as? JSONObject ?? [:]
                return "\(position["line"] as? Int ?? -1):\(position["character"] as? Int ?? -1)"
            }
            return "\(diagnostic["code"] as? String ?? "?") \(severities[diagnostic["severity"] as? Int ?? 0] ?? "?") \(position("start"))-\(position("end")) \(diagnostic["message"] as? String ?? "")"
        }
    }

    /// Text after an LSP edit, computed independently of the server: `range` in UTF-16
    /// code units (or UTF-8 bytes) of each line; lines end at `\n`, `\r\n` or `\r`.
    static func apply(_ text: String, range: (Int, Int, Int, Int), _ newText: String, utf16: Bool = true) -> String {
        let scalars = Array(text.unicodeScalars)
        var lineStarts = [0]
        var index = 0
        while index < scalars.count {
            if scalars[index] == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n" { index += 1 }
            if scalars[index] == "\n" || scalars[index] == "\r" { lineStarts.append(index + 1) }
            index += 1
        }
        func offset(_ line: Int, _ column: Int) -> Int {
            guard line < lineStarts.count else { return scalars.count }
            var end = line + 1 < lineStarts.count ? lineStarts[line + 1] : scalars.count
            while end > lineStarts[line] && (scalars[end - 1] == "\n" || scalars[end - 1] == "\r") { end -= 1 }
            var position = lineStarts[line]
            var units = 0
            while position < end {
                let width = utf16 ? UTF16.width(scalars[position]) : UTF8.width(scalars[position])
                if units + width > column { break }
                units += width
                position += 1
            }
            return position
        }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[..<offset(range.0, range.1)])
        result.append(contentsOf: newText.unicodeScalars)
        result.append(contentsOf: scalars[offset(range.2, range.3)...])
        return String(result)
    }
}

/// A postmortem with emoji, CJK and combining characters before the places rules report, so
/// that every range exercises the UTF-16 conversion.
let unicodePostmortem = """
    # Postmortem: 🔥 支付服务中断 café

    **Severity:** SEV-2
    **Status:** Draft

    ## Summary

    A small number of users 👩‍💻 saw errors. The engineer who deployed forgot to check the dashboards.

    ## Timeline

    | Time (UTC) | Event |
    |---|---|
    | 14:03 | 部署 🚀 started |
    | 14:31 | Alerts fired |

    ## Action Items

    | # | Action | Owner | Due date |
    |---|---|---|---|
    | 1 | Add a canary 🐤 stage | | |

    """
