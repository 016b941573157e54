/// Recognises the starts and ends of CommonMark's seven kinds of HTML blocks, and HTML
/// tags as the inline parser needs them.
enum HTMLSyntax {
    /// The kind (1–7) of HTML block starting at `start` (a `<`), if any.
    static func blockKind(in bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> Int? {
        var i = start + 1
        guard i < end else { return nil }
        if bytes[i] == ASCII.exclamation {
            if bytes.matchesCaseInsensitive("<!--", at: start, end: end) { return 2 }
            if bytes.matches("<![CDATA[", at: start, end: end) { return 5 }
            return i + 1 < end && ASCII.isLetter(bytes[i + 1]) ? 4 : nil
        }
        if bytes[i] == ASCII.question { return 3 }
        let isClosing = bytes[i] == ASCII.slash
        if isClosing { i += 1 }
        var nameEnd = i
        while nameEnd < end && (ASCII.isAlphanumeric(bytes[nameEnd]) || bytes[nameEnd] == ASCII.dash) { nameEnd += 1 }
        guard nameEnd > i && ASCII.isLetter(bytes[i]) else { return nil }
        let name = i..<nameEnd
        if !isClosing && isRawTextName(bytes, name) && (nameEnd == end || ASCII.isSpaceOrTab(bytes[nameEnd]) || bytes[nameEnd] == ASCII.greaterThan) {
            return 1
        }
        if isBlockName(bytes, name) {
            if nameEnd == end || ASCII.isSpaceOrTab(bytes[nameEnd]) || bytes[nameEnd] == ASCII.greaterThan { return 6 }
            if bytes[nameEnd] == ASCII.slash && nameEnd + 1 < end && bytes[nameEnd + 1] == ASCII.greaterThan { return 6 }
        }
        let tagEnd = isClosing ? closingTagEnd(in: bytes, at: start, end: end) : openTagEnd(in: bytes, at: start, end: end)
        guard let tagEnd else { return nil }
        return bytes.trimmingSpaces(tagEnd..<end).isEmpty ? 7 : nil
    }

    /// Whether `line` holds the end condition of an HTML block of `kind` (kinds 6 and 7
    /// end at a blank line instead).
    static func blockEnds(kind: Int, in bytes: UnsafeBufferPointer<UInt8>, line: Range<Int>) -> Bool {
        switch kind {
        case 1:
            bytes.firstOccurrence(of: "</script>", in: line) != nil || bytes.firstOccurrence(of: "</pre>", in: line) != nil
                || bytes.firstOccurrence(of: "</style>", in: line) != nil || bytes.firstOccurrence(of: "</textarea>", in: line) != nil
        case 2: bytes.firstOccurrence(of: "-->", in: line) != nil
        case 3: bytes.firstOccurrence(of: "?>", in: line) != nil
        case 4: bytes.firstOccurrence(of: ">", in: line) != nil
        case 5: bytes.firstOccurrence(of: "]]>", in: line) != nil
        default: false
        }
    }

    private static func isRawTextName(_ bytes: UnsafeBufferPointer<UInt8>, _ name: Range<Int>) -> Bool {
        for candidate: StaticString in ["pre", "script", "style", "textarea"]
        where candidate.utf8CodeUnitCount == name.count && bytes.matchesCaseInsensitive(candidate, at: name.lowerBound, end: name.upperBound) {
            return true
        }
        return false
    }

    private static let blockNames: Set<String> = [
        "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center", "col",
        "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr",
        "html", "iframe", "legend", "li", "link", "main", "menu", "menuitem", "nav", "noframes", "ol",
        "optgroup", "option", "p", "param", "search", "section", "source", "summary", "table", "tbody", "td",
        "tfoot", "th", "thead", "title", "tr", "track", "ul",
    ]

    private static func isBlockName(_ bytes: UnsafeBufferPointer<UInt8>, _ name: Range<Int>) -> Bool {
        guard name.count <= 10 else { return false }
        return blockNames.contains(String(decoding: name.map { ASCII.lowercased(bytes[$0]) }, as: UTF8.self))
    }

    /// The end (after `>`) of an open tag `<name attr="v" …>` or `<name/>` starting at `start`.
    static func openTagEnd(in bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> Int? {
        var i = start + 1
        guard i < end && ASCII.isLetter(bytes[i]) else { return nil }
        while i < end && (ASCII.isAlphanumeric(bytes[i]) || bytes[i] == ASCII.dash) { i += 1 }
        while true {
            let beforeSpace = i
            while i < end && ASCII.isWhitespace(bytes[i]) { i += 1 }
            guard i < end else { return nil }
            if bytes[i] == ASCII.greaterThan { return i + 1 }
            if bytes[i] == ASCII.slash { return i + 1 < end && bytes[i + 1] == ASCII.greaterThan ? i + 2 : nil }
            // An attribute needs whitespace before it.
            guard i > beforeSpace, let attributeEnd = attributeEnd(in: bytes, at: i, end: end) else { return nil }
            i = attributeEnd
        }
    }

    private static func attributeEnd(in bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> Int? {
        var i = start
        let first = bytes[i]
        guard ASCII.isLetter(first) || first == ASCII.underscore || first == ASCII.colon else { return nil }
        i += 1
        while i < end {
            let b = bytes[i]
            guard ASCII.isAlphanumeric(b) || b == ASCII.underscore || b == ASCII.dot || b == ASCII.colon || b == ASCII.dash else { break }
            i += 1
        }
        var j = i
        while j < end && ASCII.isWhitespace(bytes[j]) { j += 1 }
        guard j < end && bytes[j] == ASCII.equals else { return i }
        j += 1
        while j < end && ASCII.isWhitespace(bytes[j]) { j += 1 }
        guard j < end else { return nil }
        let quote = bytes[j]
        if quote == ASCII.doubleQuote || quote == ASCII.singleQuote {
            j += 1
            while j < end && bytes[j] != quote { j += 1 }
            return j < end ? j + 1 : nil
        }
        let valueStart = j
        while j < end {
            let b = bytes[j]
            if ASCII.isWhitespace(b) || b == ASCII.doubleQuote || b == ASCII.singleQuote || b == ASCII.equals
                || b == ASCII.lessThan || b == ASCII.greaterThan || b == ASCII.backtick { break }
            j += 1
        }
        return j > valueStart ? j : nil
    }

    /// The end (after `>`) of a closing tag `</name >` starting at `start`.
    static func closingTagEnd(in bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> Int? {
        var i = start + 2
        guard i < end && bytes[start + 1] == ASCII.slash && ASCII.isLetter(bytes[i]) else { return nil }
        while i < end && (ASCII.isAlphanumeric(bytes[i]) || bytes[i] == ASCII.dash) { i += 1 }
        while i < end && ASCII.isWhitespace(bytes[i]) { i += 1 }
        return i < end && bytes[i] == ASCII.greaterThan ? i + 1 : nil
    }
}
