import MarkdownSyntax

/// Recognises unfilled template text: `[Name, team]`, `YYYY-MM-DD`, `HH:MM`, `INC-YYYY-NNN`,
/// `{{product_name}}`, `TODO`, `TBD`, `XXX`, a lone `...`, template handles such as
/// `@engineer`, and choices left as offered (`SEV-1 / SEV-2 / SEV-3`).
///
/// Shared by `placeholder-text`, which reports them, and the rules that must not treat a
/// placeholder as a real value (an owner of `@engineer` is no owner).
struct Placeholders {
    /// Template handles that name nobody.
    var handles: Set<String>
    /// Texts that look like placeholders but are meant (`[REDACTED]`).
    var allowed: Set<String>

    static let defaultHandles = ["@engineer", "@on-call-lead", "@tech-lead", "@owner", "@name", "@someone", "@username",
                                 "@person", "@team", "@assignee", "@handle", "@user"]
    /// Whole words that stand for text still to write; `$X`, `X%` and `SEV-X` are values still to find.
    static let markerWords: Set<String> = ["TODO", "TBD", "TBA", "TBC", "XXX", "FIXME", "TKTK", "???", "$X", "X%", "SEV-X"]
    private static let longestMarker = markerWords.map(\.utf8.count).max() ?? 0
    /// The parts of a template value (`YYYY-MM-DD`, `INC-YYYY-NNN`).
    private static let templateParts: [[UInt8]] = ["YYYY", "YY", "MM", "DD", "HH", "SS", "NNN", "NN", "NNNN", "X", "XX"].map { Array($0.utf8) }
    private static let trailingPunctuation: [UInt8] = Array(":.,;)".utf8)

    /// The built-in handles and nothing allowed: what rules other than `placeholder-text` use.
    static let standard = Placeholders()

    init(handles: [String] = Placeholders.defaultHandles, allowed: [String] = []) {
        self.handles = Set(handles.map { $0.lowercased() })
        self.allowed = Set(allowed.map { $0.lowercased() })
    }

    /// Whether a whole field value is a placeholder (or empty).
    func isPlaceholder(_ value: String) -> Bool {
        let trimmed = value.trimmingCharacters(in: " \t")
        if trimmed.isEmpty { return true }
        let source = SourceText(trimmed)
        return !find(in: 0..<source.count, of: source, skipping: []).isEmpty
    }

    /// Placeholder spans inside `range` of `source`, outside the `skipping` ranges
    /// (code spans, links, HTML), in order.
    func find(in range: Range<Int>, of source: SourceText, skipping: [Range<Int>]) -> [Range<Int>] {
        let bytes = source.bytes
        if isLoneEllipsis(bytes[range]) { return [range] }
        var found: [Range<Int>] = []
        var i = range.lowerBound
        // `skipping` is sorted, so one cursor walks it alongside `i`.
        var nextSkip = 0
        while i < range.upperBound {
            while nextSkip < skipping.count && skipping[nextSkip].upperBound <= i { nextSkip += 1 }
            if nextSkip < skipping.count && skipping[nextSkip].contains(i) {
                i = max(skipping[nextSkip].upperBound, i + 1)
                continue
            }
            let b = bytes[i]
            if b == UInt8(ascii: "{"), i + 1 < range.upperBound, bytes[i + 1] == UInt8(ascii: "{"),
               let close = index(of: [UInt8(ascii: "}"), UInt8(ascii: "}")], in: bytes, from: i + 2, to: range.upperBound) {
                found.append(i..<close + 2)
                i = close + 2
                continue
            }
            if b == UInt8(ascii: "["), let end = bracketPlaceholder(at: i, in: source, limit: range.upperBound) {
                found.append(i..<end)
                i = end
                continue
            }
            if isWordStart(i, range: range, bytes: bytes) {
                let end = tokenEnd(from: i, in: bytes, limit: range.upperBound)
                if end > i {
                    // Almost every word is ordinary prose; only the few shapes a placeholder can
                    // take are looked at more closely.
                    if Self.mayBePlaceholder(bytes[i..<end]) {
                        if let choiceEnd = offeredChoices(from: i, firstEnd: end, in: source, limit: range.upperBound) {
                            found.append(i..<choiceEnd)
                            i = choiceEnd
                            continue
                        }
                        if isPlaceholderToken(bytes[i..<end]) { found.append(i..<end) }
                    }
                    i = end
                    continue
                }
            }
            i += 1
        }
        return found
    }

