/// Built-in phrases that share one message.
struct PhraseGroup: Sendable {
    var phrases: [String]
    /// Why the phrase is a problem and what to write instead; `{phrase}` stands for the words
    /// found.
    var message: String
    /// The severity of the group's findings when it is not the rule's: `info` for a class
    /// too uncertain to warn about.
    var severity: Severity?

    init(_ message: String, _ phrases: [String], severity: Severity? = nil) {
        self.message = message
        self.phrases = phrases
        self.severity = severity
    }

    /// `template` with each `{phrase}` replaced by `phrase`, by bytes: the standard
    /// library's `replacing(_:with:)` cost more per finding than reading a paragraph.
    static func message(_ template: String, phrase: String) -> String {
        let bytes = Array(template.utf8)
        let marker = Array("{phrase}".utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + phrase.utf8.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == marker[0] && bytes[index...].starts(with: marker) {
                result += phrase.utf8
                index += marker.count
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}

/// A phrase found in prose, with the message it reports.
struct PhraseHit {
    var match: PhraseMatch
    /// The severity of the phrase's group, if it has its own.
    var severity: Severity? = nil
    private var text: Message

    /// A message is written out only for a hit a rule reports: most hits of a document's
    /// lists are set aside by the rule's own reading (no agent, no commitment, a measure).
    private enum Message {
        case written(String)
        case template(String, words: Prose)
    }

    init(match: PhraseMatch, message: String, severity: Severity? = nil) {
        self.match = match
        self.severity = severity
        text = .written(message)
    }

    /// A hit whose message is `template` with `{phrase}` standing for the matched words.
    init(match: PhraseMatch, template: String, in prose: Prose, severity: Severity?) {
        self.match = match
        self.severity = severity
        text = .template(template, words: prose)
    }

    var message: String {
        switch text {
        case .written(let message): message
        case .template(let template, let prose): PhraseGroup.message(template, phrase: prose.text(of: match))
        }
    }

    /// Leftmost-longest hits that do not overlap, in document order.
    static func leftmostLongest(_ hits: [PhraseHit]) -> [PhraseHit] {
        leftmostLongest(hits, by: \.match)
    }

    /// Leftmost-longest items that do not overlap, in document order, by the match of each.
    static func leftmostLongest<Item>(_ items: [Item], by match: (Item) -> PhraseMatch) -> [Item] {
        let ordered = items.sorted {
            let (a, b) = (match($0), match($1))
            return a.tokens.lowerBound != b.tokens.lowerBound ? a.tokens.lowerBound < b.tokens.lowerBound
                : a.tokens.count != b.tokens.count ? a.tokens.count > b.tokens.count
                : a.payload < b.payload
        }
        var chosen: [Item] = []
        for item in ordered where chosen.last.map({ match($0).tokens.upperBound <= match(item).tokens.lowerBound }) ?? true {
            chosen.append(item)
        }
        return chosen
    }
}

/// A wording rule's phrase list: the built-in groups, built-in exceptions (phrases that
/// contain a listed one but are fine, such as `slightly more than`), and what the
/// configuration does to them:
///
/// - `phrases` replaces the built-in groups when not empty;
/// - `extraPhrases` adds to them;
/// - `allow` adds exceptions; the editor's "allow this phrase" fix writes here.
///
/// The default list is compiled the first time it is matched on its own (the lists read over
/// a whole document are matched together instead: see `DocumentPhrases`); a configured one
/// per check.
struct PhraseList: Sendable {
    let groups: [PhraseGroup]
    let exceptions: [String]
    /// The message of phrases that come from the configuration.
    let configuredMessage: String
    /// What the built-in groups' matches report.
    let reporting: PhraseReporting
    private let compiledDefault = LazyValue<PhraseBook>()

    init(_ groups: [PhraseGroup], exceptions: [String] = [], configuredMessage: String) {
        self.groups = groups
        self.exceptions = exceptions
        self.configuredMessage = configuredMessage
        reporting = PhraseReporting(groups)
    }

    /// The options every wording rule documents, in this shape, so that editors and
    /// configuration files can treat all wording rules alike.
    static let options: [RuleOption] = [
        RuleOption("phrases", default: .array([]),
                   "Replaces the built-in list when not empty. Words match whole, in any case and inflection (write `fail to` for `failed to`); `(word)` is optional; `a|b` and `[did not|never]` are alternatives; `{person}`, `{possessive}`, `{number}`, `{participle}` and `{any}` match a class of words."),
        RuleOption("extraPhrases", default: .array([]), "Phrases reported on top of the list, in the same syntax."),
        RuleOption("allow", default: .array([]),
                   "Phrases never reported: a match that lies inside one of these is dropped. The editor's “allow this phrase” quick fix adds to it."),
    ]

    /// The list as `options` configure it.
    func book(_ options: RuleOptions) -> PhraseBook {
        configuredBook(options) ?? compiledDefault.value { PhraseBook(groups: groups, exceptions: exceptions) }
    }

    /// The list as `options` configure it, or nil when they leave it built-in.
    func configuredBook(_ options: RuleOptions) -> PhraseBook? {
        let replaced = options.strings("phrases")
        let extra = options.strings("extraPhrases")
        let allowed = options.strings("allow")
        if replaced.isEmpty && extra.isEmpty && allowed.isEmpty { return nil }
        var configured = replaced.isEmpty ? groups : [PhraseGroup(configuredMessage, replaced)]
        if !extra.isEmpty { configured.append(PhraseGroup(configuredMessage, extra)) }
        return PhraseBook(groups: configured, exceptions: exceptions + allowed)
    }

    /// The patterns of the groups and exceptions, each with its payload: the group's index,
    /// -1 for an exception.
    static func patterns(groups: [PhraseGroup], exceptions: [String]) -> [(pattern: String, payload: Int)] {
        var phrases: [(pattern: String, payload: Int)] = []
        for (index, group) in groups.enumerated() {
            phrases += group.phrases.map { ($0, index) }
        }
        return phrases + exceptions.map { ($0, -1) }
    }
}

/// Compiled phrases and exceptions, matched together in one pass.
struct PhraseBook: Sendable {
    private let matcher: PhraseMatcher
    private let reporting: PhraseReporting

    init(groups: [PhraseGroup], exceptions: [String]) {
        matcher = PhraseMatcher(PhraseList.patterns(groups: groups, exceptions: exceptions))
        reporting = PhraseReporting(groups)
    }

    /// The phrases found in `prose`: exceptions applied, overlaps resolved leftmost-longest.
    /// - Parameters:
    ///   - classes: the `{class}` slots each token fills (`WordClasses.ofToken`); empty when
    ///     the rule's phrases use none.
    ///   - candidates: hits the rule found by other means (the shape of a word), subject to
    ///     the same exceptions and overlap resolution.
    func hits(in prose: Prose, classes: [WordClass] = [], candidates: [PhraseHit] = []) -> [PhraseHit] {
        reporting.hits(among: matcher.allMatches(in: prose, classes: classes), in: prose, candidates: candidates)
    }
}

/// What the matches of a list's groups report: each group's message and severity.
struct PhraseReporting: Sendable {
    private let messages: [String]
    private let severities: [Severity?]

    init(_ groups: [PhraseGroup]) {
        messages = groups.map(\.message)
        severities = groups.map(\.severity)
    }

    /// The hits among `all`, every match of the list's phrases in `prose` (payloads as
    /// `PhraseList.patterns` gives them): exceptions applied, overlaps resolved leftmost-longest.
    func hits(among all: [PhraseMatch], in prose: Prose, candidates: [PhraseHit] = []) -> [PhraseHit] {
        // Exceptions by the token they start at, so each hit checks only those that could cover it.
        var excused: [Int: [Range<Int>]] = [:]
        for match in all where match.payload < 0 { excused[match.tokens.lowerBound, default: []].append(match.tokens) }
        let longestException = excused.values.joined().map(\.count).max() ?? 0
        // Only the hits that survive become hits: most matches are set aside.
        let entries = all.filter { $0.payload >= 0 }.map { Entry(match: $0, candidate: nil) }
            + candidates.indices.map { Entry(match: candidates[$0].match, candidate: $0) }
        let reported = entries.filter { entry in
            let start = entry.match.tokens.lowerBound
            return !(max(0, start - longestException)...start).contains { first in
                excused[first]?.contains { entry.match.tokens.upperBound <= $0.upperBound } ?? false
            }
        }
        return PhraseHit.leftmostLongest(reported, by: \.match).map { entry in
            entry.candidate.map { candidates[$0] }
                ?? PhraseHit(match: entry.match, template: messages[entry.match.payload], in: prose, severity: severities[entry.match.payload])
        }
    }

    /// A match of the book's phrases, or the candidate at an index.
    private struct Entry {
        var match: PhraseMatch
        var candidate: Int?
    }
}
