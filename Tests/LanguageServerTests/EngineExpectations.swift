import Foundation
import LintEngine
import MarkdownSyntax
import PostmortemModel

/// What the engine says about a text, in the editor's terms, to compare with what the server
/// published. One line per diagnostic: `PM001 error 3:4-3:9 message`.
enum EngineExpectations {
    static func diagnostics(for text: String, utf16: Bool = true) -> [String] {
        let source = SourceText(text)
        let today = CalendarDate(daysSinceEpoch: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
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
    /// code units (or UTF-8 bytes) of each line.
    static func apply(_ text: String, range: (Int, Int, Int, Int), _ newText: String, utf16: Bool = true) -> String {
        func offset(_ line: Int, _ column: Int) -> String.Index {
            var lineStart = text.startIndex
            for _ in 0..<line {
                guard let newline = text[lineStart...].firstIndex(of: "\n") else { return text.endIndex }
                lineStart = text.index(after: newline)
            }
            let lineEnd = text[lineStart...].firstIndex(of: "\n") ?? text.endIndex
            if utf16 {
                return text.utf16.index(lineStart, offsetBy: min(column, text.utf16.distance(from: lineStart, to: lineEnd)))
            }
            return text.utf8.index(lineStart, offsetBy: min(column, text.utf8.distance(from: lineStart, to: lineEnd)))
        }
        let start = offset(range.0, range.1)
        let end = offset(range.2, range.3)
        return String(text[..<start]) + newText + String(text[end...])
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
