import Foundation
import JSONRPC
import LintEngine
import LSPTypes
import PostmortemModel

/// The pmlint language server: reads framed messages from `input`, answers on `output`.
///
/// Everything runs on one loop. The loop handles every message that has arrived, and lints
/// only when no input is waiting, so a burst of edits costs one lint of the latest text, and
/// a result can never be older than the text it is published for.
public final class LanguageServer {
    public struct Options: Sendable {
        /// Bodies above this size are rejected with an error (64 MB by default).
        public var maxMessageSize: Int
        /// Where the log goes: standard error, or a file for a server run inside another program.
        public var logDescriptor: Int32

        public init(maxMessageSize: Int = 64 * 1024 * 1024, logDescriptor: Int32 = FileHandle.standardError.fileDescriptor) {
            self.maxMessageSize = maxMessageSize
            self.logDescriptor = logDescriptor
        }
    }

    enum Phase {
        case waitingForInitialize
        case running
        case shutDown
    }

    /// What the client said it can do, read once from `initialize`.
    struct ClientFacts {
        var pullsDiagnostics = false
        var refreshesDiagnostics = false
        var snippets = false
        var asksForConfiguration = false
        var registersWatchers = false
        /// Whether a workspace edit may create a file (for a first `.pmlint.json`).
        var createsFiles = false
    }

    let connection: Connection
    private let queue: MessageQueue
    var phase = Phase.waitingForInitialize
    var encoding = PositionEncoding.utf16
    var client = ClientFacts()
    var settings = ClientSettings()
    var resolver = ConfigurationResolver(today: Clock.today)
    /// Owners used in the workspace folders named at `initialize`.
    var workspaceOwners = WorkspaceOwners(folders: [])
    /// Configuration files found broken, with the problem reported for each.
    var brokenConfigurations: [String: String] = [:]
    var documents: [String: OpenDocument] = [:]
    /// Documents whose diagnostics must be pushed once the input is drained.
    var unpublished: Set<String> = []
    private var lastRevision = 0

    public init(input: Int32, output: Int32, options: Options = Options()) {
        connection = Connection(output: output, log: options.logDescriptor)
        queue = MessageQueue.reading(descriptor: input, maxBodySize: options.maxMessageSize)
    }

    /// Serves until `exit` or the end of input; returns the process exit code
    /// (0 after `shutdown`, 1 otherwise).
    public func run() -> Int32 {
        while true {
            let events = queue.takeAll(wait: unpublished.isEmpty)
            if events.isEmpty {
                publishDiagnostics()
                continue
            }
            if let exitCode = handle(events) { return exitCode }
            if connection.isClosed { return 1 }
        }
    }

    /// A fresh revision number for a changed document or configuration.
    func nextRevision() -> Int {
        lastRevision += 1
        return lastRevision
    }

    private var exitCode: Int32 { phase == .shutDown ? 0 : 1 }

    /// Handles a batch in order; returns an exit code when the server must stop.
    private func handle(_ events: [FrameEvent]) -> Int32? {
        var messages: [Result<IncomingMessage, IncomingMessageError>] = []
        var endReason: String?? = nil
        for event in events {
            switch event {
            case .message(let body):
                do { messages.append(.success(try IncomingMessage(body: body))) } catch { messages.append(.failure(error)) }
            case .malformed(let problem):
                messages.append(.failure(IncomingMessageError(id: nil, error: .parseError(problem))))
            case .end(let cutOff):
                endReason = .some(cutOff)
            }
        }
        let cancelled = cancelledRequests(in: messages)
        for message in messages {
            switch message {
            case .failure(let failure):
                connection.log(failure.error.message)
                connection.fail(failure.id, with: failure.error)
            case .success(let message):
                if let exitCode = handle(message, cancelled: cancelled) { return exitCode }
            }
        }
        if case .some(let cutOff) = endReason {
            if let cutOff { connection.log(cutOff) }
            return exitCode
        }
        return nil
    }

