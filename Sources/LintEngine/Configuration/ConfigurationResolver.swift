#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Dispatch
import PostmortemModel

/// Finds and loads the configuration for each linted file, the same way for the CLI and the
/// language server: `explicitPath` when given; otherwise the nearest `.pmlint.json` walking
/// up from the file's own folder, stopping after a folder that holds `.git`. The working
/// directory plays no part. Results are cached per folder, so linting a thousand files
/// in one folder reads its configuration once. Safe to call from many threads.
public final class ConfigurationResolver: @unchecked Sendable {
    public let explicitPath: String?
    public let overrides: ConfigurationOverrides
    public let today: CalendarDate?
    private let currentDirectory: String
    private let queue = DispatchQueue(label: "pmlint.configuration-resolver")
    /// Guarded by `queue`: the loaded configuration per configuration file (nil key: none).
    private var byFile: [String?: Result<Configuration, ConfigurationError>] = [:]
    /// Guarded by `queue`: which configuration file governs each folder visited.
    private var fileForFolder: [String: String?] = [:]

    /// - Parameter currentDirectory: only to make relative paths absolute.
    public init(explicitPath: String? = nil, overrides: ConfigurationOverrides = ConfigurationOverrides(),
                today: CalendarDate? = nil, currentDirectory: String = FileManager.default.currentDirectoryPath) {
        self.currentDirectory = currentDirectory
        self.explicitPath = explicitPath.map { PathName.absolute($0, in: currentDirectory) }
        self.overrides = overrides
        self.today = today
    }

    /// The configuration for the document at `path` (which need not exist: stdin and unsaved
    /// editor buffers have names too). Nil `path` means a document with no folder.
    public func configuration(forFile path: String?) throws(ConfigurationError) -> Configuration {
        let folder = path.map { PathName.parent(of: PathName.absolute($0, in: currentDirectory)) }
        let result = queue.sync { () -> Result<Configuration, ConfigurationError> in
            let file = explicitPath ?? folder.flatMap(configurationFile(governing:))
            if let cached = byFile[file] { return cached }
            let result = Result { () throws(ConfigurationError) -> Configuration in try load(file) }
            byFile[file] = result
            return result
        }
        return try result.get()
    }

    /// Forgets every loaded file, for a language server told that a configuration changed.
    public func invalidate() {
        queue.sync {
            byFile = [:]
            fileForFolder = [:]
        }
    }

    /// The nearest `.pmlint.json` at or above `folder`, not above the repository root.
    private func configurationFile(governing folder: String) -> String? {
        var visited: [String] = []
        var current = folder
        var found: String?
        while true {
            if let known = fileForFolder[current] { found = known; break }
            visited.append(current)
            let candidate = PathName.join(current, ConfigurationFile.name)
            if FileManager.default.fileExists(atPath: candidate) { found = candidate; break }
            let parent = PathName.parent(of: current)
            if parent == current || FileManager.default.fileExists(atPath: PathName.join(current, ".git")) { break }
            current = parent
        }
        for folder in visited { fileForFolder[folder] = found }
        return found
    }

    private func load(_ file: String?) throws(ConfigurationError) -> Configuration {
        var configuration = Configuration(today: today)
        if let file {
            guard let data = FileManager.default.contents(atPath: file) else {
                let problem = FileManager.default.fileExists(atPath: file) ? "cannot be read" : "no such file"
                throw ConfigurationError(path: file, key: "", problem: problem)
            }
            try ConfigurationFile.apply(Array(data), path: file, to: &configuration)
        }
        try overrides.apply(to: &configuration)
        return configuration
    }
}
