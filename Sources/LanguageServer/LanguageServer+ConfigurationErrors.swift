import LintEngine
import LSPTypes

extension LanguageServer {
    /// Shows a broken configuration once: as a diagnostic on the file (when it is a file)
    /// and as a message. The server goes on with defaults.
    func report(_ error: ConfigurationError) {
        guard brokenConfigurations[error.path] != error.description else { return }
        brokenConfigurations[error.path] = error.description
        connection.show("pmlint configuration: \(error.description)", type: 1)
        guard let uri = FileLocation.uri(ofPath: error.path) else { return }
        let start = Position(line: 0, character: 0)
        let diagnostic = LSPTypes.Diagnostic(range: LSPRange(start: start, end: start), severity: 1, code: nil, codeDescription: nil,
                                             source: DiagnosticTranslation.source, message: error.description, data: nil)
        connection.notify("textDocument/publishDiagnostics", PublishDiagnosticsParams(uri: uri, version: nil, diagnostics: [diagnostic]))
    }

    /// Clears the diagnostics of configuration files before they are read again.
    func clearConfigurationErrors() {
        for path in brokenConfigurations.keys.sorted() {
            guard let uri = FileLocation.uri(ofPath: path) else { continue }
            connection.notify("textDocument/publishDiagnostics", PublishDiagnosticsParams(uri: uri, version: nil, diagnostics: []))
        }
        brokenConfigurations.removeAll()
    }
}
