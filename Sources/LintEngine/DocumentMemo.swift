/// Values derived from one document that several rules read — such as the prose all wording
/// rules match against — computed once per lint instead of once per rule.
///
/// One memo serves one `Linter.lint` call, which runs its rules one after another on one
/// thread; it is never shared between calls, hence the unchecked sendability.
public final class DocumentMemo: @unchecked Sendable {
    private var values: [String: Any] = [:]

    public init() {}

    /// The value stored under `key`, made by `make` the first time it is asked for.
    func value<Value>(_ key: String, _ make: () -> Value) -> Value {
        if let value = values[key] as? Value { return value }
        let value = make()
        values[key] = value
        return value
    }
}
