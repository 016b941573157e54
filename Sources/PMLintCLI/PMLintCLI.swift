import LintEngine

/// The `pmlint` command line as a library, so that tests drive exactly what users run.
public enum PMLintCLI {
    /// Runs the command line and returns the process exit code.
    public static func main(arguments: [String], console: Console = .process) -> Int32 {
        do throws(CommandError) {
            return try run(arguments, console: console).rawValue
        } catch {
            console.printError(error.description)
            return ExitCode.failure.rawValue
        }
    }

    /// `pmlint CMD …`, `pmlint --version`, `pmlint --help`; anything else is `pmlint lint …`.
    static func run(_ arguments: [String], console: Console) throws(CommandError) -> ExitCode {
        guard let first = arguments.first else {
            return try invoke(LintCommand.self, [], console: console)
        }
        switch first {
        case "--version", "-V":
            console.print("pmlint \(PMLintVersion.current)")
            return .clean
        case "--help", "-h":
            console.print(HelpCommand.overview)
            return .clean
        default:
            if let command = Commands.named(first) {
                return try invoke(command, Array(arguments.dropFirst()), console: console)
            }
            return try invoke(LintCommand.self, arguments, console: console)
        }
    }

    private static func invoke(_ command: any Command.Type, _ arguments: [String], console: Console) throws(CommandError) -> ExitCode {
        if arguments.contains("--help") || arguments.contains("-h") {
            console.print(command.help)
            return .clean
        }
        let parsed = try ParsedArguments(arguments, specs: command.options, command: command.name)
        return try command.run(parsed, console: console)
    }
}
