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
/// empties it. One lint at a time; within it, each purpose is asked for by one rule.
public final class LintCache: @unchecked Sendable {
    /// One kind of result, by its name.
    struct Purpose<Value> {
        let name: String
    }

    private var configuration: Configuration?
    private var linkLabels: Set<String> = []
    private var tables: [String: AnyTable] = [:]
    private let lock = Lock()
    private var kept: [String: Any] = [:]

    public init() {}

    /// Starts a lint of `markdown` under `configuration`: results older than the last lint are
    /// dropped, and all of them when the configuration or the document's link definitions
    /// changed (a definition turns `[text][label]` elsewhere into a link).
    func beginLint(of markdown: MarkdownDocument, under configuration: Configuration) {
        if configuration != self.configuration || markdown.linkLabels != linkLabels {
            self.configuration = configuration
            linkLabels = markdown.linkLabels
            tables = [:]
        }
        for table in tables.values { table.beginLint() }
    }

    /// A value kept for the whole life of the cache, such as the lexicon whose ids cached
    /// results hold.
    func kept<Value>(_ purpose: Purpose<Value>) -> Value? {
        kept[purpose.name] as? Value
    }

    func keep<Value>(_ value: Value, for purpose: Purpose<Value>) {
        kept[purpose.name] = value
    }

    /// Forgets what was kept or stored for `purpose`.
    func discard<Value>(_ purpose: Purpose<Value>) {
        kept[purpose.name] = nil
        lock.withLock { tables[purpose.name] = nil }
    }

    /// The value `make` computes from `content` alone, computed only when this text was not
    /// seen in this lint or the previous one.
    /// - Parameter make: receives the offset positions are relative to (the content's first
    ///   byte), and must return a value with positions relative to it.
    func value<Value>(_ purpose: Purpose<Value>, of content: InlineContent, in source: SourceText,
                      _ make: (_ origin: Int) -> Value) -> Value {
        guard let span = content.span else { return make(0) }
        // Rules on two threads may ask at once, each for its own purpose: the list of
        // tables is shared, a table is not.
        let table = lock.withLock { () -> Table<Value> in
            if let known = tables[purpose.name] { return unsafeDowncast(known, to: Table<Value>.self) }
            let table = Table<Value>()
            tables[purpose.name] = table
            return table
        }
        return table.value(for: Key(source: source.bytes, segments: content.segments, origin: span.lowerBound)) { make(span.lowerBound) }
    }

    private class AnyTable {
        func beginLint() {}
    }

    private final class Table<Value>: AnyTable {
        private var previous: [Key: Value] = [:]
        private var current: [Key: Value] = [:]

        override func beginLint() {
            previous = current
            current = Dictionary(minimumCapacity: previous.count)
        }

        func value(for key: Key, _ make: () -> Value) -> Value {
            if let value = current[key] { return value }
            let value = previous[key] ?? make()
            current[key] = value
            return value
        }
    }

    /// A piece of text by its bytes and its lines relative to its first byte: the same bytes
    /// can be split into lines differently (a list item's indentation is not content).
    /// Hashed once, as a block of bytes, and compared with `memcmp`: byte by byte, and once
    /// per table probe, that would cost more than some of the scans it saves.
    private struct Key: Hashable {
        let source: [UInt8]
        let segments: [Range<Int>]
        let origin: Int
        private let hash: Int

        init(source: [UInt8], segments: [Range<Int>], origin: Int) {
            self.source = source
            self.segments = segments
            self.origin = origin
            var hasher = Hasher()
            source.withUnsafeBytes { hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: $0[origin..<segments.last!.upperBound])) }
            for segment in segments {
                hasher.combine(segment.lowerBound - origin)
                hasher.combine(segment.upperBound - origin)
            }
            hash = hasher.finalize()
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
