#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#else
import Darwin
#endif
import MarkdownSyntax

/// What the lints of one document learned from pieces of its text, for the next lint of the
/// same document to reuse: a language server keeps one per open document.
///
/// A keystroke changes one paragraph; every other paragraph, cell and heading comes back
/// byte for byte, only shifted. So results are stored by the exact bytes of the text they
/// were computed from, with positions relative to its start, and a piece that comes back
/// costs a lookup instead of a scan. Whatever the previous lint did not ask for is dropped,
/// so the cache holds about one document's worth of results, and a change of configuration
/// empties it. One field per kind of result, each with its own lock: the rule groups of one
/// lint run on two threads, each rule asking for its own kind.
public final class LintCache: Sendable {
    /// The placeholders of each piece of text (placeholder-text).
    let placeholders = Pieces<[Range<Int>]>()
    /// Each block of prose as the wording rules read it.
    let proseBlocks = Pieces<ReadBlock>()
    /// The lexicon whose word ids `proseBlocks` hold, kept for the whole life of the cache.
    let lexicon = Kept<Lexicon>()
    private let lintedUnder = Kept<(configuration: Configuration, linkLabels: Set<String>)>()

    public init() {}

    /// Starts a lint of `markdown` under `configuration`: results older than the last lint are
    /// dropped, and all of them when the configuration or the document's link definitions
    /// changed (a definition turns `[text][label]` elsewhere into a link).
    func beginLint(of markdown: MarkdownDocument, under configuration: Configuration) {
        let last = lintedUnder.value
        let changed = last?.configuration != configuration || last?.linkLabels != markdown.linkLabels
        if changed { lintedUnder.value = (configuration, markdown.linkLabels) }
        placeholders.beginLint(forgettingAll: changed)
        proseBlocks.beginLint(forgettingAll: changed)
    }

    /// One value kept across lints.
    final class Kept<Value>: @unchecked Sendable {
        private let lock = Lock()
        private var stored: Value?

        var value: Value? {
            get { lock.withLock { stored } }
            set { lock.withLock { stored = newValue } }
        }
    }

    /// Values computed from pieces of text, by the pieces' bytes: those of this lint and the
    /// previous one.
    final class Pieces<Value>: @unchecked Sendable {
        private let lock = Lock()
        private var previous: [Key: Value] = [:]
        private var current: [Key: Value] = [:]

        /// Keeps what the last lint asked for, or nothing when `forgettingAll`.
        fileprivate func beginLint(forgettingAll: Bool) {
            lock.withLock {
                previous = forgettingAll ? [:] : current
                current = Dictionary(minimumCapacity: previous.count)
            }
        }

        /// Forgets every value.
        func empty() {
            lock.withLock {
                previous = [:]
                current = [:]
            }
        }

        /// The value `make` computes from `content` alone, computed only when this text was
        /// not seen in this lint or the previous one.
        /// - Parameter make: receives the offset positions are relative to (the content's first
        ///   byte), and must return a value with positions relative to it.
        func value(of content: InlineContent, in source: SourceText, _ make: (_ origin: Int) -> Value) -> Value {
            guard let span = content.span else { return make(0) }
            let key = Key(source: source.bytes, segments: content.segments, origin: span.lowerBound)
            let known = lock.withLock { () -> Value? in
                if let value = current[key] { return value }
                if let value = previous[key] { current[key] = value; return value }
                return nil
            }
            if let known { return known }
            let value = make(span.lowerBound)
            lock.withLock { current[key] = value }
            return value
        }
    }

    /// A piece of text by its bytes and its lines relative to its first byte: the same bytes
    /// can be split into lines differently (a list item's indentation is not content).
    /// Hashed once, eight bytes at a step, and compared with `memcmp`: every block of a
    /// document is looked up after each keystroke, and `Hasher` over its bytes cost more than
    /// some of the scans the lookup saves. Equal keys are told apart by their bytes, so the
    /// hash only needs to spread them.
    fileprivate struct Key: Hashable {
        let source: [UInt8]
        let segments: [Range<Int>]
        let origin: Int
        private let hash: UInt64

        init(source: [UInt8], segments: [Range<Int>], origin: Int) {
            self.source = source
            self.segments = segments
            self.origin = origin
            var hash = source.withUnsafeBytes { Self.hash(UnsafeRawBufferPointer(rebasing: $0[origin..<segments.last!.upperBound])) }
            for segment in segments {
                hash = Self.mix(hash, UInt64(segment.lowerBound - origin) << 32 | UInt64(segment.upperBound - origin))
            }
            self.hash = hash
        }

        private static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
            var hash = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
            var offset = 0
            while offset + 8 <= bytes.count {
                hash = mix(hash, bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                offset += 8
            }
            var tail: UInt64 = 0
            for (index, byte) in bytes[offset...].enumerated() { tail |= UInt64(byte) << (8 * UInt64(index)) }
            return mix(hash, tail)
        }

        private static func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
            let mixed = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
            return mixed ^ (mixed >> 32)
        }

        private var end: Int { segments.last!.upperBound }

        func hash(into hasher: inout Hasher) {
            hasher.combine(hash)
        }

        static func == (a: Key, b: Key) -> Bool {
            guard a.hash == b.hash, a.end - a.origin == b.end - b.origin, a.segments.count == b.segments.count,
                  zip(a.segments, b.segments).allSatisfy({ $0.lowerBound - a.origin == $1.lowerBound - b.origin && $0.upperBound - a.origin == $1.upperBound - b.origin })
            else { return false }
            return a.source.withUnsafeBytes { x in
                b.source.withUnsafeBytes { y in memcmp(x.baseAddress! + a.origin, y.baseAddress! + b.origin, a.end - a.origin) == 0 }
            }
        }
    }
}
