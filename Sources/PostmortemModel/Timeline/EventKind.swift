import MarkdownSyntax

/// What a timeline entry records, as far as the incident's key figures are concerned.
/// Declared in lifecycle order.
public enum EventKind: String, Sendable, Codable, CaseIterable, Comparable {
    /// Users or systems start to suffer: the candidate start of the incident.
    case impact
    case detection
    case acknowledgement
    case identification
    case mitigation
    case resolution

    public static func < (a: EventKind, b: EventKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// Words that mark each kind, matched at the start of a word without case, so
    /// `mitigat` covers "mitigated" and "mitigation". The first two of each list are the
    /// examples messages give. Written from the way timelines are commonly worded (an
    /// acknowledgement is a responder taking the incident, so telling a mailing list is
    /// not one); a configuration can replace any list.
    public static let defaultKeywords: [EventKind: [String]] = [
        .impact: ["outage", "unresponsive", "stops responding", "stopped responding", "not responding", "went down", "goes down",
                  "is down", "are down", "unavailable", "unreachable", "errors", "failing", "crash", "cannot access",
                  "can not access", "could not access", "unable to", "degraded"],
        .detection: ["alert", "detect", "alarm", "paged", "page fired", "page sent", "pager", "pinged", "report", "ticket", "noticed",
                     "notices", "first signal", "complaint", "warning", "informed", "elevated error", "error spike"],
        .acknowledgement: ["ack", "investigat", "incident declared", "declared", "war room", "lead assigned", "engaged",
                           "joined", "escalated", "responder", "on-call engineer", "begins looking", "started looking",
                           "starts looking", "looking into", "takes a look", "picked up", "took ownership"],
        .identification: ["root cause", "identified", "diagnos", "hypothesis", "cause found", "found the cause", "pinpointed",
                          "figured out", "finds the cause"],
        .mitigation: ["rollback", "rolled back", "mitigat", "roll back", "revert", "failover", "failed over", "fail over", "hotfix",
                      "workaround", "restart", "reboot", "disabled", "scaled", "scale up", "scaling up", "fix deployed", "deployed a fix",
                      "deployed fix", "deploys a fix", "patch", "rolled out", "rolling out", "installed", "renewed", "drain",
                      "blocked the", "blocked traffic", "turned off", "took down", "takes down", "taken down", "take down",
                      "increases capacity", "increased capacity", "increasing capacity", "added capacity", "adds capacity",
                      "more capacity", "raised the capacity", "brings up", "resized", "resizing", "terminated", "new nodes",
                      "kill", "re-deploy", "redeploy", "revoke", "revoking", "revocation", "destroyed", "rotated the", "rotated credentials"],
        .resolution: ["resolved", "resolution", "resolving", "restored", "recovered", "back to normal", "all clear", "all-clear",
                      "closed", "error rate normal", "normal operation", "fully operational", "operational", "healthy",
                      "outage ends", "outage ended", "incident over", "working again", "works again", "usual rate", "once again",
                      "back online"],
    ]

    /// Phrases that name the start of impact outright ("OUTAGE BEGINS", "impact started"):
    /// such an entry is the start, whatever comes before it.
    static let startPhrases = KeywordSet(["outage begins", "outage began", "outage starts", "outage started", "impact begins",
                                         "impact began", "impact starts", "impact started", "incident begins", "incident began",
                                         "incident started", "first user impact", "first impact"])

    /// Phrases that say the incident as a whole is over, not one part of it restored;
    /// the earliest entry with one is the resolution.
    static let overPhrases = KeywordSet(["resolved", "resolution", "resolving", "all clear", "all-clear", "back to normal",
                                        "fully operational", "verified operational", "outage ends", "outage ended", "incident over",
                                        "incident closed", "normal operation"])
}

/// Tells which kinds of event a timeline entry records.
///
/// An entry can record several: "Alert fires; on-call acknowledges" is both detection and
/// acknowledgement. A label before a colon decides alone, so "Mitigation: nameservers
/// restored" is a mitigation, not a resolution. A keyword after "not", "not yet", "no" or
/// "without" does not count ("failure not yet detected").
public struct EventClassifier: Sendable, Equatable {
    /// The keywords in lower case, each tagged with its kind's place in the lifecycle.
    private let keywords: KeywordTable

    public init(keywords: [EventKind: [String]] = EventKind.defaultKeywords) {
        self.keywords = KeywordTable(EventKind.allCases.enumerated().flatMap { index, kind in
            (keywords[kind] ?? []).map { (Array($0.lowercased().utf8), index) }
        })
    }

