/// Where each rule's page is published. The pages are `docs/rules/PM010.md` and so on in the
/// repository, generated from the rules themselves (`docs/generate.sh`); SARIF reports and
/// editor diagnostics link to the same page, so a reader lands on one text whichever way they
/// came. Teams that mirror pmlint point `ruleDocs` in `.pmlint.json` at their copy.
public struct RuleDocumentation: Sendable, Equatable {
    /// The published repository's `docs/rules/` folder.
    public static let defaultBase = "https://github.com/pmlint/pmlint/blob/main/docs/rules/"

    /// The folder URL that each rule's page name is appended to; always ends in `/`.
    public let base: String

    public init(base: String = RuleDocumentation.defaultBase) {
        self.base = base.hasSuffix("/") ? base : base + "/"
    }

    /// The page of the rule with ID `ruleID`: `<base>PM010.md`.
    public func url(forRule ruleID: String) -> String {
        base + ruleID + ".md"
    }
}
