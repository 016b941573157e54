import LintEngine

/// One document to lint.
public struct LintInput: Sendable, Equatable {
    /// The path as the user wrote it (or as found under a folder they named); what output shows.
    public var displayPath: String
    /// Where to read it; nil for standard input.
    public var absolutePath: String?
    /// The file whose folder decides the configuration: the file itself, or for standard
    /// input the `--stdin-filename`; nil when standard input has no name.
    public var configurationPath: String?

    public init(displayPath: String, absolutePath: String?, configurationPath: String?) {
        self.displayPath = displayPath
        self.absolutePath = absolutePath
        self.configurationPath = configurationPath
    }
}

/// Turns the command line's PATH, GLOB and `-` arguments into documents: files as named,
/// folders searched for `*.md` / `*.markdown` (hidden folders and `.pmlintignore` entries
/// skipped, each real folder once even through symlink loops), and patterns expanded.
struct InputCollector {
    static let extensions = [".md", ".markdown"]

    let currentDirectory: String
    /// `--stdin-filename`, if given.
    let stdinName: String?
    /// `--force-exclude`: files named on the command line are checked against `.pmlintignore`
    /// too, since pre-commit hooks and CI recipes name every changed file.
    let forceExclude: Bool
    /// How many named files `forceExclude` left out.
    private(set) var forceExcludedCount = 0
    private(set) var inputs: [LintInput] = []
    /// One line per argument that named nothing lintable; these make the run fail.
    private(set) var failures: [String] = []
    /// One line per entry skipped while walking (unreadable folders); not failures.
    private(set) var warnings: [String] = []

    init(currentDirectory: String, stdinName: String?, forceExclude: Bool = false) {
        self.currentDirectory = currentDirectory
        self.stdinName = stdinName
        self.forceExclude = forceExclude
    }

    mutating func add(_ argument: String) {
        if argument == "-" {
            inputs.append(LintInput(displayPath: stdinName ?? "<stdin>", absolutePath: nil,
                                    configurationPath: stdinName.map { PathName.absolute($0, in: currentDirectory) }))
            return
        }
        let absolute = PathName.absolute(argument, in: currentDirectory)
        switch FileSystem.kind(of: absolute) {
        case .file:
            if forceExclude && IgnoreRules.excludes(file: absolute) {
                forceExcludedCount += 1
                return
            }
            inputs.append(LintInput(displayPath: argument, absolutePath: absolute, configurationPath: absolute))
        case .directory:
            var visited: Set<[UInt64]> = []
            // Files under the current folder are shown as `docs/a.md`, not `./docs/a.md`.
            walk(absolute, display: argument == "." ? "" : argument, ignore: IgnoreRules.inherited(by: absolute), visited: &visited) { _ in true }
        case .missing where GlobPattern.isPattern(argument):
            expand(argument)
        case .missing:
            failures.append("\(argument): " + (FileSystem.linkTarget(absolute).map { "a symbolic link to \($0), which does not exist" }
                                                 ?? "no such file or directory"))
        case .other:
            failures.append("\(argument): not a regular file or folder")
        }
    }

    /// `docs/**/*.md`: walk from the longest folder without wildcards, keep what matches.
    private mutating func expand(_ pattern: String) {
        let components = pattern.split(separator: "/", omittingEmptySubsequences: false)
        let literalCount = components.prefix { !GlobPattern.isPattern(String($0)) }.count
        let baseDisplay = components.prefix(literalCount).joined(separator: "/")
        let base = PathName.absolute(baseDisplay.isEmpty ? "." : baseDisplay, in: currentDirectory)
        let glob = GlobPattern(components.dropFirst(literalCount).joined(separator: "/"))
        let before = inputs.count
        var visited: Set<[UInt64]> = []
        walk(base, display: baseDisplay, ignore: IgnoreRules.inherited(by: base), visited: &visited, anyExtension: true) { relative in
            glob.matches(relative.split(separator: "/"))
        }
        if inputs.count == before { failures.append("\(pattern): no files match") }
    }

    private mutating func walk(_ folder: String, display: String, ignore: IgnoreRules, visited: inout Set<[UInt64]>,
                               anyExtension: Bool = false, relative: String = "", accept: (String) -> Bool) {
        guard let identity = FileSystem.folderIdentity(folder), visited.insert(identity).inserted else { return }
        guard let names = FileSystem.list(folder) else {
            warnings.append("\(display.isEmpty ? "." : display): skipped, cannot be read: \(FileSystem.errorText())")
            return
        }
        var rules = ignore
        rules.load(from: folder)
        for name in names {
            let path = PathName.join(folder, name)
            let shown = display.isEmpty ? name : display.hasSuffix("/") ? display + name : display + "/" + name
            let inner = relative.isEmpty ? name : relative + "/" + name
            switch FileSystem.kind(of: path) {
            case .directory:
                guard !name.hasPrefix("."), !rules.isIgnored(path, isFolder: true) else { continue }
                walk(path, display: shown, ignore: rules, visited: &visited, anyExtension: anyExtension, relative: inner, accept: accept)
            case .file:
                let isMarkdown = Self.extensions.contains { name.lowercased().hasSuffix($0) }
                guard isMarkdown || anyExtension, !rules.isIgnored(path, isFolder: false), accept(inner) else { continue }
                guard FileSystem.isReadable(path) else {
                    warnings.append("\(shown): skipped, cannot be read: \(FileSystem.errorText())")
                    continue
                }
                inputs.append(LintInput(displayPath: shown, absolutePath: path, configurationPath: path))
            case .missing:
                let isMarkdown = Self.extensions.contains { name.lowercased().hasSuffix($0) }
                if isMarkdown || anyExtension, let target = FileSystem.linkTarget(path), !rules.isIgnored(path, isFolder: false), accept(inner) {
                    warnings.append("\(shown): skipped, a symbolic link to \(target), which does not exist")
                }
            case .other:
                continue
            }
        }
    }
}
