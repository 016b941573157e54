/// The process exit codes, documented in the README.
public enum ExitCode: Int32, Sendable {
    /// No finding fails the run (warnings within `--max-warnings`, none with `--strict`).
    case clean = 0
    /// Findings at error severity, or warnings past `--strict` / `--max-warnings`.
    case findings = 1
    /// A usage, configuration or I/O error: nothing reliable was linted.
    case failure = 2
}

/// A problem that ends a command with exit 2, reported as one line on standard error.
public struct CommandError: Error, Sendable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) { self.description = description }

    /// A mistake in how pmlint was called; points at the help.
    public static func usage(_ problem: String, command: String? = nil) -> CommandError {
        CommandError("pmlint: \(problem) (see `pmlint help\(command.map { " " + $0 } ?? "")`)")
    }

    /// No Markdown file under `paths`: most likely a wrong path, which must not pass silently
    /// in CI. `verb` says what the command would have done with one ("lint", "read").
    static func nothingFound(in paths: [String], toVerb verb: String) -> CommandError {
        CommandError("pmlint: no Markdown file to \(verb) in \(paths.joined(separator: ", ")) (none found, or all ignored); "
                     + "pass --allow-empty if that is expected")
    }
}
