/// The release of pmlint, reported by `pmlint --version` and the language server's
/// `serverInfo`, so both front ends always agree.
public enum PMLintVersion {
    public static let current = "0.1.0"
    /// Where the README (with one anchor per rule, `#pm001-missing-section`) is published;
    /// SARIF reports link each rule's help here.
    public static let documentationURL = "https://github.com/pmlint/pmlint/blob/main/README.md"
}
