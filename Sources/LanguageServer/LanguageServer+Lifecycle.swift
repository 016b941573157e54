import Foundation
import JSONRPC
import LintEngine
import LSPTypes

extension LanguageServer {
    static let version = "0.1.0"
    /// The pmlint configuration file, watched for changes in every workspace folder.
    static let configurationGlob = "**/.pmlint.json"

    func initialize(_ message: IncomingMessage) throws(ResponseError) -> InitializeResult {
        guard phase == .waitingForInitialize else { throw .invalidRequest("initialize was already received") }
        let params = try message.params(as: InitializeParams.self)
        let capabilities = params.capabilities
        encoding = PositionEncoding.negotiate(offered: capabilities.general?.positionEncodings)
        client.pullsDiagnostics = capabilities.textDocument?.diagnostic != nil
        client.refreshesDiagnostics = capabilities.workspace?.diagnostics?.refreshSupport == true
        client.snippets = capabilities.textDocument?.completion?.completionItem?.snippetSupport == true
        client.asksForConfiguration = capabilities.workspace?.configuration == true
        client.registersWatchers = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration == true
        let workspaceEdit = capabilities.workspace?.workspaceEdit
        client.createsFiles = workspaceEdit?.documentChanges == true && workspaceEdit?.resourceOperations?.contains("create") == true
        let folders = params.workspaceFolders?.map(\.uri) ?? params.rootUri.map { [$0] } ?? []
        workspaceOwners = WorkspaceOwners(folders: folders.compactMap(FileLocation.path(of:)))
        if let options = try message.params(as: PMLintInitializeParams.self).initializationOptions {
            apply(options)
        }
        phase = .running
        // The phrase lists compile while the editor sends the first document.
        DispatchQueue.global().async { Linter.compileBuiltInLists() }
        let server = ServerCapabilities(
            positionEncoding: encoding.rawValue,
            textDocumentSync: TextDocumentSyncOptions(openClose: true, change: 2, save: !client.registersWatchers),
            diagnosticProvider: client.pullsDiagnostics
                ? DiagnosticOptions(identifier: "pmlint", interFileDependencies: false, workspaceDiagnostics: false) : nil,
            codeActionProvider: CodeActionOptions(codeActionKinds: ["quickfix", CodeActionKinds.fixAll]),
            completionProvider: settings.completion == false
                ? nil : CompletionOptions(triggerCharacters: ["#", "@", ":", "|"], resolveProvider: true),
            hoverProvider: true,
            documentSymbolProvider: settings.documentSymbols != false,
            foldingRangeProvider: settings.folding != false,
            inlayHintProvider: true,
            codeLensProvider: CodeLensOptions(resolveProvider: false))
        return InitializeResult(capabilities: server, serverInfo: ServerInfo(name: "pmlint-lsp", version: Self.version))
    }

    /// After `initialized`: fetch the editor's settings, and ask to hear about config files.
    func didInitialize() {
        if client.asksForConfiguration { requestSettings() }
        if client.registersWatchers {
            let options = DidChangeWatchedFilesRegistrationOptions(watchers: [FileSystemWatcher(globPattern: Self.configurationGlob)])
            let registration = Registration(id: "pmlint-configuration-files", method: "workspace/didChangeWatchedFiles",
                                            registerOptions: options)
            connection.request("client/registerCapability", RegistrationParams(registrations: [registration])) { _ in }
        }
    }

    func requestSettings() {
        let params = ConfigurationParams(items: [ConfigurationItem(scopeUri: nil, section: "pmlint")])
        connection.request("workspace/configuration", params) { [weak self] reply in
            // A null answer means the client has no pmlint section: the settings given at
            // `initialize` stay.
            guard let self, let values = reply.result(as: [ClientSettings?].self), let first = values.first, let settings = first
            else { return }
            self.apply(settings)
        }
    }

    func didChangeConfiguration(_ params: DidChangeConfigurationParams) {
        if let pushed = params.settings?.pmlint {
            apply(pushed)
        } else if client.asksForConfiguration {
            requestSettings()
        }
    }

    /// Takes new settings and lints every open document again under them.
    func apply(_ newSettings: ClientSettings) {
        guard newSettings != settings else { return }
        settings = newSettings
        resolver = ConfigurationResolver(overrides: settings.overrides, today: Clock.today)
        configurationChanged()
    }

    /// Every open document's diagnostics are out of date: lint again (push), or tell the
    /// client to ask again (pull).
    func configurationChanged() {
        resolver.invalidate()
        clearConfigurationErrors()
        for uri in documents.keys { documentChanged(uri) }
        if client.pullsDiagnostics && client.refreshesDiagnostics {
            connection.request("workspace/diagnostic/refresh")
        }
    }

    /// A client that cannot watch files still saves documents: each save reads the
    /// configuration files again, so a changed `.pmlint.json` applies without a restart.
    func didSave() {
        if !client.registersWatchers { configurationChanged() }
    }

    func didChangeWatchedFiles(_ params: DidChangeWatchedFilesParams) {
        if params.changes.contains(where: { $0.uri.hasSuffix("/.pmlint.json") }) { configurationChanged() }
    }

    /// The configuration a document is linted with: the nearest `.pmlint.json` under the
    /// editor's settings, resolved exactly as the command line does. A broken configuration
    /// is reported on its file and in a message, and the document is linted with defaults.
    func configuration(for uri: String) -> Configuration {
        do {
            return try resolver.configuration(forFile: FileLocation.path(of: uri))
        } catch {
            report(error)
            return Configuration(today: Clock.today)
        }
    }
}

/// The code action kinds pmlint offers.
enum CodeActionKinds {
    static let quickFix = "quickfix"
    static let fixAll = "source.fixAll.pmlint"
}
