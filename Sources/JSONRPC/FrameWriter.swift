import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes `Content-Length` framed message bodies to a file descriptor (standard output for
/// the server). Nothing else may write to that descriptor, or the client loses the framing.
public struct FrameWriter {
    public let descriptor: Int32

    public init(descriptor: Int32) { self.descriptor = descriptor }

    /// The bytes of one frame: header, blank line, body.
    public static func frame(_ body: Data) -> Data {
        var frame = Data("Content-Length: \(body.count)\r\n\r\n".utf8)
        frame.append(body)
        return frame
    }

    /// Writes one frame completely. Returns false when the peer has gone (broken pipe);
    /// callers treat that like the end of input.
    @discardableResult
    public func send(_ body: Data) -> Bool {
        Self.frame(body).withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += written
            }
            return true
        }
    }
}
