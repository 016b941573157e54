import LintEngine

/// What the editor's settings say, under the `pmlint` section (also accepted as
/// `initializationOptions`). Every member is optional: an absent one keeps the default.
struct ClientSettings: Codable, Equatable {
    /// Forces a profile on every document, like `--profile` on the command line.
    var profile: String?
    /// Rule settings in the shape of a configuration file's `rules` object, laid over it.
    var rules: JSONValue?
    /// Switches for the features a general Markdown server may already provide.
    var documentSymbols: Bool?
    var folding: Bool?
    var completion: Bool?

    /// The settings as overrides for the shared configuration resolver.
    var overrides: ConfigurationOverrides {
        ConfigurationOverrides(profile: profile, rules: rules, origin: "editor settings")
    }
}

/// `workspace/didChangeConfiguration` params: the settings object, if the client sends one.
struct DidChangeConfigurationParams: Decodable {
    var settings: SettingsRoot?

    /// Other extensions' settings ride along; only ours is read, and leniently.
    struct SettingsRoot: Decodable {
        var pmlint: ClientSettings?

        enum CodingKeys: String, CodingKey { case pmlint }

        init(from decoder: any Decoder) throws {
            let container = try? decoder.container(keyedBy: CodingKeys.self)
            pmlint = try? container?.decodeIfPresent(ClientSettings.self, forKey: .pmlint)
        }
    }
}

/// `initialize` params, with pmlint's own `initializationOptions`.
struct PMLintInitializeParams: Decodable {
    var initializationOptions: ClientSettings?

    enum CodingKeys: String, CodingKey { case initializationOptions }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        initializationOptions = try? container.decodeIfPresent(ClientSettings.self, forKey: .initializationOptions)
    }
}
