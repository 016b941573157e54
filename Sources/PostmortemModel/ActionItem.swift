/// A follow-up action, from a table row or a list item in an action-items section.
public struct ActionItem: Sendable {
    /// The action's text without owner, due date and other annotations.
    public var text: String
    public var textRange: Range<Int>
    /// The whole row or list item.
    public var range: Range<Int>
    public var owner: ActionField?
    public var dueDate: ActionField?
    public var priority: ActionField?
    public var status: ActionField?
    public var ticket: ActionField?
    /// For a task-list item, whether it is ticked; nil for other items.
    public var isChecked: Bool?
    /// Whether the action's text is struck through (`~~Add alert~~`): done or dropped.
    public var isStruckThrough: Bool
    /// Whether the text reports work already done ("Rotated the keys"), read once from `text`.
    private let isWrittenAsDone: Bool
    /// Where more columns or annotations could be written, for fixes that add one:
    /// the end of the action text for a list item, the end of the row for a table.
    public var insertionPoint: Int
    public var origin: Origin

    public enum Origin: String, Sendable, Codable {
        case table
        case list
        /// A paragraph that opens with a state (`**TODO**: add an alert`, `DONE: rotate keys`).
        case line
    }

    public init(text: String, textRange: Range<Int>, range: Range<Int>, owner: ActionField? = nil, dueDate: ActionField? = nil,
                priority: ActionField? = nil, status: ActionField? = nil, ticket: ActionField? = nil,
                isChecked: Bool? = nil, isStruckThrough: Bool = false, insertionPoint: Int, origin: Origin) {
        self.text = text
        self.textRange = textRange
        self.range = range
        self.owner = owner
        self.dueDate = dueDate
        self.priority = priority
        self.status = status
        self.ticket = ticket
        self.isChecked = isChecked
        self.isStruckThrough = isStruckThrough
        isWrittenAsDone = Self.readsAsDone(text)
        self.insertionPoint = insertionPoint
        self.origin = origin
    }

    /// Open unless ticked, struck through, its status says it is done, or (with no box to
    /// tick) it is written as an account of work already done ("Rotated the keys", "We have
    /// enabled 2FA"): the one decision the lint rules, `pmlint actions` and `pmlint metrics`
    /// all use.
    public var isOpen: Bool {
        if isChecked == true || isStruckThrough { return false }
        if let status { return !Self.isClosedStatus(status.value) }
        return isChecked != nil || !isWrittenAsDone
    }

    /// "Rotated the keys", "We enabled branch protection", "The old job has been removed":
    /// a past tense at the start of the sentence reports work done. An imperative ("Rotate
    /// the keys", "Add automated alerts") or a future ("We will add", "Tests should be added")
    /// is work to do.
    static func readsAsDone(_ text: String) -> Bool {
        // The first twelve words, lower-cased, split on anything but letters and apostrophes.
        // The first word decides alone unless it is a subject: most items end the read there.
        var words: [String] = []
        var word: [UInt8] = []
        for byte in text.utf8.prefix(120) {
            if (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte == UInt8(ascii: "'") || byte >= 0x80 {
                word.append(byte < 0x80 ? byte | 0x20 : byte)
            } else if !word.isEmpty {
                words.append(String(decoding: word, as: UTF8.self))
                word.removeAll(keepingCapacity: true)
                if words.count == 1 && !subjects.contains(words[0]) { return isPastForm(words[0]) }
                if words.count == 12 { break }
            }
        }
        if !word.isEmpty && words.count < 12 { words.append(String(decoding: word, as: UTF8.self)) }
        guard let first = words.first else { return false }
        if isPastForm(first) { return true }
        // After a subject ("We", "The researcher"), a verb in the past reports.
        guard subjects.contains(first) else { return false }
        for (index, word) in words.enumerated().dropFirst() where isPastForm(word) || word == "been" {
            if !notAVerbAfter.contains(words[index - 1]) { return true }
        }
        return false
    }

    /// Words a sentence that reports starts with: a pronoun or a determiner, not a verb.
    private static let subjects: Set<String> = ["we", "i", "it", "they", "the", "a", "an", "our", "this", "that", "these", "those", "all", "both"]
    /// Before these, an `-ed` word is an adjective or a future ("the automated check",
    /// "will be added").
    private static let notAVerbAfter: Set<String> = [
        "the", "a", "an", "our", "their", "this", "these", "those", "be", "to", "will", "should", "must", "can", "could", "would",
        "may", "might", "all", "any", "more", "better", "new", "are", "is", "get", "gets",
    ]

    /// `-ed` words that are not verbs in the past: "need", "embed", "speed".
    private static func isPastForm(_ word: String) -> Bool {
        word.count >= 5 && word.hasSuffix("ed") && !["embed", "proceed", "exceed", "succeed", "speed", "breed", "indeed"].contains(word)
    }

    /// Whether a status says the work is over: `Done`, `**DONE**`, `Closed`, `Fixed in #12`,
    /// `✅ Done`, `Won't do`. Only its first words count: `Done (2024-05-03)` is done,
    /// `Not done` and `In progress` are not.
    public static func isClosedStatus(_ status: String) -> Bool {
        let words = leadingWords(of: status, count: 2)
        guard let first = words.first else { return status.contains("✅") || status.contains("✔") }
        if closedWords.contains(first) { return true }
        guard words.count >= 2 else { return false }
        return closedPhrases.contains(words[0] + " " + words[1])
    }

    /// The first `count` words of `text`, ASCII capitals lowered: runs of letters and
    /// apostrophes (a typographic one written `'`). Read scalar by scalar and stopped early:
    /// every cell of an action table is asked whether it is a closed status.
    private static func leadingWords(of text: String, count: Int) -> [String] {
        var words: [String] = []
        var word = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "'" || scalar == "\u{2019}" {
                word.append("'")
            } else if scalar.isASCII ? (scalar.value | 0x20) &- 0x61 < 26 : isLetterScalar(scalar) {
                word.append(scalar.isASCII ? Unicode.Scalar(UInt8(scalar.value) | 0x20) : scalar)
            } else if !word.isEmpty {
                words.append(String(word))
                word.removeAll()
                if words.count == count { return words }
            }
        }
        if !word.isEmpty { words.append(String(word)) }
        return words
    }

    /// A letter of a word beyond ASCII, or a mark that belongs to the letter before it.
    private static func isLetterScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: scalar.properties.isAlphabetic
        }
    }

    private static let closedWords: Set<String> = [
        "done", "closed", "complete", "completed", "resolved", "fixed", "shipped", "merged", "deployed", "finished", "implemented",
        "cancelled", "canceled", "dropped", "wontfix", "obsolete", "failed", "abandoned",
    ]
    private static let closedPhrases: Set<String> = ["won't do", "wont do", "won't fix", "wont fix", "not needed", "not planned"]
}

/// One annotation of an action item: its text and where it stands.
public struct ActionField: Sendable, Equatable {
    public var value: String
    public var range: Range<Int>

    public init(value: String, range: Range<Int>) {
        self.value = value
        self.range = range
    }
}
