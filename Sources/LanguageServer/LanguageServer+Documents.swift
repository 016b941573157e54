import JSONRPC
import LintEngine
import LSPTypes

extension LanguageServer {
    func didOpen(_ params: DidOpenTextDocumentParams) {
        let item = params.textDocument
        // A client that sends every document (its selector is wider than Markdown) may send
        // the configuration file itself, which is JSON, not a postmortem.
        guard !item.uri.hasSuffix(".json") else { return }
        documents[item.uri] = OpenDocument(uri: item.uri, version: item.version, text: item.text, revision: nextRevision())
        documentChanged(item.uri)
    }

    /// Applies incremental changes. A change to a document that is not open, or one whose
    /// version is not newer than the text we hold, is logged and dropped: applying it would
    /// put the buffer out of step with the editor.
    func didChange(_ params: DidChangeTextDocumentParams) {
        let uri = params.textDocument.uri
        guard var document = documents[uri] else {
            connection.log("ignored a change to \(uri), which is not open")
            return
        }
        guard params.textDocument.version > document.version else {
            connection.log("ignored a stale change to \(uri) (version \(params.textDocument.version), have \(document.version))")
            return
        }
        for change in params.contentChanges { document.apply(change, encoding: encoding) }
        document.version = params.textDocument.version
        documents[uri] = document
        documentChanged(uri)
    }

    func didClose(_ params: DocumentParams) {
        let uri = params.textDocument.uri
        guard documents.removeValue(forKey: uri) != nil else { return }
        unpublished.remove(uri)
        if !client.pullsDiagnostics {
            connection.notify("textDocument/publishDiagnostics", PublishDiagnosticsParams(uri: uri, version: nil, diagnostics: []))
        }
    }

    /// Marks the document's diagnostics out of date; pushed ones are sent when the input is drained.
    func documentChanged(_ uri: String) {
        documents[uri]?.revision = nextRevision()
        if !client.pullsDiagnostics { unpublished.insert(uri) }
    }

    /// Pushes diagnostics for every changed document. Runs only when no input is waiting, so
    /// what it lints is the latest text.
    func publishDiagnostics() {
        for uri in unpublished.sorted() {
            guard let document = documents[uri], let lint = lint(uri) else { continue }
            connection.notify("textDocument/publishDiagnostics",
                              PublishDiagnosticsParams(uri: uri, version: document.version, diagnostics: lint.diagnostics))
        }
        unpublished.removeAll()
    }

    /// The lint of the document's current revision, computed at most once per revision.
    func lint(_ uri: String) -> LintSnapshot? {
        guard let document = documents[uri] else { return nil }
        if let lint = document.lint, lint.revision == document.revision { return lint }
        let configuration = configuration(for: uri)
        var linter = Linter(configuration: configuration)
        // Someone is waiting for this one document: both cores work on it.
        linter.runsRuleGroupsInParallel = true
        let result = linter.lint(document.source, reusing: document.cache)
        let converter = PositionConverter(source: document.source, encoding: encoding)
        let diagnostics = result.diagnostics.map {
            DiagnosticTranslation.translate($0, converter: converter, documentation: configuration.ruleDocumentation)
        }
        let snapshot = LintSnapshot(revision: document.revision, result: result, diagnostics: diagnostics)
        documents[uri]?.lint = snapshot
        return snapshot
    }

    /// `textDocument/diagnostic`: the revision is the result id, so an unchanged document
    /// answers `unchanged` without linting.
    func pullDiagnostics(_ params: DocumentDiagnosticParams) throws(ResponseError) -> DocumentDiagnosticReport {
        let uri = params.textDocument.uri
        let resultID = String(try document(uri).revision)
        if params.previousResultId == resultID { return .unchanged(resultId: resultID) }
        return .full(resultId: resultID, items: lint(uri)?.diagnostics ?? [])
    }

    /// The lint and position converter of an open document, for the feature requests.
    func analysis(_ uri: String) throws(ResponseError) -> (lint: LintSnapshot, converter: PositionConverter) {
        let document = try document(uri)
        // An open document always lints.
        let lint = lint(uri)!
        return (lint, PositionConverter(source: document.source, encoding: encoding))
    }
}
