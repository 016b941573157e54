/// YAML front matter between `---` lines at the very start of a document, read as simple
/// `key: value` pairs, nested one level (a mapping or a `- item` sequence under a key).
/// Anything more elaborate is kept as raw text in `value`.
public struct FrontMatter: Sendable, Equatable {
    public var entries: [FrontMatterEntry]

    public init(entries: [FrontMatterEntry]) { self.entries = entries }

    /// The first top-level entry whose key equals `key`, ignoring case.
    public func entry(_ key: String) -> FrontMatterEntry? {
        let wanted = key.lowercased()
        return entries.first { $0.key.lowercased() == wanted }
    }
}

public struct FrontMatterEntry: Sendable, Equatable {
    /// The key as written; empty for an item of a sequence (`- value`).
    public var key: String
    public var keyRange: Range<Int>
    /// The scalar value with quotes removed; empty when the value is nested below.
    public var value: String
    /// The value as written (quotes included); empty at the end of the key when absent.
    public var valueRange: Range<Int>
    /// Nested entries: a mapping's entries, or a sequence's items (with empty keys).
    /// An inline sequence `[a, b]` is also split into items here.
    public var children: [FrontMatterEntry]

    public init(key: String, keyRange: Range<Int>, value: String, valueRange: Range<Int>, children: [FrontMatterEntry] = []) {
        self.key = key
        self.keyRange = keyRange
        self.value = value
        self.valueRange = valueRange
        self.children = children
    }
}
