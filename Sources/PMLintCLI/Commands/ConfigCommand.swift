import LintEngine
import MarkdownSyntax
import PostmortemModel

/// `pmlint config FILE`: the configuration that applies to FILE, value by value, each with
/// where it came from, found exactly as `pmlint lint FILE` finds it.
struct ConfigCommand: Command {
    static let name = "config"
    static let summary = "Show the effective configuration for a file and where each value came from."
    static let synopsis = "config FILE [--config FILE] [--profile NAME]"
    static let options: [OptionSpec] = [
        OptionSpec("--config", value: "FILE", "Use this configuration instead of looking for .pmlint.json."),
        OptionSpec("--profile", value: "NAME", "As for lint: a profile that wins over the document's own."),
    ]

    static func run(_ arguments: ParsedArguments, console: Console) throws(CommandError) -> ExitCode {
        guard arguments.positionals.count == 1, let path = arguments.positionals.first else {
            throw .usage("config takes exactly one file", command: name)
        }
        let absolute = PathName.absolute(path, in: console.currentDirectory)
        let resolver = ConfigurationResolver(explicitPath: arguments.value("--config"),
                                             overrides: ConfigurationOverrides(profile: arguments.value("--profile"), origin: "--profile"),
                                             currentDirectory: console.currentDirectory)
        let configuration: Configuration
        do throws(ConfigurationError) {
            configuration = try resolver.configuration(forFile: absolute)
        } catch {
            throw CommandError(error.description)
        }
        let requested = requestedProfile(of: absolute, configuration: configuration)
        console.print(entries(for: path, configuration: configuration, documentProfile: requested).joined(separator: "\n"))
        return .clean
    }

    /// The profile the document's front matter asks for, when it exists and asks.
    private static func requestedProfile(of path: String, configuration: Configuration) -> String? {
        guard let bytes = try? FileSystem.readFile(path).bytes, let source = try? SourceText(utf8: bytes) else { return nil }
        return PostmortemDocument(markdown: MarkdownDocument(parsing: source), options: configuration.modelOptions).requestedProfile
    }

    static func entries(for path: String, configuration: Configuration, documentProfile: String?) -> [String] {
        var rows: [(key: String, value: String, origin: String)] = []
        let origins = configuration.origins
        rows.append(("file", configuration.file ?? "none", configuration.file == nil ? "no .pmlint.json up to the repository root" : "found"))

        var profileName = configuration.defaultProfile
        var profileOrigin = origins["profile"] ?? "default"
        if let forced = configuration.profileOverride {
            profileName = forced
        } else if let documentProfile, configuration.profiles[documentProfile] != nil {
            profileName = documentProfile
            profileOrigin = "front matter of \(path)"
        }
        rows.append(("profile", profileName, profileOrigin))
        for requirement in configuration.profile(named: profileName).sections {
            let key = "sections.required.\(requirement.kind)"
            let from = configuration.origins[key] ?? configuration.origins["profiles.\(profileName)"] ?? "profile \(profileName)"
            rows.append(("sections.\(requirement.kind)", "\(JSONValue.quote(requirement.title)) \(requirement.level.rawValue)", from))
        }
        for (kind, aliases) in configuration.sectionAliases.sorted(by: { $0.key < $1.key }) {
            rows.append(("sections.aliases.\(kind)", JSONValue.array(aliases.map { JSONValue.string($0) }).description, origins["sections.aliases.\(kind)"] ?? "default"))
        }
        for rule in RuleRegistry.all.map({ $0.description }) {
            let setting = configuration.setting(for: rule.id)
            let prefix = "rules.\(rule.id)"
            rows.append(("\(prefix).enabled", String(setting.isEnabled ?? !rule.isOptIn), origins["\(prefix).enabled"] ?? "default"))
            rows.append(("\(prefix).severity", (setting.severity ?? rule.defaultSeverity).rawValue, origins["\(prefix).severity"] ?? "default"))
            let options = RuleOptions(defaults: rule.options, configured: setting.options)
            for option in rule.options {
                rows.append(("\(prefix).options.\(option.name)", options[option.name]!.description, origins["\(prefix).options.\(option.name)"] ?? "default"))
            }
        }
        let keyWidth = rows.map(\.key.count).max() ?? 0
        let valueWidth = rows.map(\.value.count).max() ?? 0
        return rows.map { row in
            row.key + String(repeating: " ", count: keyWidth - row.key.count) + "  " + row.value
                + String(repeating: " ", count: max(0, valueWidth - row.value.count)) + "  (" + row.origin + ")"
        }
    }
}
