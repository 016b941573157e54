import Foundation
import LanguageServer

// A client that dies mid-write must not kill the server with SIGPIPE: the write fails and
// the server stops cleanly instead.
signal(SIGPIPE, SIG_IGN)

var options = LanguageServer.Options()
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--stdio": break  // The only transport; editors pass it anyway.
    case "--max-message-size":
        guard let value = arguments.popFirst().flatMap(Int.init), value > 0 else {
            FileHandle.standardError.write(Data("pmlint-lsp: --max-message-size needs a positive number of bytes\n".utf8))
            exit(2)
        }
        options.maxMessageSize = value
    default:
        FileHandle.standardError.write(Data("pmlint-lsp: unknown argument \(argument) (usage: pmlint-lsp [--stdio] [--max-message-size BYTES])\n".utf8))
        exit(2)
    }
}
exit(LanguageServer(input: 0, output: 1, options: options).run())
