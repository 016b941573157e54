/// `initialize` params: only the parts pmlint reads.
public struct InitializeParams: Codable, Sendable {
    public var processId: Int?
    public var rootUri: String?
    public var workspaceFolders: [WorkspaceFolder]?
    public var capabilities: ClientCapabilities

    public init(processId: Int? = nil, rootUri: String? = nil, workspaceFolders: [WorkspaceFolder]? = nil, capabilities: ClientCapabilities) {
        self.processId = processId
        self.rootUri = rootUri
        self.workspaceFolders = workspaceFolders
        self.capabilities = capabilities
    }
}

public struct WorkspaceFolder: Codable, Sendable {
    public var uri: String
    public var name: String
}

public struct ClientCapabilities: Codable, Sendable {
    public var general: General?
    public var textDocument: TextDocument?
    public var workspace: Workspace?

    public struct General: Codable, Sendable {
        public var positionEncodings: [String]?
    }

    public struct TextDocument: Codable, Sendable {
        /// Present when the client pulls diagnostics.
        public var diagnostic: DynamicRegistration?
        public var completion: Completion?
        public var codeAction: DynamicRegistration?
    }

    public struct Workspace: Codable, Sendable {
        public var configuration: Bool?
        public var didChangeWatchedFiles: DynamicRegistration?
        public var diagnostics: Refresh?
        public var workspaceEdit: WorkspaceEditCapabilities?
    }

    public struct DynamicRegistration: Codable, Sendable {
        public var dynamicRegistration: Bool?
    }

    public struct Refresh: Codable, Sendable {
        public var refreshSupport: Bool?
    }

    public struct WorkspaceEditCapabilities: Codable, Sendable {
        public var documentChanges: Bool?
        public var resourceOperations: [String]?
    }

    public struct Completion: Codable, Sendable {
        public var completionItem: CompletionItemCapabilities?
    }

    public struct CompletionItemCapabilities: Codable, Sendable {
        public var snippetSupport: Bool?
    }
}

public struct InitializeResult: Codable, Sendable {
    public var capabilities: ServerCapabilities
    public var serverInfo: ServerInfo

    public init(capabilities: ServerCapabilities, serverInfo: ServerInfo) {
        self.capabilities = capabilities
        self.serverInfo = serverInfo
    }
}

public struct ServerInfo: Codable, Sendable {
    public var name: String
    public var version: String

    public init(name: String, version: String) {
        self.name = name
        self.version = version
    }
}

public struct ServerCapabilities: Codable, Sendable {
    public var positionEncoding: String
    public var textDocumentSync: TextDocumentSyncOptions
    public var diagnosticProvider: DiagnosticOptions?
    public var codeActionProvider: CodeActionOptions
    public var completionProvider: CompletionOptions?
    public var hoverProvider: Bool
    public var documentSymbolProvider: Bool
    public var foldingRangeProvider: Bool
    public var inlayHintProvider: Bool
    public var codeLensProvider: CodeLensOptions

    public init(positionEncoding: String, textDocumentSync: TextDocumentSyncOptions, diagnosticProvider: DiagnosticOptions?,
                codeActionProvider: CodeActionOptions, completionProvider: CompletionOptions?, hoverProvider: Bool,
                documentSymbolProvider: Bool, foldingRangeProvider: Bool, inlayHintProvider: Bool, codeLensProvider: CodeLensOptions) {
        self.positionEncoding = positionEncoding
        self.textDocumentSync = textDocumentSync
        self.diagnosticProvider = diagnosticProvider
        self.codeActionProvider = codeActionProvider
        self.completionProvider = completionProvider
        self.hoverProvider = hoverProvider
        self.documentSymbolProvider = documentSymbolProvider
        self.foldingRangeProvider = foldingRangeProvider
        self.inlayHintProvider = inlayHintProvider
        self.codeLensProvider = codeLensProvider
    }
}

public struct TextDocumentSyncOptions: Codable, Sendable {
    public var openClose: Bool
    /// 2: incremental.
    public var change: Int
    public var save: Bool

    public init(openClose: Bool, change: Int, save: Bool) {
        self.openClose = openClose
        self.change = change
        self.save = save
    }
}

public struct DiagnosticOptions: Codable, Sendable {
    public var identifier: String
    public var interFileDependencies: Bool
    public var workspaceDiagnostics: Bool

    public init(identifier: String, interFileDependencies: Bool, workspaceDiagnostics: Bool) {
        self.identifier = identifier
        self.interFileDependencies = interFileDependencies
        self.workspaceDiagnostics = workspaceDiagnostics
    }
}

public struct CodeActionOptions: Codable, Sendable {
    public var codeActionKinds: [String]

    public init(codeActionKinds: [String]) { self.codeActionKinds = codeActionKinds }
}

public struct CodeLensOptions: Codable, Sendable {
    public var resolveProvider: Bool

    public init(resolveProvider: Bool) { self.resolveProvider = resolveProvider }
}

public struct CompletionOptions: Codable, Sendable {
    public var triggerCharacters: [String]
    public var resolveProvider: Bool

    public init(triggerCharacters: [String], resolveProvider: Bool) {
        self.triggerCharacters = triggerCharacters
        self.resolveProvider = resolveProvider
    }
}

public struct SetTraceParams: Codable, Sendable {
    public var value: String
}
