/// Values derived from one document that several rules read — such as the prose all wording
/// rules match against — computed once per lint instead of once per rule.
///
/// One memo serves one `Linter.lint` call; its rule groups may run on two threads, so the
/// table is locked. A value is made outside the lock (making the prose asks for nothing
/// else, but word classes ask for the prose): two threads asking at once may both make it,
/// and both get the one stored first.
public final class DocumentMemo: @unchecked Sendable {
    private var values: [String: Any] = [:]
    private let lock = Lock()

    public init() {}

    /// The value stored under `key`, made by `make` the first time it is asked for.
    func value<Value>(_ key: String, _ make: () -> Value) -> Value {
        if let value = lock.withLock({ values[key] }) as? Value { return value }
        let value = make()
        return lock.withLock {
            if let stored = values[key] as? Value { return stored }
            values[key] = value
            return value
        }
    }
}
