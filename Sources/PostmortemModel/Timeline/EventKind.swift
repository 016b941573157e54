/// What a timeline entry records, as far as the incident's key figures are concerned.
/// Declared in lifecycle order.
public enum EventKind: String, Sendable, Codable, CaseIterable, Comparable {
    case detection
    case acknowledgement
    case identification
    case mitigation
    case resolution

    public static func < (a: EventKind, b: EventKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// Words that mark each kind, matched at the start of a word without case, so
    /// `mitigat` covers "mitigated" and "mitigation". From the templates in the seeds and
    /// the way timelines are commonly written; a configuration can replace any list.
    public static let defaultKeywords: [EventKind: [String]] = [
        .detection: ["detect", "alert fired", "alerts fired", "alert triggered", "alerted", "alarm", "paged", "page fired",
                     "pager", "reported", "ticket", "noticed", "first signal", "first report", "complaint", "customer report"],
        .acknowledgement: ["ack", "investigat", "incident declared", "declared", "war room", "lead assigned", "engaged",
                           "joined", "notified", "escalated", "responder", "on-call engineer"],
        .identification: ["root cause", "identified", "diagnos", "hypothesis", "cause found", "found the cause", "pinpointed"],
        .mitigation: ["mitigat", "rollback", "rolled back", "roll back", "revert", "failover", "failed over", "hotfix",
                      "workaround", "restart", "reboot", "disabled", "scaled", "fix deployed", "deployed a fix",
                      "deployed fix", "patch"],
        .resolution: ["resolved", "resolution", "restored", "recovered", "back to normal", "all clear", "all-clear",
                      "closed", "error rate normal", "normal operation", "fully operational"],
    ]
}

/// Tells which kind of event a timeline entry records.
///
/// An entry such as "Rollback complete; service restored" mentions two kinds: the later
/// one in the lifecycle wins, since the earlier step is implied by it. A keyword after
/// "not", "not yet", "no" or "without" does not count ("failure not yet detected").
public struct EventClassifier: Sendable {
    private let keywords: [(kind: EventKind, words: [[UInt8]])]

    public init(keywords: [EventKind: [String]] = EventKind.defaultKeywords) {
        self.keywords = EventKind.allCases.reversed().map { kind in
            (kind, (keywords[kind] ?? []).map { Array($0.lowercased().utf8) })
        }
    }

    public func kind(of text: String) -> EventKind? {
        let lowered = Array(text.lowercased().utf8)
        return keywords.first { $0.words.contains { KeywordMatch.occurs($0, in: lowered) } }?.kind
    }
}

/// Word-start keyword matching over lower-cased UTF-8.
public enum KeywordMatch {
    /// Whether `keyword` occurs in `text` at the start of a word and is not negated.
    public static func occurs(_ keyword: [UInt8], in text: [UInt8]) -> Bool {
        guard !keyword.isEmpty, keyword.count <= text.count else { return false }
        var i = 0
        while i + keyword.count <= text.count {
            if text[i] == keyword[0], i == 0 || !isWordByte(text[i - 1]),
               text[i..<i + keyword.count].elementsEqual(keyword), !isNegated(text, before: i) {
                return true
            }
            i += 1
        }
        return false
    }

    /// Whether any of `keywords` (any case) occurs in `text`.
    public static func occursAny(_ keywords: [String], in text: String) -> Bool {
        let lowered = Array(text.lowercased().utf8)
        return keywords.contains { occurs(Array($0.lowercased().utf8), in: lowered) }
    }

    static let negations: [[UInt8]] = ["not ", "not yet ", "no ", "without ", "never "].map { Array($0.utf8) }

    static func isNegated(_ text: [UInt8], before index: Int) -> Bool {
        negations.contains { negation in
            index >= negation.count && text[index - negation.count..<index].elementsEqual(negation)
                && (index == negation.count || !isWordByte(text[index - negation.count - 1]))
        }
    }

    static func isWordByte(_ b: UInt8) -> Bool { ByteScanner.isLetter(b) || ByteScanner.isDigit(b) || b >= 0x80 }
}