    /// The kinds `text` records, in lifecycle order.
    public func kinds(of text: String) -> [EventKind] {
        let lowered = KeywordMatch.lowercasedBytes(text)
        if let label = Self.label(lowered) {
            let labelled = matches(in: Array(lowered[label]))
            if !labelled.isEmpty { return labelled }
        }
        return matches(in: lowered)
    }

    private func matches(in text: [UInt8]) -> [EventKind] {
        var found = Array(repeating: false, count: EventKind.allCases.count)
        text.withUnsafeBufferPointer { bytes in
            _ = keywords.forEachOccurrence(in: bytes) { kind in
                found[kind] = true
                return false
            }
        }
        return zip(EventKind.allCases, found).filter(\.1).map(\.0)
    }

    /// `mitigation` in "Mitigation: …": up to three words before a colon at the start.
    static func label(_ text: [UInt8]) -> Range<Int>? {
        guard let colon = text.prefix(32).firstIndex(of: UInt8(ascii: ":")), colon > 0 else { return nil }
        let words = text[..<colon].split(separator: UInt8(ascii: " "))
        return words.count <= 3 && words.joined().allSatisfy({ KeywordMatch.isWordByte($0) || $0 == UInt8(ascii: "-") }) ? 0..<colon : nil
    }
}

/// Lower-case keywords looked for together at the word starts of a text, comparing at each
/// only those that begin with its byte: a timeline entry is asked about every keyword of a
/// set, and a chat log has hundreds of entries.
struct KeywordSet: Sendable {
    private let table: KeywordTable

    init(_ keywords: [String]) {
        table = KeywordTable(keywords.map { (Array($0.utf8), 0) })
    }

    /// Whether one of the keywords occurs in `text`, in any case, at a word start and not
    /// negated. Reads the text's bytes in place, lowering ASCII capitals as it compares.
    func occurs(in text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in table.forEachOccurrence(in: bytes) { _ in true } }
    }

    /// `occurs(in:)` over a document's own bytes, with no string made of them.
    func occurs(in bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { table.forEachOccurrence(in: $0) { _ in true } }
    }
}

/// Word-start keyword matching over lower-cased UTF-8.
public enum KeywordMatch {
    /// Whether `keyword` occurs in `text` at the start of a word and is not negated.
    public static func occurs(_ keyword: [UInt8], in text: [UInt8]) -> Bool {
        guard let first = keyword.first else { return false }
        return text.indices.contains { start in
            text[start] == first && (start == 0 || !isWordByte(text[start - 1])) && occurs(keyword, in: text, at: start)
        }
    }

    /// Whether `keyword` is written at `start` (a word start) and not negated there.
    static func occurs(_ keyword: [UInt8], in text: [UInt8], at start: Int) -> Bool {
        start + keyword.count <= text.count && text[start..<start + keyword.count].elementsEqual(keyword)
            && !isNegated(text, before: start)
    }

    /// `text` in lower case, as UTF-8. ASCII text, nearly all of it, is lowered byte by byte,
    /// without the Unicode tables `String.lowercased` consults.
    static func lowercasedBytes(_ text: String) -> [UInt8] {
        let bytes = Array(text.utf8)
        return bytes.allSatisfy({ $0 < 0x80 }) ? bytes.map(ASCII.lowercased) : Array(text.lowercased().utf8)
    }

    /// Whether any of `keywords` (any case) occurs in `text`.
    public static func occursAny(_ keywords: [String], in text: String) -> Bool {
        let lowered = lowercasedBytes(text)
        return keywords.contains { occurs(Array($0.lowercased().utf8), in: lowered) }
    }

    static let negations: [[UInt8]] = ["not ", "not yet ", "no ", "without ", "never "].map { Array($0.utf8) }

    /// Whether one of `negations` ends at `index` of `text`, a word of its own (ASCII
    /// capitals read as lower case).
    static func isNegated<Text: RandomAccessCollection<UInt8>>(_ text: Text, before index: Int) -> Bool where Text.Index == Int {
        negations.contains { negation in
            index - text.startIndex >= negation.count
                && zip(text[index - negation.count..<index], negation).allSatisfy { ASCII.lowercased($0) == $1 }
                && (index - text.startIndex == negation.count || !isWordByte(text[index - negation.count - 1]))
        }
    }

    static func isWordByte(_ b: UInt8) -> Bool { ByteScanner.isLetter(b) || ByteScanner.isDigit(b) || b >= 0x80 }
}
