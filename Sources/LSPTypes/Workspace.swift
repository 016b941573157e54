public struct ConfigurationParams: Codable, Sendable {
    public var items: [ConfigurationItem]

    public init(items: [ConfigurationItem]) { self.items = items }
}

public struct ConfigurationItem: Codable, Sendable {
    public var scopeUri: String?
    public var section: String

    public init(scopeUri: String?, section: String) {
        self.scopeUri = scopeUri
        self.section = section
    }
}

public struct DidChangeWatchedFilesParams: Codable, Sendable {
    public var changes: [FileEvent]
}

public struct FileEvent: Codable, Sendable {
    public var uri: String
    /// 1 created, 2 changed, 3 deleted.
    public var type: Int
}

public struct RegistrationParams: Codable, Sendable {
    public var registrations: [Registration]

    public init(registrations: [Registration]) { self.registrations = registrations }
}

public struct Registration: Codable, Sendable {
    public var id: String
    public var method: String
    public var registerOptions: DidChangeWatchedFilesRegistrationOptions

    public init(id: String, method: String, registerOptions: DidChangeWatchedFilesRegistrationOptions) {
        self.id = id
        self.method = method
        self.registerOptions = registerOptions
    }
}

public struct DidChangeWatchedFilesRegistrationOptions: Codable, Sendable {
    public var watchers: [FileSystemWatcher]

    public init(watchers: [FileSystemWatcher]) { self.watchers = watchers }
}

public struct FileSystemWatcher: Codable, Sendable {
    public var globPattern: String

    public init(globPattern: String) { self.globPattern = globPattern }
}

/// `window/showMessage` and `window/logMessage`.
public struct MessageParams: Codable, Sendable {
    /// 1 error, 2 warning, 3 info, 4 log.
    public var type: Int
    public var message: String

    public init(type: Int, message: String) {
        self.type = type
        self.message = message
    }
}
