#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#else
import Darwin
#endif
import PMLintCLI

// Only the C library here: importing Foundation would load ICU at every start, and pre-commit
// starts pmlint once per file.
exit(PMLintCLI.main(arguments: Array(CommandLine.arguments.dropFirst())))
