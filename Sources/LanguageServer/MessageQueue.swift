import Foundation
import JSONRPC

/// Frames read by the input thread, waiting for the server's loop.
///
/// Reading on a thread of its own lets the loop see every message that has already arrived
/// before it lints: a burst of keystrokes is applied in one go and only the latest text is
/// linted, and a cancellation is seen before the request it cancels is answered.
final class MessageQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var events: [FrameEvent] = []

    /// Starts the thread that reads `descriptor` until its end.
    static func reading(descriptor: Int32, maxBodySize: Int) -> MessageQueue {
        let queue = MessageQueue()
        let thread = Thread {
            var reader = FrameReader(source: FileDescriptorSource(descriptor: descriptor), maxBodySize: maxBodySize)
            while true {
                var batch = [reader.next()]
                while !batch[batch.count - 1].isEnd && reader.hasBufferedFrame { batch.append(reader.next()) }
                queue.push(batch)
                if batch[batch.count - 1].isEnd { return }
            }
        }
        thread.start()
        return queue
    }

    func push(_ batch: [FrameEvent]) {
        condition.lock()
        events += batch
        condition.signal()
        condition.unlock()
    }

    /// Everything queued so far; waits for at least one event when `wait` is true.
    func takeAll(wait: Bool) -> [FrameEvent] {
        condition.lock()
        defer { condition.unlock() }
        while wait && events.isEmpty { condition.wait() }
        let taken = events
        events.removeAll()
        return taken
    }
}
