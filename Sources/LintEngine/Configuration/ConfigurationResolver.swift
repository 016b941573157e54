#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#else
import Darwin
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
                today: CalendarDate? = nil, currentDirectory: String = ConfigurationResolver.processDirectory()) {
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
            if Self.exists(candidate) { found = candidate; break }
            let parent = PathName.parent(of: current)
            if parent == current || Self.exists(PathName.join(current, ".git")) { break }
            current = parent
        }
        for folder in visited { fileForFolder[folder] = found }
        return found
    }

    private func load(_ file: String?) throws(ConfigurationError) -> Configuration {
        var configuration = Configuration(today: today)
        if let file {
            try ConfigurationFile.apply(try Self.contents(of: file), path: file, to: &configuration)
        }
        try overrides.apply(to: &configuration)
        return configuration
    }

    /// The process's working directory, for making relative paths absolute.
    public static func processDirectory() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return "/" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private static func exists(_ path: String) -> Bool {
        access(path, F_OK) == 0
    }

    private static func contents(of file: String) throws(ConfigurationError) -> [UInt8] {
        let fd = open(file, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw ConfigurationError(path: file, key: "", problem: errorText()) }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 14)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { throw ConfigurationError(path: file, key: "", problem: errorText()) }
            if count == 0 { return bytes }
            bytes += chunk[..<count]
        }
    }

    private static func errorText() -> String {
        let text = String(cString: strerror(errno))
        return text.prefix(1).lowercased() + text.dropFirst()
    }
}
