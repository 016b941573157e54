/// The release of pmlint, reported by `pmlint --version` and the language server's
/// `serverInfo`, so both front ends always agree.
public enum PMLintVersion {
    public static let current = "0.1.0"
}
