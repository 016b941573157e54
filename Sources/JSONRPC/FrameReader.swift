import Foundation

/// What the reader found next in the stream.
public enum FrameEvent: Sendable, Equatable {
    /// A complete message body.
    case message(Data)
    /// A frame that could not be read; the reader has skipped it and goes on.
    case malformed(String)
    /// No more input. `cutOff` says why the last frame was incomplete, nil after a clean end.
    case end(cutOff: String?)

    public var isEnd: Bool {
        if case .end = self { true } else { false }
    }
}

/// Splits a byte stream into `Content-Length` framed message bodies (LSP base protocol).
///
/// A broken frame never stops the reader: a missing, negative or oversized length is
/// reported and skipped, and junk before a header is ignored, so that one bad message from a
/// client does not take the whole session down.
public struct FrameReader<Source: ByteSource> {
    /// Bodies above this size are skipped without being held in memory (64 MB by default).
    public let maxBodySize: Int
    private var source: Source
    private var buffer: [UInt8] = []
    /// The first byte of `buffer` not yet consumed.
    private var start = 0
    private var isAtEnd = false

    /// A header block longer than this is garbage, not a header.
    private static var maxHeaderSize: Int { 64 * 1024 }
    private static var chunkSize: Int { 64 * 1024 }

    public init(source: Source, maxBodySize: Int = 64 * 1024 * 1024) {
        self.source = source
        self.maxBodySize = maxBodySize
    }

    public mutating func next() -> FrameEvent {
        guard let headerEnd = readHeaderBlock() else {
            let rest = buffer[start...]
            let onlySpace = rest.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
            if rest.count > Self.maxHeaderSize {
                consume(upTo: buffer.count)
                return .malformed("discarded \(rest.count) bytes without a message header")
            }
            return .end(cutOff: onlySpace ? nil : "the input ended inside a message header")
        }
        let header = buffer[start..<headerEnd]
        consume(upTo: headerEnd + 4)
        let length: Int
        switch Self.contentLength(in: header) {
        case .failure(let problem): return .malformed(problem.message)
        case .success(let value): length = value
        }
        if length > maxBodySize {
            let skipped = skip(length)
            if skipped < length { return .end(cutOff: "the input ended inside an oversized message") }
            return .malformed("a message of \(length) bytes is over the limit of \(maxBodySize) bytes; skipped")
        }
        while buffer.count - start < length {
            guard fill() else {
                return .end(cutOff: "the input ended \(buffer.count - start) bytes into a message of \(length) bytes")
            }
        }
        let body = Data(buffer[start..<start + length])
        consume(upTo: start + length)
        return .message(body)
    }

    /// Whether `next()` can answer from what has already been read, without waiting for input.
    /// The server takes every such frame in one batch, so that a cancellation written together
    /// with its request is seen before the request is answered.
    public var hasBufferedFrame: Bool {
        guard let headerEnd = Self.find([0x0D, 0x0A, 0x0D, 0x0A], in: buffer, from: start) else { return false }
        guard case .success(let length) = Self.contentLength(in: buffer[start..<headerEnd]) else { return true }
        return length <= maxBodySize && buffer.count - (headerEnd + 4) >= length
    }

    /// Reads until `\r\n\r\n` and returns its offset; nil at the end of input or when the
    /// header grows past its limit.
    private mutating func readHeaderBlock() -> Int? {
        // Counted from `start`, which moves when `fill` compacts the buffer.
        var searched = 0
        while true {
            if let end = Self.find([0x0D, 0x0A, 0x0D, 0x0A], in: buffer, from: start + searched) { return end }
            searched = max(0, buffer.count - start - 3)
            if buffer.count - start > Self.maxHeaderSize || !fill() { return nil }
        }
    }

    /// The value of the last `Content-Length` header of the block. Anything before it, such
    /// as the tail of a body whose length was wrong, is ignored so the stream can resynchronise.
    static func contentLength(in header: ArraySlice<UInt8>) -> Result<Int, FrameProblem> {
        let name = Array("content-length:".utf8)
        let lowered: [UInt8] = header.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        var found: Int?
        var from = 0
        while let index = find(name, in: lowered, from: from) {
            found = index
            from = index + 1
        }
        guard let found else { return .failure(FrameProblem("a message header without Content-Length; skipped")) }
        var valueStart = found + name.count
        var valueEnd = valueStart
        while valueEnd < lowered.count && lowered[valueEnd] != 0x0D && lowered[valueEnd] != 0x0A { valueEnd += 1 }
        while valueStart < valueEnd && lowered[valueStart] == 0x20 { valueStart += 1 }
        while valueEnd > valueStart && lowered[valueEnd - 1] == 0x20 { valueEnd -= 1 }
        let value = String(decoding: lowered[valueStart..<valueEnd], as: UTF8.self)
        if value.hasPrefix("-") { return .failure(FrameProblem("a negative Content-Length (\(value)); skipped")) }
        guard !value.isEmpty, value.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
            return .failure(FrameProblem("Content-Length is not a number (\(value.prefix(40))); skipped"))
        }
        // More digits than an Int holds is still just "too large".
        return .success(Int(value) ?? Int.max)
    }

    /// Discards `count` bytes of input without keeping them; returns how many were there.
    private mutating func skip(_ count: Int) -> Int {
        var skipped = 0
        while skipped < count {
            if start == buffer.count && !fill() { break }
            let take = min(count - skipped, buffer.count - start)
            consume(upTo: start + take)
            skipped += take
        }
        return skipped
    }

    /// Reads one more chunk; false at the end of input.
    private mutating func fill() -> Bool {
        guard !isAtEnd else { return false }
        if start > 0 && start >= buffer.count / 2 {
            buffer.removeFirst(start)
            start = 0
        }
        if source.read(into: &buffer, maxCount: Self.chunkSize) == 0 { isAtEnd = true }
        return !isAtEnd
    }

    private mutating func consume(upTo offset: Int) {
        start = offset
        if start == buffer.count {
            buffer.removeAll(keepingCapacity: true)
            start = 0
        }
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        var i = max(from, 0)
        while i + needle.count <= haystack.count {
            if haystack[i] == needle[0] && haystack[i..<i + needle.count].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}

/// Why a frame header was rejected, in words for the log.
public struct FrameProblem: Error, Equatable {
    public let message: String
    init(_ message: String) { self.message = message }
}
