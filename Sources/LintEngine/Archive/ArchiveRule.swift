import PostmortemModel

/// A check over a folder of postmortems rather than one: it needs the other documents to
/// find anything. `pmlint lint` runs these rules once every document has been read, and
/// `pmlint report` lists what they find. Configuration, suppression comments and
/// `pmlint explain` treat them like every other rule, through `RuleRegistry.rule(named:)`.
public protocol ArchiveRule: Rule {
    /// Archives (several documents) that must produce the findings their `↓` markers show.
    static var triggeringArchives: [ArchiveExample] { get }
    /// Archives that must produce none.
    static var nonTriggeringArchives: [ArchiveExample] { get }
    /// The findings over every document of the archive, in any order.
    func check(_ archive: [ArchiveEntry]) -> [ArchiveFinding]
}

extension ArchiveRule {
    /// A document alone never recurs: the findings come from `check(_ archive:)`.
    public func check(_ context: RuleContext) -> [Finding] { [] }
}

/// One document of an archive, as the cross-document rules see it.
public struct ArchiveEntry: Sendable {
    /// The path shown to the user, which findings use to name the other document.
    public var path: String
    public var facts: ArchiveFacts

    public init(path: String, facts: ArchiveFacts) {
        self.path = path
        self.facts = facts
    }
}

/// A finding in the document at `entry` (an index into the archive).
public struct ArchiveFinding: Sendable {
    public var entry: Int
    public var finding: Finding

    public init(entry: Int, finding: Finding) {
        self.entry = entry
        self.finding = finding
    }
}

/// Several documents that document and test a cross-document rule.
public struct ArchiveExample: Sendable {
    public struct Document: Sendable {
        public var path: String
        /// Markdown with `↓` before each place a finding must start.
        public var markdown: String

        public init(_ path: String, _ markdown: String) {
            self.path = path
            self.markdown = markdown
        }
    }

    public var documents: [Document]

    public init(_ documents: [Document]) { self.documents = documents }
}
