import MarkdownSyntax

/// Recognises unfilled template text: `[Name, team]`, `<add name here>`, `YYYY-MM-DD`, `HH:MM`,
/// `20xx-MM-DD HH:mm`, `--:--`, `INC-YYYY-NNN`, `{{product_name}}`, `TODO`, `TBD`, `XXX`, a lone
/// `...`, template handles such as `@engineer`, and choices left as offered (`SEV-1 / SEV-2 / SEV-3`).
///
/// A placeholder is template vocabulary, not any bracket: `[UTC+2]`, `[20m]`, `[Public]`,
/// `[Update - 2024-05-02 10h00 UTC]` or `[edit]` hold a real value or a label, so a bracket is
/// a placeholder only when it says what to write (`name`, `date`, `describe`, `service/system`).
/// A marker standing alone in emphasis (`**TODO**`, `*DONE*`) is an item's state, not a prompt,
/// and a value annotated by a footnote (`2023-MM-DD[^1]`) is a deliberate unknown, not a blank.
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
    /// Lower-case parts templates also write (`HH:mm`, `yyyy-mm-dd`, `20xx`): a template value
    /// needs at least one part of `templateParts` besides them.
    private static let lowerTemplateParts: [[UInt8]] = ["yyyy", "yy", "mm", "dd", "hh", "ss", "20xx", "19xx", "xx"].map { Array($0.utf8) }
    /// Words that say what to write in a bracket (`[Name, team]`, `[short description]`,
    /// `<add link here>`). Compared lower-cased; a bracket holding none of them is a value or
    /// a label.
    static let promptWords: Set<String> = [
        "name", "names", "team", "teams", "date", "dates", "time", "timestamp", "description", "describe", "summary", "title",
        "service", "system", "component", "product", "feature", "customer", "customers", "user", "users", "link", "url",
        "owner", "person", "role", "email", "number", "amount", "value", "duration", "details", "reason", "region",
        "version", "ticket", "insert", "add", "fill", "enter", "write", "your", "here", "placeholder", "tbd", "todo",
        "specific", "short", "brief", "something", "explain", "list", "include", "goes",
    ]
    /// Real HTML elements a document may use: `<summary>` or `<time>` alone is markup, not a prompt.
    private static let htmlElements: Set<String> = [
        "a", "b", "i", "u", "p", "br", "hr", "em", "strong", "code", "pre", "sup", "sub", "img", "div", "span", "details",
        "summary", "time", "title", "table", "tr", "td", "th", "ul", "ol", "li", "kbd", "small", "mark", "del", "ins",
    ]
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
                let skip = skipping[nextSkip]
                // `<add name here>` is valid inline HTML to a Markdown parser.
                if skip.lowerBound == i, bytes[i] == UInt8(ascii: "<"), let end = anglePlaceholder(at: i, in: source, limit: min(skip.upperBound, range.upperBound)) {
                    found.append(i..<end)
                }
                i = max(skip.upperBound, i + 1)
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
            if b == UInt8(ascii: "<"), let end = anglePlaceholder(at: i, in: source, limit: range.upperBound) {
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
                        if isPlaceholderToken(bytes[i..<end]) && !Self.isStateMarker(i..<end, in: bytes)
                            && !Self.isFootnoted(end, in: bytes) { found.append(i..<end) }
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
    /// capitals and no lower-case letter (`TBD`, `YYYY-MM-DD`, `X%`), a joined value with two
    /// capitals in a row or a leading digit (`HH:mm`, `20xx-MM-DD`), a blank time (`--:--`),
    /// or the start of an offered severity (`Sev-1 / Sev-2`, `p1/p2`). "The", "Postgres" or
    /// "Owner:" is none of them, and only a byte loop tells.
    private static func mayBePlaceholder(_ token: ArraySlice<UInt8>) -> Bool {
        guard let first = token.first else { return false }
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "_") { return isBlankTime(token) }
        var hasCapital = false
        var capitalsInARow = 0
        var hasTemplatePart = false
        for byte in token {
            if byte == UInt8(ascii: "@") || byte == UInt8(ascii: "$") || byte == UInt8(ascii: "?") { return true }
            if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") {
                hasCapital = true
                capitalsInARow += 1
                if capitalsInARow >= 2 { hasTemplatePart = true }
                continue
            }
            capitalsInARow = 0
            if byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") {
                let start = token.startIndex
                if token.count == 2 { return token[start] | 0x20 == UInt8(ascii: "p") }
                // `HH:mm`, `20xx-MM-DD`: a template value with some parts in lower case.
                if (hasTemplatePart || isDigit(first)) && token.contains(where: { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "-") }) { return true }
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
        if Self.isBlankTime(word) { return true }
        let parts = word.split { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "/") }
        guard parts.count >= 2 else { return false }
        let isLowerPart = { (part: ArraySlice<UInt8>) in Self.lowerTemplateParts.contains { $0.elementsEqual(part) } }
        return parts.contains { part in Self.templateParts.contains { $0.elementsEqual(part) } }
            && parts.allSatisfy { Self.isCapitalsAndDigits($0) || isLowerPart($0) }
    }

    /// `--:--` or `??:??`: a time left blank.
    private static func isBlankTime(_ word: ArraySlice<UInt8>) -> Bool {
        word.count >= 5 && word.contains(UInt8(ascii: ":"))
            && word.allSatisfy { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "_") }
    }

    /// `**TODO**` or `_DONE_`: a marker alone in its emphasis states where an item stands.
    private static func isStateMarker(_ token: Range<Int>, in bytes: [UInt8]) -> Bool {
        func isEmphasis(_ b: UInt8) -> Bool { b == UInt8(ascii: "*") || b == UInt8(ascii: "_") }
        return token.lowerBound > 0 && token.upperBound < bytes.count && isEmphasis(bytes[token.lowerBound - 1]) && isEmphasis(bytes[token.upperBound])
    }

    /// `2023-MM-DD[^1]`: a value with a footnote reference right after it is one the author left
    /// unknown on purpose and explains; a template never annotates its own blanks.
    private static func isFootnoted(_ end: Int, in bytes: [UInt8]) -> Bool {
        end + 1 < bytes.count && bytes[end] == UInt8(ascii: "[") && bytes[end + 1] == UInt8(ascii: "^")
    }

    private static func isDigit(_ b: UInt8) -> Bool { b &- UInt8(ascii: "0") < 10 }

    /// Whether inline text starts with a placeholder that asks for the whole text
    /// (`TODO: say what changed`, `[Describe the impact]`, `<add name here>`): template
    /// prompt text, in no one's voice. `**TODO**: …` is a state, not a prompt. Looks at the
    /// first word only, so a paragraph costs a few bytes.
    func startsWithPrompt(_ content: InlineContent, in source: SourceText) -> Bool {
        guard let first = content.segments.first else { return false }
        let bytes = source.bytes
        var i = first.lowerBound
        while i < first.upperBound && (bytes[i] == UInt8(ascii: "*") || bytes[i] == UInt8(ascii: "_") || bytes[i] == UInt8(ascii: " ")) { i += 1 }
        guard i < first.upperBound else { return false }
        switch bytes[i] {
        case UInt8(ascii: "["): return bracketPlaceholder(at: i, in: source, limit: first.upperBound) != nil
        case UInt8(ascii: "<"): return anglePlaceholder(at: i, in: source, limit: first.upperBound) != nil
        case UInt8(ascii: "{"): return i + 1 < first.upperBound && bytes[i + 1] == UInt8(ascii: "{")
        default:
            // `TODO:` with its colon: the token takes the colon in.
            let end = tokenEnd(from: i, in: bytes, limit: first.upperBound)
            guard end > i + 1, bytes[end - 1] == UInt8(ascii: ":") else { return false }
            let word = bytes[i..<(end - 1)]
            return Self.mayBePlaceholder(word) && hasPlaceholderShape(word)
        }
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
        return Self.asksForText(inner, orOffersChoice: true) ? j + 1 : nil
    }

    /// `<add name here>`, `<Your name goes here>` or `<name>`: angle brackets around words that
    /// say what to write, on one line, with no attribute (`=`) and no closing tag (`</`);
    /// `<details>` and `<br>` are markup.
    private func anglePlaceholder(at start: Int, in source: SourceText, limit: Int) -> Int? {
        let bytes = source.bytes
        guard start + 1 < limit, (bytes[start + 1] | 0x20) &- UInt8(ascii: "a") < 26 else { return nil }
        var j = start + 1
        var hasSpace = false
        while j < limit && j - start <= 120 {
            let b = bytes[j]
            if b == UInt8(ascii: ">") { break }
            // An attribute, an autolink's scheme or an address's `@` is markup or a link.
            if b == UInt8(ascii: "<") || b == UInt8(ascii: "\n") || b == UInt8(ascii: "=") || b == UInt8(ascii: ":") || b == UInt8(ascii: "@") { return nil }
            if b == UInt8(ascii: " ") { hasSpace = true }
            j += 1
        }
        guard j < limit, bytes[j] == UInt8(ascii: ">") else { return nil }
        let inner = source.text((start + 1)..<j)
        if !hasSpace && Self.htmlElements.contains(inner.lowercased()) { return nil }
        return Self.asksForText(inner, orOffersChoice: false) ? j + 1 : nil
    }

    /// Whether bracketed text says what to write: a prompt word (`name`, `describe`), or
    /// words offered as alternatives (`service/system`).
    private static func asksForText(_ inner: String, orOffersChoice: Bool) -> Bool {
        var hasPromptWord = false
        var offersChoice = false
        var previous: Character = " "
        var word = ""
        func endWord() {
            if !word.isEmpty && promptWords.contains(word) { hasPromptWord = true }
            word = ""
        }
        for character in inner {
            if character.isLetter {
                word.append(contentsOf: character.lowercased())
            } else {
                endWord()
                if character == "/" && previous.isLetter { offersChoice = true }
            }
            previous = character
        }
        endWord()
        return hasPromptWord || (orOffersChoice && offersChoice)
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
