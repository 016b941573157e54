import MarkdownSyntax

/// A replacement of the bytes in `range` with `newText`.
public struct TextEdit: Sendable, Hashable, Codable {
    public var range: Range<Int>
    public var newText: String

    public init(range: Range<Int>, newText: String) {
        self.range = range
        self.newText = newText
    }

    public static func insert(_ text: String, at offset: Int) -> TextEdit {
        TextEdit(range: offset..<offset, newText: text)
    }
}

/// A change that resolves a finding. Only `isSafe` fixes are applied by `--fix`; the others
/// are offered as quick fixes in the editor, where the writer sees them first.
public struct Fix: Sendable, Hashable, Codable {
    public var title: String
    public var edits: [TextEdit]
    public var isSafe: Bool

    public init(title: String, edits: [TextEdit], isSafe: Bool = true) {
        self.title = title
        self.edits = edits
        self.isSafe = isSafe
    }
}

/// What a rule reports: where, what, and how to fix it. The engine adds the rule's identity
/// and the configured severity to make a `Diagnostic`.
public struct Finding: Sendable {
    public var range: Range<Int>
    public var message: String
    public var fixes: [Fix]
    /// Set by rules whose severity depends on where the finding stands (for example blame
    /// language in a root-cause section). A severity set in the configuration wins.
    public var severity: Severity?

    public init(range: Range<Int>, message: String, fixes: [Fix] = [], severity: Severity? = nil) {
        self.range = range
        self.message = message
        self.fixes = fixes
        self.severity = severity
    }
}

/// One finding as the user sees it.
public struct Diagnostic: Sendable {
    public var ruleID: String
    public var ruleName: String
    public var severity: Severity
    public var message: String
    /// UTF-8 byte offsets into the document (without its byte-order mark).
    public var range: Range<Int>
    public var fixes: [Fix]

    public init(ruleID: String, ruleName: String, severity: Severity, message: String, range: Range<Int>, fixes: [Fix] = []) {
        self.ruleID = ruleID
        self.ruleName = ruleName
        self.severity = severity
        self.message = message
        self.range = range
        self.fixes = fixes
    }

    /// Document order, then rule ID, then end. Ties keep the order the rule reported them
    /// in (the engine sorts stably), which is also the order their insertions must land in.
    public static func sortedOrder(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        if a.range.lowerBound != b.range.lowerBound { return a.range.lowerBound < b.range.lowerBound }
        if a.ruleID != b.ruleID { return a.ruleID < b.ruleID }
        return a.range.upperBound < b.range.upperBound
    }
}
