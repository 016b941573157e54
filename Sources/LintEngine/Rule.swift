import PostmortemModel

/// A check over a postmortem. One rule per file; each carries its own documentation and
/// examples in `description`, which the tests run and `pmlint explain` prints.
public protocol Rule: Sendable {
    static var description: RuleDescription { get }
    init()
    /// The findings for one document. Suppression comments, enablement and severity are the
    /// engine's business, not the rule's.
    func check(_ context: RuleContext) -> [Finding]
}

/// Which kind of postmortem a rule or profile is written for.
public enum Audience: String, Sendable, Codable, CaseIterable {
    /// The blameless engineering review.
    case `internal`
    /// The customer-facing report.
    case external
}

/// Everything a user or a test needs to know about a rule.
public struct RuleDescription: Sendable {
    /// Stable identifier such as `PM010`; never reused.
    public var id: String
    /// Readable kebab-case name such as `action-item-owner`.
    public var name: String
    /// One line: what the rule reports.
    public var summary: String
    /// Why it matters, in a short paragraph.
    public var rationale: String
    public var defaultSeverity: Severity
    /// Off unless a configuration switches it on.
    public var isOptIn: Bool
    /// The audiences the rule applies to; all when empty.
    public var audiences: Set<Audience>
    public var options: [RuleOption]
    /// Whether the rule offers fixes: `--fix` applies them, or only `--fix --unsafe-fixes`
    /// when `hasUnsafeFixes`.
    public var isFixable: Bool
    /// Whether its fixes are unsafe: they need the writer's review, so only `--fix
    /// --unsafe-fixes` and the editor's quick fixes apply them.
    public var hasUnsafeFixes: Bool
    /// Documents that must produce findings; `↓` marks where each finding starts.
    public var triggering: [RuleExample]
    /// Documents that must produce none.
    public var nonTriggering: [RuleExample]

    public init(id: String, name: String, summary: String, rationale: String, defaultSeverity: Severity,
                isOptIn: Bool = false, audiences: Set<Audience> = [], options: [RuleOption] = [], isFixable: Bool = false,
                hasUnsafeFixes: Bool = false,
                triggering: [RuleExample], nonTriggering: [RuleExample]) {
        self.id = id
        self.name = name
        self.summary = summary
        self.rationale = rationale
        self.defaultSeverity = defaultSeverity
        self.isOptIn = isOptIn
        self.audiences = audiences
        self.options = options
        self.isFixable = isFixable
        self.hasUnsafeFixes = hasUnsafeFixes
        self.triggering = triggering
        self.nonTriggering = nonTriggering
    }

    public func applies(to audience: Audience) -> Bool {
        audiences.isEmpty || audiences.contains(audience)
    }
}

/// A document used to document and test a rule.
public struct RuleExample: Sendable {
    /// Markdown with `↓` before each place a finding must start (triggering examples only).
    public var markdown: String
    /// The profile to lint with (`internal` when nil).
    public var profile: String?
    /// Options for the rule, as in a configuration file.
    public var options: [String: JSONValue]
    /// Whether the suite may also wrap this example (emoji prefix, code fence, front matter,
    /// disable comment). Document-level examples that depend on the whole document's shape
    /// say no.
    public var isWrappable: Bool

    public init(_ markdown: String, profile: String? = nil, options: [String: JSONValue] = [:], isWrappable: Bool = true) {
        self.markdown = markdown
        self.profile = profile
        self.options = options
        self.isWrappable = isWrappable
    }

    /// The marker that stands before each expected finding.
    public static let marker: Character = "↓"
}

/// A documented, typed option of a rule. The default's JSON type is the option's type:
/// configuration values of another type are rejected with a message naming both.
public struct RuleOption: Sendable {
    public var name: String
    public var defaultValue: JSONValue
    public var summary: String

    public init(_ name: String, default defaultValue: JSONValue, _ summary: String) {
        self.name = name
        self.defaultValue = defaultValue
        self.summary = summary
    }
}
