import LintEngine

/// Reads `json` as the configuration file `/repo/.pmlint.json`.
func loadConfiguration(_ json: String) throws(ConfigurationError) -> Configuration {
    var configuration = Configuration()
    try ConfigurationFile.apply(Array(json.utf8), path: "/repo/.pmlint.json", to: &configuration)
    return configuration
}

/// The one-line error for `json`, or nil when it is a valid configuration.
func configurationError(_ json: String) -> String? {
    do {
        _ = try loadConfiguration(json)
        return nil
    } catch {
        return error.description
    }
}
