/// An option a command accepts. Flags take no value; the others take one (`--format json`
/// or `--format=json`).
public struct OptionSpec: Sendable {
    public var name: String
    /// Shown in help for options that take a value (`--format FORMAT`); nil for a flag.
    public var valueName: String?
    public var help: String

    public init(_ name: String, value valueName: String? = nil, _ help: String) {
        self.name = name
        self.valueName = valueName
        self.help = help
    }

    public var takesValue: Bool { valueName != nil }
}

/// A command's arguments, split into options and positional arguments.
public struct ParsedArguments: Sendable {
    public var positionals: [String] = []
    private var flags: Set<String> = []
    private var values: [String: String] = [:]

    /// Whether flag `--name` was given.
    public func has(_ name: String) -> Bool { flags.contains(name) }

    /// The value of `--name`, the last one given when it was repeated.
    public func value(_ name: String) -> String? { values[name] }

    /// Splits `arguments` by `specs`. `--` ends the options; a lone `-` is positional (stdin).
    public init(_ arguments: [String], specs: [OptionSpec], command: String) throws(CommandError) {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--" {
                positionals += arguments[index...]
                break
            }
            guard argument.hasPrefix("-"), argument != "-" else {
                positionals.append(argument)
                continue
            }
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            guard let spec = specs.first(where: { $0.name == name }) else {
                throw .usage("unknown option '\(name)' for '\(command)'", command: command)
            }
            if spec.takesValue {
                if let inlineValue {
                    values[name] = inlineValue
                } else if index < arguments.count {
                    values[name] = arguments[index]
                    index += 1
                } else {
                    throw .usage("option '\(name)' needs a value", command: command)
                }
            } else {
                guard inlineValue == nil else { throw .usage("option '\(name)' takes no value", command: command) }
                flags.insert(name)
            }
        }
    }

    /// The value of `--name` checked against `choices`.
    public func choice(_ name: String, from choices: [String], default defaultValue: String, command: String) throws(CommandError) -> String {
        guard let value = value(name) else { return defaultValue }
        guard choices.contains(value) else {
            throw .usage("'\(value)' is not a valid value for \(name) (allowed: \(choices.joined(separator: ", ")))", command: command)
        }
        return value
    }
}
