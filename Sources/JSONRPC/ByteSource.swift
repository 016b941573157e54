#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where framed messages come from: a pipe in production, bytes in memory in tests.
public protocol ByteSource {
    /// Appends up to `maxCount` bytes to `buffer`; returns how many, 0 at the end of input.
    mutating func read(into buffer: inout [UInt8], maxCount: Int) -> Int
}

/// Reads a file descriptor (standard input for the server). A read error ends the input:
/// a client that vanished cannot send anything more.
public struct FileDescriptorSource: ByteSource {
    public let descriptor: Int32

    public init(descriptor: Int32) { self.descriptor = descriptor }

    public mutating func read(into buffer: inout [UInt8], maxCount: Int) -> Int {
        let oldCount = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: maxCount))
        var count = 0
        buffer.withUnsafeMutableBytes { raw in
            let start = raw.baseAddress! + oldCount
            repeat {
                count = systemRead(descriptor, start, maxCount)
            } while count < 0 && errno == EINTR
        }
        buffer.removeLast(maxCount - max(count, 0))
        return max(count, 0)
    }
}

/// The C library's `read`, named apart from our method.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
