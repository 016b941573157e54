/// A value made the first time it is asked for, by whichever thread asks first; a thread
/// that asks while another is making it waits for that value instead of making its own.
final class LazyValue<Value: Sendable>: @unchecked Sendable {
    private let lock = Lock()
    private var stored: Value?

    func value(_ make: () -> Value) -> Value {
        lock.withLock {
            if let stored { return stored }
            let made = make()
            stored = made
            return made
        }
    }
}
