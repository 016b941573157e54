/// Values derived from one document that several rules read — such as the prose all wording
/// rules match against — computed once per lint instead of once per rule.
///
/// One memo serves one `Linter.lint` call; its rule groups may run on two threads. Each value
/// has a slot with a lock of its own, held while the value is made: a thread that asks for a
/// value another thread is making waits for it instead of making it again. Values depend on
/// one another without cycles (word classes ask for the prose, never the other way), so two
/// threads never wait for each other.
public final class DocumentMemo: @unchecked Sendable {
    private final class Slot: @unchecked Sendable {
        let lock = Lock()
        var value: Any?
    }

    private var slots: [String: Slot] = [:]
    private let lock = Lock()

    public init() {}

    /// The value stored under `key`, made by `make` the first time it is asked for.
    func value<Value>(_ key: String, _ make: () -> Value) -> Value {
        let slot = lock.withLock {
            if let slot = slots[key] { return slot }
            let slot = Slot()
            slots[key] = slot
            return slot
        }
        return slot.lock.withLock {
            if let value = slot.value as? Value { return value }
            let value = make()
            slot.value = value
            return value
        }
    }
}
