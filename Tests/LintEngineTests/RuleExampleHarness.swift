import LintEngine
import MarkdownSyntax
import Testing

/// Runs one rule over one example document and reports where its findings start.
struct RuleExampleHarness: CustomTestStringConvertible {
    let rule: any Rule.Type
    let example: RuleExample
    /// Which of the rule's examples this is (`reported example 2`), to name the test case.
    let name: String

    /// `PM010 action-item-owner, reported example 2`, not the example's text.
    var testDescription: String { "\(rule.description.id) \(rule.description.name), \(name)" }

    /// The example without its `↓` markers, and the byte offsets the markers stood at.
    var prepared: (text: String, expected: [Int]) {
        var text = ""
        var expected: [Int] = []
        for char in example.markdown {
            if char == RuleExample.marker { expected.append(text.utf8.count) } else { text.append(char) }
        }
        return (text, expected)
    }

    /// The start offsets of the rule's findings on `text`, sorted.
    func findingStarts(in text: String) -> [Int] {
        diagnostics(in: text).map(\.range.lowerBound).sorted()
    }

    /// The rule's findings on `text`.
    func diagnostics(in text: String) -> [Diagnostic] {
        let id = rule.description.id
        let configuration = Configuration(profileOverride: example.profile ?? "internal",
                                          rules: [id: RuleSetting(isEnabled: true, options: example.options)])
        return Linter(configuration: configuration, rules: [rule]).lint(SourceText(text)).diagnostics.filter { $0.ruleID == id }
    }

    /// The example with "😀日本 " written at the start of the text of each line holding a
    /// marker, and where the findings must then start. Lines where a prefix would change
    /// what the line means are left alone: text starting with markup (headings, emphasis),
    /// table rows, and `Key: value` lines whose marker stands after the colon.
    /// A finding marked exactly where the prefix goes may start before or after it, as the
    /// rule's anchor is the line's text or the phrase after it: `acceptable` gives both.
    var withWidePrefix: (text: String, expected: [Int], atInsertion: Set<Int>, width: Int)? {
        let (text, expected) = prepared
        let prefix = "😀日本 "
        let bytes = Array(text.utf8)
        let source = SourceText(text)
        var insertions: [Int] = []
        for offset in expected {
            let line = source.lines.line(containing: offset)
            let content = source.lines.contentRange(ofLine: line)
            guard let start = Self.textStart(of: bytes[content], from: content.lowerBound), start <= offset,
                  !bytes[start..<offset].contains(UInt8(ascii: ":"))
            else { continue }
            if !insertions.contains(start) { insertions.append(start) }
        }
        guard !insertions.isEmpty else { return nil }
        insertions.sort()
        var out: [UInt8] = []
        var cursor = 0
        for point in insertions {
            out += bytes[cursor..<point]
            out += Array(prefix.utf8)
            cursor = point
        }
        out += bytes[cursor...]
        let width = prefix.utf8.count
        let shifted = expected.map { offset in offset + width * insertions.filter { $0 < offset }.count }
        let atInsertion = Set(expected.filter(insertions.contains).map { offset in offset + width * insertions.filter { $0 < offset }.count })
        return (String(decoding: out, as: UTF8.self), shifted.sorted(), atInsertion, width)
    }

    /// The first letter or digit of a line after list, quote, task and table markers; nil
    /// when the line's text starts with other markup.
    static func textStart(of line: ArraySlice<UInt8>, from start: Int) -> Int? {
        var i = start
        let end = line.endIndex
        func skip(_ set: String) { while i < end && set.utf8.contains(line[i]) { i += 1 } }
        skip(" >")
        if i < end && "-*+".utf8.contains(line[i]) && i + 1 < end && line[i + 1] == UInt8(ascii: " ") { i += 2 }
        var digits = i
        while digits < end && line[digits] >= UInt8(ascii: "0") && line[digits] <= UInt8(ascii: "9") { digits += 1 }
        if digits > i && digits + 1 < end && (line[digits] == UInt8(ascii: ".") || line[digits] == UInt8(ascii: ")")) && line[digits + 1] == UInt8(ascii: " ") {
            i = digits + 2
        }
        skip(" ")
        if i + 3 < end && line[i] == UInt8(ascii: "[") && line[i + 2] == UInt8(ascii: "]") && line[i + 3] == UInt8(ascii: " ") { i += 4 }
        guard i < end, line[i] != UInt8(ascii: "|") else { return nil }
        let b = line[i]
        let isWordStart = (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9"))
        return isWordStart ? i : nil
    }

    /// The example inside a fenced code block.
    var inCodeFence: String {
        let text = prepared.text
        let fence = text.contains("```") ? "~~~~" : "```"
        return "\(fence)\n\(text)\n\(fence)\n"
    }

    /// The example as front matter, unless one of its lines would close the front matter early.
    var inFrontMatter: String? {
        let text = prepared.text
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard !lines.contains(where: { $0.trimmingCharacters(in: " ") == "---" || $0.trimmingCharacters(in: " ") == "..." }) else { return nil }
        return "---\n\(text)\n---\n"
    }

    /// The example under a comment disabling the rule.
    var underDisableComment: String {
        "<!-- pmlint-disable \(rule.description.name) -->\n\(prepared.text)"
    }
}

private extension Substring {
    func trimmingCharacters(in set: String) -> String {
        var slice = self
        while let first = slice.first, set.contains(first) { slice.removeFirst() }
        while let last = slice.last, set.contains(last) { slice.removeLast() }
        return String(slice)
    }
}
