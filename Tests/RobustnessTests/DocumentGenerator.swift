/// Deterministic pseudo-random numbers (SplitMix64): a failing seed reproduces on every machine.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Postmortem-shaped Markdown built from the pieces rules look at (sections under known and
/// unknown headings, metadata, action-item tables and lists, timelines, wording the rules
/// flag, suppression comments) mixed with the shapes that trouble parsers (unclosed fences
/// and comments, nesting, tabs, CRLF, byte-order marks, emoji, CJK and combining marks).
/// The same seed always gives the same document.
struct DocumentGenerator {
    private var random: SeededGenerator

    init(seed: UInt64) { random = SeededGenerator(seed: seed) }

    static let headings = ["Summary", "Impact", "Timeline", "Root Cause", "Root cause analysis", "Action Items", "Lessons Learned",
                           "Detection", "Resolution", "Response", "Key Information", "Mitigators", "Meeting Notes",
                           "What Happened (Timeline)", "Why It Happened", "How We Responded", "What We're Changing",
                           "Apology and Commitment", "Contact", "Five Whys", "Notes", "Summary", "タイムライン", "Ünïcödé 🔥"]
    static let words = ["the", "cache", "failover", "was", "restarted", "by", "on-call", "and", "database", "latency",
                        "should have", "human error", "TBD", "TODO", "improve monitoring", "we apologize for any inconvenience",
                        "simply", "only a few", "never again", "Dana", "@sam", "root cause", "deploy", "p99", "🔥", "日本語",
                        "é", "e\u{301}", "—", "\u{200B}", "`code`", "**bold**", "[link](http://x)", "<b>", "&amp;", "\\*"]
    static let fields = ["Incident ID", "Severity", "Status", "Date", "Date of incident", "Document owner", "Owner", "Last updated",
                         "Authors", "Profile", "Detected", "Resolved", "Duration"]
    static let values = ["2024-04-15", "2024-02-30", "15/04/2024", "SEV-2", "Resolved", "TBD", "Dana Okafor", "", "50 minutes",
                         "1 hour 5 minutes", "2h 15m", "13:02 UTC", "yesterday", "🔥"]
    static let times = ["13:02", "13:02 UTC", "09:30 PST", "23:59", "00:01", "25:61", "2024-04-15 13:02 UTC", "1:05 pm",
                        "13:02:59Z", "14:00+02:00", "T+5m", "--", ""]
    static let events = ["alert fired", "on-call paged", "incident declared", "mitigation applied", "resolved", "detected",
                         "customer report", "root cause confirmed", "rolled back", "started"]
    static let lineEndings = ["\n", "\n", "\n", "\r\n", "\r"]

    /// One document of up to `blocks` blocks.
    mutating func document(blocks: Int = 24) -> [UInt8] {
        let newline = pick(Self.lineEndings)
        var lines: [String] = []
        if chance(1, in: 4) { lines += ["---", "profile: \(pick(["internal", "external", "nonsense"]))", "title: \(sentence())", "---"] }
        if chance(1, in: 2) { lines.append("# Incident Postmortem — \(sentence())") }
        for _ in 0..<Int.random(in: 1...blocks, using: &random) { lines += block() }
        var text = lines.joined(separator: newline)
        if chance(3, in: 4) { text += newline }
        return (chance(1, in: 8) ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8)
    }

    private mutating func block() -> [String] {
        switch Int.random(in: 0..<14, using: &random) {
        case 0, 1: return ["\(String(repeating: "#", count: Int.random(in: 1...7, using: &random))) \(pick(Self.headings))", ""]
        case 2: return [pick(Self.headings), pick(["===", "---"])]
        case 3: return (0..<Int.random(in: 1...5, using: &random)).map { _ in "**\(pick(Self.fields)):** \(pick(Self.values))  " }
        case 4: return actionItemTable()
        case 5: return (0..<Int.random(in: 1...6, using: &random)).map { _ in
            "- [\(pick([" ", "x"]))] \(sentence()) — owner: \(pick(["@dana", "", "TBD", "Sam Lee"])), due \(pick(Self.values))" }
        case 6: return timelineTable()
        case 7: return (0..<Int.random(in: 1...6, using: &random)).map { _ in "- \(pick(Self.times)) — \(pick(Self.events)) \(sentence())" }
        case 8: return [pick(["```", "~~~", "````"]) + pick(["", "swift", "text"]), sentence(), chance(1, in: 2) ? "```" : ""]
        case 9: return [pick(["<!-- pmlint-disable PM101 -->", "<!-- pmlint-enable -->", "<!-- pmlint-disable-next-line -->",
                              "<!-- pmlint-disable-line PM2 -->", "<!-- pmlint-disable-file blame-language -->", "<!-- open comment",
                              "<!-- pmlint-disable-next-line no-such-rule -->", "-->"])]
        case 10: return [String(repeating: pick(["> ", "- ", "1. ", "  ", "\t"]), count: Int.random(in: 1...12, using: &random)) + sentence()]
        case 11: return ["1. Why? \(sentence())", "2. Why? \(chance(1, in: 2) ? "" : sentence())", "3. Why?"]
        default: return [sentence() + " " + sentence(), ""]
        }
    }

    private mutating func actionItemTable() -> [String] {
        var rows = ["| # | Action | Owner | Priority | Due | Status |", pick(["|---|---|---|---|---|---|", "| - | :-: | -: |", "|--|"])]
        for index in 0..<Int.random(in: 0...5, using: &random) {
            rows.append("| \(index) | \(sentence()) | \(pick(["@dana", "", "TBD", "Dana Okafor"])) | \(pick(["P1", "P2", ""])) | \(pick(Self.values)) | \(pick(["Open", "Done", ""])) |")
        }
        return rows
    }

    private mutating func timelineTable() -> [String] {
        var rows = ["| Time (UTC) | Event |", "|---|---|"]
        for _ in 0..<Int.random(in: 0...6, using: &random) { rows.append("| \(pick(Self.times)) | \(pick(Self.events)) \(sentence()) |") }
        return rows
    }

    private mutating func sentence() -> String {
        (0..<Int.random(in: 1...9, using: &random)).map { _ in pick(Self.words) }.joined(separator: " ") + pick([".", "", "?", "!"])
    }

    private mutating func pick(_ choices: [String]) -> String {
        choices.randomElement(using: &random)!
    }

    private mutating func chance(_ numerator: Int, in denominator: Int) -> Bool {
        Int.random(in: 0..<denominator, using: &random) < numerator
    }

    /// Text an editor might type or paste: nothing, a few words, or whole blocks.
    mutating func fragment() -> String {
        let text = chance(1, in: 4) ? "" : (chance(1, in: 2) ? sentence() : block().joined(separator: pick(Self.lineEndings)))
        return text + (chance(1, in: 3) ? pick(Self.lineEndings) : "")
    }

    mutating func integer(in range: ClosedRange<Int>) -> Int {
        Int.random(in: range, using: &random)
    }
}
