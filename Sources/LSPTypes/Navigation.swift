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

public struct InlayHintParams: Codable, Sendable {
    public var textDocument: TextDocumentIdentifier
    public var range: LSPRange
}

public struct InlayHint: Codable, Sendable {
    public var position: Position
    public var label: String
    public var paddingLeft: Bool

    public init(position: Position, label: String, paddingLeft: Bool) {
        self.position = position
        self.label = label
        self.paddingLeft = paddingLeft
    }
}

public struct CodeLens: Codable, Sendable {
    public var range: LSPRange
    public var command: Command

    public init(range: LSPRange, command: Command) {
        self.range = range
        self.command = command
    }
}

/// A command shown by a code lens. pmlint's lenses only inform, so their command does nothing.
public struct Command: Codable, Sendable {
    public var title: String
    public var command: String

    public init(title: String, command: String) {
        self.title = title
        self.command = command
    }
}
