import MarkdownSyntax
import PostmortemModel

/// The one entry point both front ends use: text in, findings out.
public struct Linter: Sendable {
    public let configuration: Configuration
    private let rules: [any Rule.Type]
    /// Runs the rules that read prose on one thread and the others on a second one: the two
    /// groups take about the same time. Worth it when one document is waited for (a language
    /// server after a keystroke, a pre-commit hook with one file); not when many files are
    /// linted at once, each on its own core.
    public var runsRuleGroupsInParallel = false

    public init(configuration: Configuration = Configuration(), rules: [any Rule.Type] = RuleRegistry.all) {
        self.configuration = configuration
        self.rules = rules
    }

    /// Compiles the wording rules' built-in phrase lists, on two threads, which the first lint
    /// of a process would otherwise do while every other thread waits for it (about 25 ms). A
    /// front end calls it on a thread of its own while it does other work: the command line
    /// while it finds the files, the language server once it has answered `initialize`.
    public static func compileBuiltInLists() {
        WordingRules.compileBuiltInLists()
    }

    /// - Parameter cache: what the previous lint of the same document learned; a language
    ///   server passes one per open document, so that a keystroke re-reads one paragraph.
    public func lint(_ source: SourceText, reusing cache: LintCache? = nil) -> LintResult {
        lint(MarkdownDocument(parsing: source), reusing: cache)
    }

    public func lint(_ markdown: MarkdownDocument, reusing cache: LintCache? = nil) -> LintResult {
        cache?.beginLint(of: markdown, under: configuration)
        let document = PostmortemDocument(markdown: markdown, options: configuration.modelOptions)
        let profile = resolveProfile(for: document)
        let suppressions = Suppressions(document: markdown) { RuleRegistry.rule(named: $0)?.description.id }
        let memo = DocumentMemo()
        let enabled = rules.filter { rule in
            let description = rule.description
            return (configuration.setting(for: description.id).isEnabled ?? !description.isOptIn) && description.applies(to: profile.audience)
        }
        let shared = RuleContext.Shared(document: document, profile: profile, configuration: configuration,
                                        suppressions: suppressions, memo: memo, cache: cache)
        func check(_ rule: any Rule.Type) -> [Diagnostic] {
            let description = rule.description
            let setting = configuration.setting(for: description.id)
            let context = RuleContext(shared, options: RuleOptions(defaults: description.options, configured: setting.options))
            return rule.init().check(context).filter { !suppressions.isSuppressed(ruleID: description.id, at: $0.range.lowerBound) }.map { finding in
                Diagnostic(ruleID: description.id, ruleName: description.name,
                           severity: setting.severity ?? finding.severity ?? description.defaultSeverity,
                           message: finding.message, range: finding.range, fixes: finding.fixes)
            }
        }
        // Findings per rule, in the rules' order whatever thread found them.
        let found = runsRuleGroupsInParallel ? RuleGroups.checkInParallel(enabled, check) : enabled.map(check)
        let ordered = found.joined().enumerated().sorted { a, b in
            Diagnostic.sortedOrder(a.element, b.element) || (!Diagnostic.sortedOrder(b.element, a.element) && a.offset < b.offset)
        }.map(\.element)
        return LintResult(document: document, profile: profile, diagnostics: ordered)
    }

    /// Command line or editor first, then the document's front matter, then the configuration.
    /// An unknown profile name falls back to the default; the `unknown-profile` case is
    /// reported by the configuration loader, not here.
    public func resolveProfile(for document: PostmortemDocument) -> Profile {
        configuration.profile(named: configuration.profileOverride ?? document.requestedProfile ?? configuration.defaultProfile)
    }
}

public struct LintResult: Sendable {
    public let document: PostmortemDocument
    public let profile: Profile
    /// Sorted in document order.
    public let diagnostics: [Diagnostic]
}
