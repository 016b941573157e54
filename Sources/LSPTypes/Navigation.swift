public struct Hover: Codable, Sendable {
    public var contents: MarkupContent
    public var range: LSPRange?

    public init(contents: MarkupContent, range: LSPRange?) {
        self.contents = contents
        self.range = range
    }
}

public struct DocumentSymbol: Codable, Sendable {
    public var name: String
    public var detail: String?
    /// 15 string, 3 namespace, 23 struct…
    public var kind: Int
    public var range: LSPRange
    public var selectionRange: LSPRange
    public var children: [DocumentSymbol]

    public init(name: String, detail: String?, kind: Int, range: LSPRange, selectionRange: LSPRange, children: [DocumentSymbol]) {
        self.name = name
        self.detail = detail
        self.kind = kind
        self.range = range
        self.selectionRange = selectionRange
        self.children = children
    }
}

public struct FoldingRange: Codable, Sendable, Equatable {
    public var startLine: Int
    public var endLine: Int
    /// `comment`, `imports` or `region`; nil for an ordinary block.
    public var kind: String?

    public init(startLine: Int, endLine: Int, kind: String?) {
        self.startLine = startLine
        self.endLine = endLine
        self.kind = kind
    }
}
