import MarkdownSyntax
import PostmortemModel

/// What a rule sees of one document.
///
/// A class, so that the closures rules hand to tree walks capture one reference: a copy of
/// the document and configuration per visited block once cost more than the visit. What
/// every rule of a lint shares is made once per lint (`Shared`); each rule's context adds
/// only its options.
public final class RuleContext: Sendable {
    /// The document and what it is linted under, one per lint: a context per rule holding its
    /// own copies would retain every field of each, for every rule.
    final class Shared: Sendable {
        let document: PostmortemDocument
        let profile: Profile
        let configuration: Configuration
        let suppressions: Suppressions
        let memo: DocumentMemo
        let cache: LintCache?

        init(document: PostmortemDocument, profile: Profile, configuration: Configuration, suppressions: Suppressions,
             memo: DocumentMemo, cache: LintCache?) {
            self.document = document
            self.profile = profile
            self.configuration = configuration
            self.suppressions = suppressions
            self.memo = memo
            self.cache = cache
        }
    }

    private let shared: Shared
    public let options: RuleOptions

    init(_ shared: Shared, options: RuleOptions) {
        self.shared = shared
        self.options = options
    }

    public var document: PostmortemDocument { shared.document }
    public var profile: Profile { shared.profile }
    public var configuration: Configuration { shared.configuration }
    /// The document's `pmlint-disable` comments, already read (for the rule that reports bad ones).
    public var suppressions: Suppressions { shared.suppressions }
    /// Analyses shared by the rules of one lint (see `DocumentMemo`).
    public var memo: DocumentMemo { shared.memo }
    /// Results from the previous lint of the same document, when a language server keeps them.
    var cache: LintCache? { shared.cache }
    public var source: SourceText { document.source }
    public var markdown: MarkdownDocument { document.markdown }
    public var audience: Audience { profile.audience }
}

extension RuleContext {
    /// The options of another rule whose reading this rule shares (missing-section asks
    /// missing-apology's phrases whether an apology is owed), as configured for that rule.
    func options(of rule: any Rule.Type) -> RuleOptions {
        RuleOptions(defaults: rule.description.options, configured: configuration.setting(for: rule.description.id).options)
    }

    /// The value `make` computes from `content` alone, with positions relative to its first
    /// byte (the `origin` it is given). Computed once per lint, or taken from the previous
    /// lint when the same text came back.
    func reusable<Value>(_ pieces: KeyPath<LintCache, LintCache.Pieces<Value>>, of content: InlineContent,
                         _ make: (_ origin: Int) -> Value) -> Value {
        if let cache { return cache[keyPath: pieces].value(of: content, in: source, make) }
        return make(content.span?.lowerBound ?? 0)
    }
}
