/// The release of pmlint, reported by `pmlint --version` and the language server's
/// `serverInfo`, so both front ends always agree.
public enum PMLintVersion {
    public static let current = "0.1.0"
    /// Where the README is published; SARIF reports name it as the tool's home (each rule
    /// links to its own page, `RuleDocumentation`).
    public static let documentationURL = "https://github.com/pmlint/pmlint/blob/main/README.md"
}
