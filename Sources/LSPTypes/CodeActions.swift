public struct CodeActionParams: Codable, Sendable {
    public var textDocument: TextDocumentIdentifier
    public var range: LSPRange
    public var context: CodeActionContext
}

public struct CodeActionContext: Codable, Sendable {
    public var diagnostics: [Diagnostic]
    public var only: [String]?
}

public struct CodeAction: Encodable, Sendable {
    public var title: String
    public var kind: String
    public var diagnostics: [Diagnostic]?
    public var isPreferred: Bool?
    public var edit: WorkspaceEdit

    public init(title: String, kind: String, diagnostics: [Diagnostic]?, isPreferred: Bool?, edit: WorkspaceEdit) {
        self.title = title
        self.kind = kind
        self.diagnostics = diagnostics
        self.isPreferred = isPreferred
        self.edit = edit
    }
}

/// Edits by document URI, or as document changes when a file must be created first.
public struct WorkspaceEdit: Encodable, Sendable {
    public var changes: [String: [TextEdit]]?
    public var documentChanges: [DocumentChange]?

    public init(changes: [String: [TextEdit]]) {
        self.changes = changes
        self.documentChanges = nil
    }

    public init(documentChanges: [DocumentChange]) {
        self.changes = nil
        self.documentChanges = documentChanges
    }
}

/// One step of a workspace edit: create a file, or edit a document.
public enum DocumentChange: Encodable, Sendable {
    case createFile(uri: String)
    case edit(uri: String, edits: [TextEdit])

    enum CodingKeys: String, CodingKey { case kind, uri, options, textDocument, edits }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .createFile(let uri):
            try container.encode("create", forKey: .kind)
            try container.encode(uri, forKey: .uri)
            // Never overwrite a file that appeared in the meantime.
            try container.encode(["ignoreIfExists": true], forKey: .options)
        case .edit(let uri, let edits):
            try container.encode(OptionalVersionedTextDocumentIdentifier(uri: uri), forKey: .textDocument)
            try container.encode(edits, forKey: .edits)
        }
    }

    /// A document named without a version: the file on disk, not an open buffer.
    private struct OptionalVersionedTextDocumentIdentifier: Encodable {
        var uri: String

        enum CodingKeys: String, CodingKey { case uri, version }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(uri, forKey: .uri)
            try container.encodeNil(forKey: .version)
        }
    }
}
