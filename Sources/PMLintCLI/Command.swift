/// One `pmlint` subcommand. Adding a subcommand is writing one type that conforms and
/// listing it in `Commands.all`; help, dispatch and `pmlint help NAME` follow from it.
public protocol Command {
    static var name: String { get }
    /// One line, for `pmlint --help`.
    static var summary: String { get }
    /// The synopsis after `pmlint`, such as `explain RULE`.
    static var synopsis: String { get }
    /// What `pmlint help NAME` says beyond the synopsis and options; may be empty.
    static var details: String { get }
    static var options: [OptionSpec] { get }
    static func run(_ arguments: ParsedArguments, console: Console) throws(CommandError) -> ExitCode
}

extension Command {
    public static var details: String { "" }

    /// The command's full help text.
    static var help: String {
        var lines = ["Usage: pmlint \(synopsis)", "", summary]
        if !details.isEmpty { lines += ["", details] }
        let allOptions = options + [OptionSpec("--help", "Show this help.")]
        lines += ["", "Options:"]
        let labels = allOptions.map { $0.name + ($0.valueName.map { " " + $0 } ?? "") }
        let width = labels.map(\.count).max() ?? 0
        for (label, option) in zip(labels, allOptions) {
            lines.append("  " + label + String(repeating: " ", count: width - label.count + 2) + option.help)
        }
        return lines.joined(separator: "\n")
    }
}

/// Every subcommand, in the order `pmlint --help` lists them.
public enum Commands {
    public static var all: [any Command.Type] {
        [LintCommand.self, ExplainCommand.self, RulesCommand.self, MetricsCommand.self, ActionsCommand.self, ReportCommand.self, InitCommand.self,
         ConfigCommand.self, HelpCommand.self]
    }

    public static func named(_ name: String) -> (any Command.Type)? {
        all.first { $0.name == name }
    }
}
