import Foundation
import PMLintCLI

exit(PMLintCLI.main(arguments: Array(CommandLine.arguments.dropFirst())))
