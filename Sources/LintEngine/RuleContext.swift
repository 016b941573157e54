import MarkdownSyntax
import PostmortemModel

/// What a rule sees of one document.
public struct RuleContext: Sendable {
    public let document: PostmortemDocument
    public let profile: Profile
    public let options: RuleOptions
    public let configuration: Configuration
    /// The document's `pmlint-disable` comments, already read (for the rule that reports bad ones).
    public let suppressions: Suppressions
    /// Analyses shared by the rules of one lint (see `DocumentMemo`).
    public internal(set) var memo = DocumentMemo()

    public var source: SourceText { document.source }
    public var markdown: MarkdownDocument { document.markdown }
    public var audience: Audience { profile.audience }
}
