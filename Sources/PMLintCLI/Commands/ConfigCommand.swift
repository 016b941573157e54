import LintEngine
import MarkdownSyntax
import PostmortemModel

/// `pmlint config FILE`: the configuration that applies to FILE, found exactly as `pmlint
/// lint FILE` finds it: by default what differs from the defaults, each value with where it
/// came from; `--all` every value, `--rule NAME` one rule's.
struct ConfigCommand: Command {
    static let name = "config"
    static let summary = "Show the configuration for a file that differs from the defaults, and where each value came from."
    static let synopsis = "config FILE [--all] [--rule NAME] [--config FILE] [--profile NAME]"
    static let options: [OptionSpec] = [
        OptionSpec("--all", "Show every value, defaults included."),
        OptionSpec("--rule", value: "NAME", "Show only this rule's values (ID or name), defaults included."),
        OptionSpec("--config", value: "FILE", "Use this configuration instead of looking for .pmlint.json."),
        OptionSpec("--profile", value: "NAME", "As for lint: a profile that wins over the document's own."),
    ]

    /// One value: its key, the value, and where it came from.
    struct Row {
        var key: String
        var value: String
        var origin: String

        /// Set by a configuration file, `--profile` or the document, not by pmlint's defaults
        /// or a built-in profile.
        var isConfigured: Bool { origin != "default" && !origin.hasPrefix("profile ") && !origin.hasPrefix("not for ") }
    }

    static func run(_ arguments: ParsedArguments, console: Console) throws(CommandError) -> ExitCode {
        guard arguments.positionals.count == 1, let path = arguments.positionals.first else {
            throw .usage("config takes exactly one file", command: name)
        }
        var rule: RuleDescription?
        if let key = arguments.value("--rule") {
            guard let found = RuleRegistry.rule(named: key) else { throw CommandError("pmlint: unknown rule '\(key)' (see `pmlint rules`)") }
            rule = found.description
        }
        let absolute = PathName.absolute(path, in: console.currentDirectory)
        switch FileSystem.kind(of: absolute) {
        case .file: break
        case .missing: throw CommandError("\(path): no such file or directory")
        case .directory, .other: throw CommandError("\(path): not a regular file; name one document")
        }
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
        let rows = self.rows(for: path, configuration: configuration, documentProfile: requested)
        let (header, values) = (rows.prefix(2), rows.dropFirst(2))
        var shown: [Row]
        var note: String?
        if let rule {
            shown = values.filter { $0.key.hasPrefix("rules.\(rule.id).") }
        } else if arguments.has("--all") {
            shown = Array(values)
        } else {
            shown = values.filter(\.isConfigured)
            note = "Other values are the defaults: `pmlint config \(path) --all` shows every one."
        }
        console.print((layout(Array(header) + shown) + (note.map { [$0] } ?? [])).joined(separator: "\n"))
        return .clean
    }

    /// The profile the document's front matter asks for, when it exists and asks.
    private static func requestedProfile(of path: String, configuration: Configuration) -> String? {
        guard let bytes = try? FileSystem.readFile(path).bytes, let source = try? SourceText(utf8: bytes) else { return nil }
        return PostmortemDocument(markdown: MarkdownDocument(parsing: source), options: configuration.modelOptions).requestedProfile
    }

    /// Every value: the file and the profile first, then sections, aliases and rules.
    static func rows(for path: String, configuration: Configuration, documentProfile: String?) -> [Row] {
        var rows: [Row] = []
        let origins = configuration.origins
        rows.append(Row(key: "file", value: configuration.file ?? "none",
                        origin: configuration.file == nil ? "no .pmlint.json up to the repository root" : "found"))

        var profileName = configuration.defaultProfile
        var profileOrigin = origins["profile"] ?? "default"
        if let forced = configuration.profileOverride {
            profileName = forced
        } else if let documentProfile, configuration.profiles[documentProfile] != nil {
            profileName = documentProfile
            profileOrigin = "front matter of \(path)"
        }
        rows.append(Row(key: "profile", value: profileName, origin: profileOrigin))
        let profile = configuration.profile(named: profileName)
        for requirement in profile.sections {
            let key = "sections.required.\(requirement.kind)"
            let from = configuration.origins[key] ?? configuration.origins["profiles.\(profileName)"] ?? "profile \(profileName)"
            rows.append(Row(key: "sections.\(requirement.kind)", value: "\(JSONValue.quote(requirement.title)) \(requirement.level.rawValue)", origin: from))
        }
        for (kind, aliases) in configuration.sectionAliases.sorted(by: { $0.key < $1.key }) {
            rows.append(Row(key: "sections.aliases.\(kind)", value: JSONValue.array(aliases.map { JSONValue.string($0) }).description,
                            origin: origins["sections.aliases.\(kind)"] ?? "default"))
        }
        for rule in RuleRegistry.all.map({ $0.description }) {
            let setting = configuration.setting(for: rule.id)
            let prefix = "rules.\(rule.id)"
            // A rule written for the other audience never runs, whatever the configuration says.
            let enabled = rule.applies(to: profile.audience)
                ? Row(key: "\(prefix).enabled", value: String(setting.isEnabled ?? !rule.isOptIn), origin: origins["\(prefix).enabled"] ?? "default")
                : Row(key: "\(prefix).enabled", value: "false", origin: "not for \(profile.audience.rawValue) documents")
            rows.append(enabled)
            rows.append(Row(key: "\(prefix).severity", value: (setting.severity ?? rule.defaultSeverity).rawValue,
                            origin: origins["\(prefix).severity"] ?? "default"))
            let options = RuleOptions(defaults: rule.options, configured: setting.options)
            for option in rule.options {
                rows.append(Row(key: "\(prefix).options.\(option.name)", value: options[option.name]!.description,
                                origin: origins["\(prefix).options.\(option.name)"] ?? "default"))
            }
        }
        return rows
    }

    /// `key  value  (origin)` in columns. Values are padded only up to a modest width, so one
    /// long list does not push every origin far to the right.
    static func layout(_ rows: [Row]) -> [String] {
        let keyWidth = rows.map(\.key.count).max() ?? 0
        let valueWidth = rows.map(\.value.count).filter { $0 <= 20 }.max() ?? 0
        return rows.map { row in
            row.key + String(repeating: " ", count: keyWidth - row.key.count) + "  " + row.value
                + String(repeating: " ", count: max(0, valueWidth - row.value.count)) + "  (" + row.origin + ")"
        }
    }
}
