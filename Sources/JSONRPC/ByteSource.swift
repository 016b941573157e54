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
    /// Reused for every read, so that appending to the caller's buffer is one copy.
    private var chunk: [UInt8] = []

    public init(descriptor: Int32) { self.descriptor = descriptor }

    public mutating func read(into buffer: inout [UInt8], maxCount: Int) -> Int {
        if chunk.count < maxCount { chunk = [UInt8](repeating: 0, count: maxCount) }
        var count = 0
        chunk.withUnsafeMutableBytes { raw in
            repeat {
                count = systemRead(descriptor, raw.baseAddress!, maxCount)
            } while count < 0 && errno == EINTR
        }
        guard count > 0 else { return 0 }
        buffer.append(contentsOf: chunk[..<count])
        return count
    }
}

/// The C library's `read`, named apart from our method.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
