import Foundation
import JSONRPC
import LSPTypes

/// Our side of the conversation: answers, notifications, requests to the client and their
/// replies, and the log. Only this type writes to the output descriptor.
final class Connection {
    private let writer: FrameWriter
    private let logFile: FileHandle
    private var nextRequestID = 1
    private var replyHandlers: [RequestID: (IncomingMessage) -> Void] = [:]
    /// Set once a write fails: the client has gone and the server should stop.
    private(set) var isClosed = false

    init(output: Int32, log: Int32) {
        writer = FrameWriter(descriptor: output)
        logFile = FileHandle(fileDescriptor: log, closeOnDealloc: false)
    }

    func reply(to id: RequestID, with result: some Encodable) {
        send(OutgoingMessage.response(id: id, result: result))
    }

    func fail(_ id: RequestID?, with error: ResponseError) {
        send(OutgoingMessage.error(id: id, error))
    }

    func notify(_ method: String, _ params: some Encodable) {
        send(OutgoingMessage.notification(method: method, params: params))
    }

    /// Sends a request to the client; `onReply` runs when its answer arrives.
    func request(_ method: String, _ params: some Encodable, onReply: @escaping (IncomingMessage) -> Void) {
        send(OutgoingMessage.request(id: register(onReply), method: method, params: params))
    }

    /// Sends a request without params, whose answer does not matter.
    func request(_ method: String) {
        send(OutgoingMessage.request(id: register { _ in }, method: method))
    }

    private func register(_ onReply: @escaping (IncomingMessage) -> Void) -> RequestID {
        let id = RequestID.number(nextRequestID)
        nextRequestID += 1
        replyHandlers[id] = onReply
        return id
    }

    /// Routes a reply from the client to the request that asked for it.
    func receiveReply(_ message: IncomingMessage, id: RequestID) {
        guard let handler = replyHandlers.removeValue(forKey: id) else {
            log("a reply to unknown request \(id) was ignored")
            return
        }
        handler(message)
    }

    /// Logs to the log descriptor (standard error): standard output carries only protocol frames.
    func log(_ text: String) {
        logFile.write(Data("pmlint-lsp: \(text)\n".utf8))
    }

    /// Logs, and shows the message in the editor too.
    func show(_ text: String, type: Int) {
        log(text)
        notify("window/showMessage", MessageParams(type: type, message: text))
    }

    private func send(_ body: Data) {
        guard !isClosed else { return }
        if !writer.send(body) {
            isClosed = true
            log("the client closed its input; stopping")
        }
    }
}
