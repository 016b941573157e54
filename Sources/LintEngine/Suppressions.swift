import MarkdownSyntax

/// The `<!-- pmlint-… -->` comments of a document, and which findings they silence.
///
/// - `pmlint-disable RULE…` / `pmlint-enable RULE…`: a region, up to the matching enable.
/// - `pmlint-disable-line RULE…`: the comment's own line.
/// - `pmlint-disable-next-line RULE…`: the line after the comment.
/// - `pmlint-disable-file RULE…`: the whole document.
/// No rule means every rule. Rules are named by ID or name.
public struct Suppressions: Sendable {
    public struct Directive: Sendable {
        public enum Kind: String, Sendable {
            case disable = "pmlint-disable"
            case enable = "pmlint-enable"
            case disableLine = "pmlint-disable-line"
            case disableNextLine = "pmlint-disable-next-line"
            case disableFile = "pmlint-disable-file"
        }
        public var kind: Kind
        /// The comment.
        public var range: Range<Int>
        /// Each rule named, as written, with its range.
        public var ruleNames: [(name: String, range: Range<Int>)]
    }

    public let directives: [Directive]
    private let lines: LineIndex
    /// Rule IDs silenced for the whole document; nil key means all rules.
    private var fileWide: Set<String?> = []
    /// Per rule ID (nil = all rules): silenced byte ranges.
    private var regions: [String?: [Range<Int>]] = [:]

    /// - Parameter resolve: maps a rule ID or name to its ID, nil when unknown.
    public init(document: MarkdownDocument, resolve: (String) -> String?) {
        lines = document.source.lines
        var directives: [Directive] = []
        for comment in document.comments {
            if let directive = Self.directive(in: comment, source: document.source) { directives.append(directive) }
        }
        self.directives = directives

        let end = document.source.count
        var openRegions: [String?: Int] = [:]
        /// The rule IDs a directive names; `nil` stands for every rule. Unknown names silence
        /// nothing (the unknown-rule rule reports them).
        func ids(_ directive: Directive) -> [String?] {
            guard !directive.ruleNames.isEmpty else { return [nil] }
            let known: [String] = directive.ruleNames.compactMap { resolve($0.name) }
            return known.map(Optional.some)
        }
        for directive in directives {
            switch directive.kind {
            case .disable:
                for id in ids(directive) where openRegions[id] == nil { openRegions[id] = directive.range.lowerBound }
            case .enable:
                for id in ids(directive) {
                    if let start = openRegions.removeValue(forKey: id) {
                        regions[id, default: []].append(start..<directive.range.upperBound)
                    }
                }
            case .disableLine:
                let line = lines.line(containing: directive.range.lowerBound)
                for id in ids(directive) { regions[id, default: []].append(lineSpan(line)) }
            case .disableNextLine:
                let line = lines.line(containing: directive.range.upperBound) + 1
                if line < lines.lineCount {
                    for id in ids(directive) { regions[id, default: []].append(lineSpan(line)) }
                }
            case .disableFile:
                for id in ids(directive) { fileWide.insert(id) }
            }
        }
        for (id, start) in openRegions { regions[id, default: []].append(start..<end + 1) }
    }

    private func lineSpan(_ line: Int) -> Range<Int> {
        let content = lines.contentRange(ofLine: line)
        return content.lowerBound..<content.upperBound + 1
    }

    /// Whether a finding of rule `id` starting at `offset` is silenced.
    public func isSuppressed(ruleID id: String, at offset: Int) -> Bool {
        if fileWide.contains(nil) || fileWide.contains(id) { return true }
        for key in [nil, id] as [String?] {
            if let ranges = regions[key], ranges.contains(where: { $0.contains(offset) }) { return true }
        }
        return false
    }

    /// Reads `<!-- pmlint-KIND name name -->`; nil for any other comment.
    static func directive(in comment: Range<Int>, source: SourceText) -> Directive? {
        let bytes = source.bytes
        var i = comment.lowerBound + 4  // after "<!--"
        var end = comment.upperBound
        if end - comment.lowerBound >= 7, bytes[end - 3] == UInt8(ascii: "-"), bytes[end - 2] == UInt8(ascii: "-"),
           bytes[end - 1] == UInt8(ascii: ">") {
            end -= 3
        }
        guard i <= end else { return nil }
        var words: [Range<Int>] = []
        while i < end {
            while i < end && Self.isSpace(bytes[i]) { i += 1 }
            let start = i
            while i < end && !Self.isSpace(bytes[i]) && bytes[i] != UInt8(ascii: ",") { i += 1 }
            if i > start { words.append(start..<i) }
            if i < end && bytes[i] == UInt8(ascii: ",") { i += 1 }
        }
        guard let first = words.first, let kind = Directive.Kind(rawValue: source.text(first)) else { return nil }
        let names = words.dropFirst().map { (name: source.text($0), range: $0) }
        return Directive(kind: kind, range: comment, ruleNames: names)
    }

    private static func isSpace(_ b: UInt8) -> Bool {
        b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") || b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r")
    }
}