    /// The ids of `$/cancelRequest` notifications in a batch, so that requests still waiting
    /// in the same batch are answered with `-32800` instead of being worked on.
    private func cancelledRequests(in messages: [Result<IncomingMessage, IncomingMessageError>]) -> Set<RequestID> {
        var ids: Set<RequestID> = []
        for case .success(let message) in messages where message.kind == .notification(method: "$/cancelRequest") {
            if let params = try? message.params(as: CancelParams.self) { ids.insert(params.id) }
        }
        return ids
    }

    private func handle(_ message: IncomingMessage, cancelled: Set<RequestID>) -> Int32? {
        switch message.kind {
        case .response(let id, _):
            connection.receiveReply(message, id: id)
        case .notification(let method):
            if method == "exit" { return exitCode }
            guard phase == .running else { return nil }
            do {
                try notice(method, message)
            } catch {
                connection.log("\(method): \(error.message)")
            }
        case .request(let id, let method):
            if cancelled.contains(id) {
                connection.fail(id, with: .requestCancelled)
            } else if phase == .waitingForInitialize && method != "initialize" {
                connection.fail(id, with: .serverNotInitialized)
            } else if phase == .shutDown {
                connection.fail(id, with: .invalidRequest("the server is shutting down"))
            } else {
                do {
                    connection.reply(to: id, with: try answer(method, message))
                } catch {
                    connection.fail(id, with: error)
                }
            }
        }
        return nil
    }

    /// The answer to one request.
    private func answer(_ method: String, _ message: IncomingMessage) throws(ResponseError) -> any Encodable {
        switch method {
        case "initialize": return try initialize(message)
        case "shutdown":
            phase = .shutDown
            return Int?.none
        case "textDocument/diagnostic": return try pullDiagnostics(message.params(as: DocumentDiagnosticParams.self))
        case "textDocument/codeAction": return try codeActions(message.params(as: CodeActionParams.self))
        case "textDocument/completion": return try completions(message.params(as: TextDocumentPositionParams.self))
        case "completionItem/resolve": return resolve(try message.params(as: CompletionItem.self))
        case "textDocument/hover": return try hover(message.params(as: TextDocumentPositionParams.self))
        case "textDocument/documentSymbol": return try documentSymbols(message.params(as: DocumentParams.self))
        case "textDocument/foldingRange": return try foldingRanges(message.params(as: DocumentParams.self))
        case "textDocument/inlayHint": return try inlayHints(message.params(as: InlayHintParams.self))
        case "textDocument/codeLens": return try codeLenses(message.params(as: DocumentParams.self))
        default: throw .methodNotFound(method)
        }
    }

    /// Reacts to one notification. Unknown ones are ignored, as LSP asks.
    private func notice(_ method: String, _ message: IncomingMessage) throws(ResponseError) {
        switch method {
        case "initialized": didInitialize()
        case "textDocument/didOpen": didOpen(try message.params(as: DidOpenTextDocumentParams.self))
        case "textDocument/didChange": didChange(try message.params(as: DidChangeTextDocumentParams.self))
        case "textDocument/didClose": didClose(try message.params(as: DocumentParams.self))
        case "workspace/didChangeConfiguration": didChangeConfiguration(try message.params(as: DidChangeConfigurationParams.self))
        case "workspace/didChangeWatchedFiles": didChangeWatchedFiles(try message.params(as: DidChangeWatchedFilesParams.self))
        case "textDocument/didSave": didSave()
        default: break  // $/setTrace, $/cancelRequest (handled per batch), and anything new.
        }
    }

    /// The open document at `uri`, or an error naming it.
    func document(_ uri: String) throws(ResponseError) -> OpenDocument {
        guard let document = documents[uri] else { throw .invalidParams("\(uri) is not open") }
        return document
    }

    /// `$/cancelRequest` params.
    private struct CancelParams: Decodable {
        var id: RequestID
    }
}
