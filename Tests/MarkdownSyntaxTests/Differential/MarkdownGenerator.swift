/// Deterministic random Markdown documents mixing every block construct the parser
/// knows (except front matter, which is pmlint's own extension): nesting, tabs, lazy
/// lines, tables inside lists, loose and tight lists, unclosed fences, CRLF and CR endings.
///
/// A few shapes where markdown-it knowingly departs from CommonMark are steered clear of
/// (see `DifferentialTests.knownDivergences`, which pins each of them).
struct MarkdownGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

    /// One generated line. Only paragraph continuation lines may lose their container
    /// prefixes (lazy continuation); other lines would change the structure.
    private struct Line {
        var text: String
        var isContinuation = false
    }

    /// SplitMix64: small, fast and identical on every platform.
    private mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    private mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
    private mutating func pick<T>(_ options: [T]) -> T { options[below(options.count)] }

    mutating func document() -> String {
        var lines: [Line] = []
        for _ in 0..<(1 + below(6)) {
            if !lines.isEmpty { lines.append(contentsOf: separator()) }
            lines.append(contentsOf: block(depth: 0))
        }
        let ending = pick(["\n", "\n", "\n", "\r\n", "\r"])
        return lines.map(\.text).joined(separator: ending) + (chance(80) ? ending : "")
    }

    private mutating func separator() -> [Line] {
        switch below(10) {
        case 0: []
        case 1: [Line(text: ""), Line(text: "")]
        case 2: [Line(text: "  ")]
        default: [Line(text: "")]
        }
    }

    private mutating func block(depth: Int) -> [Line] {
        let plain = { (texts: [String]) in texts.map { Line(text: $0) } }
        switch below(depth < 3 ? 14 : 10) {
        case 0, 1: return paragraph(depth: depth)
        case 2: return plain([atxHeading()])
        case 3: return paragraph(depth: depth) + plain([pick(["===", "---", "  ----  ", "="])])
        case 4: return plain(fencedCode())
        case 5: return plain(["", pick(["    ", "     "] + (depth == 0 ? ["\t"] : [])) + words()] + (chance(50) ? ["    " + words()] : []))
        case 6: return plain(table(inContainer: depth > 0))
        case 7: return plain(htmlBlock(inContainer: depth > 0))
        case 8: return plain([pick(["***", "---", "___", "- - -", " * * *", "_____"])])
        // markdown-it ends a definition's paragraph at its line, so a blank line follows it.
        case 9: return plain([linkReferenceDefinition(), ""]) + (chance(50) ? paragraph(depth: depth) : [])
        case 10, 11: return list(depth: depth)
        default: return blockQuote(depth: depth)
        }
    }

    private mutating func linkReferenceDefinition() -> String {
        let label = pick(["[foo]", "[Bar]", "[x y]"])
        let destination = pick(["/url", "<a b>", "http://e.com"])
        let title = pick(["", " \"title\"", " 'tl'"])
        return label + ": " + destination + title
    }

    private mutating func words() -> String {
        let vocabulary = ["alpha", "*beta*", "**gamma:**", "delta", "`code`", "a|b", "snake_case", "2*3*4", "[link](/u)", "<b>", "x", "\\|", "#", "1."]
        return (0..<(1 + below(4))).map { _ in pick(vocabulary) }.joined(separator: " ")
    }

    /// markdown-it misjudges a tab's width after nested container markers, so tabs
    /// lead continuation lines only at the top level.
    private mutating func paragraph(depth: Int) -> [Line] {
        var lines = [Line(text: words())]
        for _ in 0..<below(3) {
            let lead = pick(["", " ", "  "] + (depth == 0 ? ["\t"] : []))
            lines.append(Line(text: lead + words() + pick(["", "  ", "\\"]), isContinuation: true))
        }
        return lines
    }

    private mutating func atxHeading() -> String {
        String(repeating: "#", count: 1 + below(7)) + pick([" ", "  ", "\t", ""]) + words() + pick(["", " #", " ###", "#"])
    }

    private mutating func fencedCode() -> [String] {
        let fence = pick(["```", "~~~", "````", "~~~~"])
        var lines = [pick(["", " ", "  "]) + fence + pick(["", "swift", " text x", "`x"])]
        for _ in 0..<below(4) { lines.append(pick(["", "  ", "\t"]) + words()) }
        if chance(90) { lines.append(pick(["", " ", "   "]) + (chance(80) ? fence : "```" + fence)) }
        return lines
    }

    /// In a container, markdown-it reads a header row on a list marker's line as a
    /// top-level table when the cell counts happen to agree, so rows there are regular.
    private mutating func table(inContainer: Bool) -> [String] {
        let columns = 1 + below(3)
        let edge = inContainer || chance(70)
        func row(_ cells: [String]) -> String { edge ? "| " + cells.joined(separator: " | ") + " |" : cells.joined(separator: " | ") }
        var lines: [String] = []
        if chance(20) { lines.append(words()) }
        lines.append(row((0..<columns).map { "h\($0)" }))
        let delimiterColumns = inContainer || chance(90) ? columns : columns + 1
        lines.append(row((0..<delimiterColumns).map { _ in pick(["---", ":--", "--:", ":-:", "-"]) }))
        for _ in 0..<below(4) {
            lines.append(row((0..<(1 + below(columns + 1))).map { _ in pick(["1", "a \\| b", "", "`x`", "**k:** v"]) }))
        }
        if chance(20) { lines.append(pick(["> quote", "# heading", "- item", "plain"])) }
        return lines
    }

    /// markdown-it ends a `<pre>` block at a blank line inside a container.
    private mutating func htmlBlock(inContainer: Bool) -> [String] {
        switch below(5) {
        case 0: return ["<div>", words(), "</div>"]
        case 1: return ["<!-- \(words()) -->"]
        case 2: return ["<!--", words(), "-->", "after"]
        case 3: return ["<span class=\"x\">", words()]
        default: return ["<pre>"] + (inContainer ? [] : [""]) + [words(), "</pre>"]
        }
    }

    private mutating func list(depth: Int) -> [Line] {
        let ordered = chance(40)
        let bullet = pick(["-", "*", "+"])
        let delimiter = pick([".", ")"])
        var number = pick([1, 1, 2, 9])
        let loose = chance(30)
        var lines: [Line] = []
        for index in 0..<(1 + below(3)) {
            if index > 0 && loose { lines.append(Line(text: "")) }
            let marker = ordered ? "\(number)\(delimiter)" : bullet
            number += 1
            // A tab's width depends on its column, known only at the top level.
            let gap = pick([" ", " ", " ", "  ", "    "] + (depth == 0 ? ["\t"] : []))
            let task = !ordered && chance(30) ? pick(["[ ] ", "[x] ", "[X] "]) : ""
            var content = block(depth: depth + 1)
            if chance(40) { content += separator() + block(depth: depth + 1) }
            // Spaces leading the first line also separate the marker from the content.
            let gapColumns = (gap == "\t" ? 4 - marker.count % 4 : gap.count) + (content.first?.text.prefix { $0 == " " }.count ?? 0)
            let indent = String(repeating: " ", count: marker.count + (gapColumns >= 5 ? 1 : gapColumns))
            for (k, line) in content.enumerated() {
                if k == 0 {
                    lines.append(Line(text: marker + gap + task + line.text, isContinuation: line.isContinuation))
                } else if line.text.isEmpty {
                    lines.append(line)
                } else if line.isContinuation && chance(5) {
                    lines.append(lazy(line))
                } else {
                    lines.append(Line(text: indent + line.text, isContinuation: line.isContinuation))
                }
            }
        }
        return lines
    }

    private mutating func blockQuote(depth: Int) -> [Line] {
        var content = block(depth: depth + 1)
        if chance(40) { content += separator() + block(depth: depth + 1) }
        return content.enumerated().map { k, line in
            if line.text.isEmpty { return Line(text: ">") }
            if k > 0 && line.isContinuation && chance(10) { return lazy(line) }
            // A tab after `>` shifts indented content by a column-dependent amount, and
            // markdown-it misjudges its width in nested quotes.
            let startsIndented = line.text.first == " " || line.text.first == "\t"
            let prefix = pick(["> ", ">", " > "] + (startsIndented || depth > 0 ? [] : [">\t"]))
            return Line(text: prefix + line.text, isContinuation: line.isContinuation)
        }
    }

    /// A continuation line without its container prefix. Its own indentation goes too:
    /// markdown-it judges an indented lazy line against the innermost list item.
    private func lazy(_ line: Line) -> Line {
        Line(text: String(line.text.drop { $0 == " " || $0 == "\t" }), isContinuation: true)
    }
}
