public struct CompletionItem: Codable, Sendable {
    public var label: String
    /// 15 snippet, 12 value, 17 file, 21 constant, 18 reference…
    public var kind: Int?
    public var detail: String?
    public var documentation: MarkupContent?
    public var sortText: String?
    public var filterText: String?
    public var insertText: String?
    /// 1 plain text, 2 snippet.
    public var insertTextFormat: Int?
    public var textEdit: TextEdit?
    /// What `completionItem/resolve` needs to fill in the rest.
    public var data: CompletionData?

    public init(label: String, kind: Int?, detail: String? = nil, documentation: MarkupContent? = nil, sortText: String? = nil,
                filterText: String? = nil, insertText: String? = nil, insertTextFormat: Int? = nil, textEdit: TextEdit? = nil,
                data: CompletionData? = nil) {
        self.label = label
        self.kind = kind
        self.detail = detail
        self.documentation = documentation
        self.sortText = sortText
        self.filterText = filterText
        self.insertText = insertText
        self.insertTextFormat = insertTextFormat
        self.textEdit = textEdit
        self.data = data
    }
}

/// pmlint's key for a lazily resolved completion item.
public struct CompletionData: Codable, Sendable {
    public var template: String

    public init(template: String) { self.template = template }
}

public struct CompletionList: Codable, Sendable {
    public var isIncomplete: Bool
    public var items: [CompletionItem]

    public init(isIncomplete: Bool, items: [CompletionItem]) {
        self.isIncomplete = isIncomplete
        self.items = items
    }
}
