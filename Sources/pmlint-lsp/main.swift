import Foundation
import LanguageServer
import LintEngine

// A client that dies mid-write must not kill the server with SIGPIPE: the write fails and
// the server stops cleanly instead.
signal(SIGPIPE, SIG_IGN)

let usage = "Usage: pmlint-lsp [--stdio] [--max-message-size BYTES]"
let help = """
    \(usage)

    The pmlint language server: diagnostics, quick fixes and completion for incident
    postmortems in Markdown, spoken over standard input and output. Editors start it; it
    is not meant to be run by hand.

    Options:
      --stdio                    Talk over standard input and output (the only transport; accepted
                                 because editors pass it).
      --max-message-size BYTES   Refuse messages larger than this.
      --version, -V              Show the version.
      --help, -h                 Show this help.
    """

var options = LanguageServer.Options()
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--stdio": break
    case "--version", "-V":
        print("pmlint-lsp \(PMLintVersion.current)")
        exit(0)
    case "--help", "-h":
        print(help)
        exit(0)
    case "--max-message-size":
        guard let value = arguments.popFirst().flatMap(Int.init), value > 0 else {
            FileHandle.standardError.write(Data("pmlint-lsp: --max-message-size needs a positive number of bytes (see `pmlint-lsp --help`)\n".utf8))
            exit(2)
        }
        options.maxMessageSize = value
    default:
        FileHandle.standardError.write(Data("pmlint-lsp: unknown argument \(argument) (see `pmlint-lsp --help`)\n".utf8))
        exit(2)
    }
}
exit(LanguageServer(input: 0, output: 1, options: options).run())
