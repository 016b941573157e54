/// A shell-style path pattern: `*` and `?` within one path component, `[a-z]` / `[!…]`
/// classes, and `**` for any number of components. Used for glob arguments and for
/// `.pmlintignore` lines.
struct GlobPattern: Sendable {
    private let segments: [[Character]]

    init(_ pattern: String) {
        segments = pattern.split(separator: "/", omittingEmptySubsequences: true).map(Array.init)
    }

    /// Whether a pattern argument should be expanded rather than taken as a path.
    static func isPattern(_ text: String) -> Bool {
        text.contains { $0 == "*" || $0 == "?" || $0 == "[" }
    }

    /// Matches a relative path, split into components.
    func matches(_ components: [Substring]) -> Bool {
        Self.match(segments[...], components.map(Array.init)[...])
    }

    private static func match(_ pattern: ArraySlice<[Character]>, _ path: ArraySlice<[Character]>) -> Bool {
        guard let first = pattern.first else { return path.isEmpty }
        if first == ["*", "*"] {
            let rest = pattern.dropFirst()
            var remaining = path
            while true {
                if match(rest, remaining) { return true }
                guard !remaining.isEmpty else { return false }
                remaining = remaining.dropFirst()
            }
        }
        guard let component = path.first, matchComponent(first[...], component[...]) else { return false }
        return match(pattern.dropFirst(), path.dropFirst())
    }

    /// Iterative wildcard match with one backtracking point for the last `*`.
    private static func matchComponent(_ pattern: ArraySlice<Character>, _ text: ArraySlice<Character>) -> Bool {
        var p = pattern.startIndex, t = text.startIndex
        var star: (p: Int, t: Int)?
        while t < text.endIndex {
            if p < pattern.endIndex, pattern[p] == "*" {
                star = (p, t)
                p += 1
            } else if p < pattern.endIndex, let next = step(pattern, p, text[t]) {
                p = next
                t += 1
            } else if let saved = star {
                p = saved.p + 1
                t = saved.t + 1
                star = (saved.p, saved.t + 1)
            } else {
                return false
            }
        }
        while p < pattern.endIndex && pattern[p] == "*" { p += 1 }
        return p == pattern.endIndex
    }

    /// If the pattern element at `p` matches `character`, the index after that element.
    private static func step(_ pattern: ArraySlice<Character>, _ p: Int, _ character: Character) -> Int? {
        switch pattern[p] {
        case "?": return p + 1
        case "[":
            guard let (matched, end) = matchClass(pattern, p, character) else { return pattern[p] == character ? p + 1 : nil }
            return matched ? end : nil
        case "\\" where p + 1 < pattern.endIndex: return pattern[p + 1] == character ? p + 2 : nil
        default: return pattern[p] == character ? p + 1 : nil
        }
    }

    /// `[abc]`, `[a-z]`, `[!x]` / `[^x]`; nil when the bracket is not closed (then literal).
    private static func matchClass(_ pattern: ArraySlice<Character>, _ open: Int, _ character: Character) -> (Bool, Int)? {
        var i = open + 1
        let negated = i < pattern.endIndex && (pattern[i] == "!" || pattern[i] == "^")
        if negated { i += 1 }
        var matched = false
        var first = true
        while i < pattern.endIndex && (pattern[i] != "]" || first) {
            first = false
            if i + 2 < pattern.endIndex, pattern[i + 1] == "-", pattern[i + 2] != "]" {
                if pattern[i] <= character && character <= pattern[i + 2] { matched = true }
                i += 3
            } else {
                if pattern[i] == character { matched = true }
                i += 1
            }
        }
        guard i < pattern.endIndex else { return nil }
        return (matched != negated, i + 1)
    }
}