    /// Whether a word has one of the shapes a placeholder can take: `@`, `$` or `?` in it,
    /// capitals and no lower-case letter (`TBD`, `YYYY-MM-DD`, `X%`), or the start of an offered
    /// severity (`Sev-1 / Sev-2`, `p1/p2`). "The" or "Postgres" is none of them.
    private static func mayBePlaceholder(_ token: ArraySlice<UInt8>) -> Bool {
        var hasCapital = false
        for byte in token {
            if byte == UInt8(ascii: "@") || byte == UInt8(ascii: "$") || byte == UInt8(ascii: "?") { return true }
            if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { hasCapital = true }
            if byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") {
                let start = token.startIndex
                if token.count == 2 { return token[start] | 0x20 == UInt8(ascii: "p") }
                return token.count >= 3 && token[start] | 0x20 == UInt8(ascii: "s") && token[start + 1] | 0x20 == UInt8(ascii: "e")
                    && token[start + 2] | 0x20 == UInt8(ascii: "v")
            }
        }
        return hasCapital
    }

    /// `...` or `…` alone, spaces around allowed.
    private func isLoneEllipsis(_ text: ArraySlice<UInt8>) -> Bool {
        var core = text
        while let first = core.first, first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") { core.removeFirst() }
        while let last = core.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { core.removeLast() }
        return core.count == 3 && (core.elementsEqual("...".utf8) || core.elementsEqual("…".utf8))
    }

    /// Works on bytes: this runs for every capitalised word of a document (`API`, `SEV-2`),
    /// nearly none of which is a placeholder, so strings are built only for the few that may be.
    private func isPlaceholderToken(_ token: ArraySlice<UInt8>) -> Bool {
        var word = token
        while let last = word.last, Self.trailingPunctuation.contains(last) { word.removeLast() }
        return hasPlaceholderShape(word) && !allowed.contains(String(decoding: token, as: UTF8.self).lowercased())
    }

    private func hasPlaceholderShape(_ word: ArraySlice<UInt8>) -> Bool {
        if word.first == UInt8(ascii: "@") { return handles.contains(String(decoding: word, as: UTF8.self).lowercased()) }
        if word.count <= Self.longestMarker && Self.markerWords.contains(String(decoding: word, as: UTF8.self)) { return true }
        let parts = word.split { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "/") }
        return parts.count >= 2 && parts.contains { part in Self.templateParts.contains { $0.elementsEqual(part) } }
            && parts.allSatisfy(Self.isCapitalsAndDigits)
    }

    /// `YYYY`, `SEV`, `2`: no lower-case letter and nothing but letters and digits.
    private static func isCapitalsAndDigits(_ part: ArraySlice<UInt8>) -> Bool {
        guard part.allSatisfy({ $0 < 0x80 }) else {
            return String(decoding: part, as: UTF8.self).allSatisfy { $0.isUppercase || $0.isNumber }
        }
        return part.allSatisfy { $0 &- UInt8(ascii: "A") < 26 || $0 &- UInt8(ascii: "0") < 10 }
    }

    /// `SEV-1 / SEV-2 / SEV-3` or `P1/P2`: two or more severity-like tokens joined by slashes.
    private func offeredChoices(from start: Int, firstEnd: Int, in source: SourceText, limit: Int) -> Int? {
        let bytes = source.bytes
        // Every severity starts with `P` or `SEV`: most words need no string to tell.
        guard bytes[start] | 0x20 == UInt8(ascii: "p") || bytes[start] | 0x20 == UInt8(ascii: "s"),
              Self.isSeverityToken(source.text(start..<firstEnd)) else { return nil }
        var end = firstEnd
        var count = 1
        while true {
            var j = end
            while j < limit && bytes[j] == UInt8(ascii: " ") { j += 1 }
            guard j < limit, bytes[j] == UInt8(ascii: "/") else { break }
            j += 1
            while j < limit && bytes[j] == UInt8(ascii: " ") { j += 1 }
            let next = tokenEnd(from: j, in: bytes, limit: limit)
            guard next > j, Self.isSeverityToken(source.text(j..<next)) else { break }
            end = next
            count += 1
        }
        return count >= 2 ? end : nil
    }

    static func isSeverityToken(_ token: String) -> Bool {
        let upper = token.uppercased()
        if upper.hasPrefix("SEV") { return upper.dropFirst(3).drop(while: { $0 == "-" || $0 == " " }).allSatisfy(\.isNumber) }
        return upper.count == 2 && upper.hasPrefix("P") && upper.last!.isNumber
    }

    /// `[Name, team]` that is neither a link, a task box, a footnote nor a citation number.
    private func bracketPlaceholder(at start: Int, in source: SourceText, limit: Int) -> Int? {
        let bytes = source.bytes
        var j = start + 1
        var hasLetter = false
        while j < limit && j - start <= 80 {
            let b = bytes[j]
            if b == UInt8(ascii: "]") { break }
            if b == UInt8(ascii: "[") || b == UInt8(ascii: "\n") { return nil }
            if (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") || b >= 0x80 { hasLetter = true }
            j += 1
        }
        guard j < limit, bytes[j] == UInt8(ascii: "]"), hasLetter, bytes[start + 1] != UInt8(ascii: "^") else { return nil }
        let inner = source.text((start + 1)..<j)
        if inner == "x" || inner == "X" || allowed.contains(inner.lowercased()) || allowed.contains("[\(inner.lowercased())]") { return nil }
        // `[text](url)` or `[text][ref]` are links, whatever the inline parser made of them.
        if j + 1 < limit && (bytes[j + 1] == UInt8(ascii: "(") || bytes[j + 1] == UInt8(ascii: "[")) { return nil }
        return j + 1
    }

    private func isWordStart(_ i: Int, range: Range<Int>, bytes: [UInt8]) -> Bool {
        i == range.lowerBound || !Self.isTokenByte(bytes[i - 1])
    }

    private func tokenEnd(from start: Int, in bytes: [UInt8], limit: Int) -> Int {
        var j = start
        while j < limit && (Self.isTokenByte(bytes[j]) || bytes[j] == UInt8(ascii: "?")) { j += 1 }
        return j
    }

    /// Letters, digits and the joiners of template tokens (`-`, `:`, `/`, `@`, `$`, `%`, `_`).
    private static func isTokenByte(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || ((b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z"))
            || b == UInt8(ascii: "-") || b == UInt8(ascii: ":") || b == UInt8(ascii: "/") || b == UInt8(ascii: "@")
            || b == UInt8(ascii: "$") || b == UInt8(ascii: "%") || b == UInt8(ascii: "_") || b >= 0x80
    }

    private func index(of pattern: [UInt8], in bytes: [UInt8], from: Int, to: Int) -> Int? {
        var i = from
        while i + pattern.count <= to {
            if bytes[i] == pattern[0] && bytes[i..<(i + pattern.count)].elementsEqual(pattern) { return i }
            i += 1
        }
        return nil
    }
}

extension String {
    /// Without leading and trailing characters from `set`. (Foundation-free.)
    func trimmingCharacters(in set: String) -> String {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice.removeFirst() }
        while let last = slice.last, set.contains(last) { slice.removeLast() }
        return String(slice)
    }
}
