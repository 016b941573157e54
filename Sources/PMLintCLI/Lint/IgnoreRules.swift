import LintEngine

/// The patterns of `.pmlintignore` files, in gitignore syntax: `#` comments, `!` to
/// re-include, a trailing `/` for folders only, a leading or inner `/` to anchor the pattern
/// at the ignore file's folder, otherwise it matches a name at any depth. Later lines and
/// deeper files win.
struct IgnoreRules: Sendable {
    static let fileName = ".pmlintignore"

    private struct Rule: Sendable {
        var base: String
        var pattern: GlobPattern
        var isNegated: Bool
        var isFolderOnly: Bool
    }

    private var rules: [Rule] = []

    /// Reads `.pmlintignore` in `folder`, if there is one, on top of the rules so far.
    mutating func load(from folder: String) {
        let path = PathName.join(folder, Self.fileName)
        guard FileSystem.kind(of: path) == .file, let snapshot = try? FileSystem.readFile(path) else { return }
        for rawLine in String(decoding: snapshot.bytes, as: UTF8.self).split(whereSeparator: \.isNewline) {
            var line = Substring(rawLine)
            while line.last == " " && !line.hasSuffix("\\ ") { line = line.dropLast() }
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            let isNegated = line.hasPrefix("!")
            if isNegated { line = line.dropFirst() }
            let isFolderOnly = line.hasSuffix("/")
            if isFolderOnly { line = line.dropLast() }
            let isAnchored = line.contains("/")
            if line.hasPrefix("/") { line = line.dropFirst() }
            guard !line.isEmpty else { continue }
            let pattern = isAnchored ? String(line) : "**/" + line
            rules.append(Rule(base: folder, pattern: GlobPattern(pattern), isNegated: isNegated, isFolderOnly: isFolderOnly))
        }
    }

    /// The rules from the `.pmlintignore` files above `folder`, up to the repository root
    /// (a folder holding `.git`), outermost first; the walk adds `folder`'s own.
    static func inherited(by folder: String) -> IgnoreRules {
        var chain: [String] = []
        var current = folder
        while FileSystem.kind(of: PathName.join(current, ".git")) == .missing {
            let parent = PathName.parent(of: current)
            if parent == current { break }
            chain.append(parent)
            current = parent
        }
        var rules = IgnoreRules()
        for ancestor in chain.reversed() { rules.load(from: ancestor) }
        return rules
    }

    /// Whether the `.pmlintignore` files from the repository root down to `file`'s folder
    /// leave out `file`, itself or through one of its folders, as a walk would.
    static func excludes(file: String) -> Bool {
        let folder = PathName.parent(of: file)
        var rules = inherited(by: folder)
        rules.load(from: folder)
        if rules.isIgnored(file, isFolder: false) { return true }
        var current = folder
        while FileSystem.kind(of: PathName.join(current, ".git")) == .missing {
            if rules.isIgnored(current, isFolder: true) { return true }
            let parent = PathName.parent(of: current)
            if parent == current { break }
            current = parent
        }
        return false
    }

    func isIgnored(_ path: String, isFolder: Bool) -> Bool {
        var ignored = false
        for rule in rules where !rule.isFolderOnly || isFolder {
            guard path.hasPrefix(rule.base + "/") || rule.base == "/" else { continue }
            let relative = path.dropFirst(rule.base == "/" ? 1 : rule.base.count + 1)
            if rule.pattern.matches(relative.split(separator: "/")) { ignored = !rule.isNegated }
        }
        return ignored
    }
}
