extension InlineRun {
    /// `<`: an autolink or raw inline HTML (tags, comments, processing instructions,
    /// declarations, CDATA).
    mutating func scanAngleBracket() -> Bool {
        let start = position
        if let end = autolinkEnd(from: start) {
            append(Inline(kind: .autolink, range: start..<end))
            position = end
            return true
        }
        guard let end = htmlEnd(from: start) else { return false }
        append(Inline(kind: .html, range: start..<end))
        move(to: end)
        return true
    }

    /// `<scheme:…>` or `<name@example.com>`, on one line.
    private func autolinkEnd(from start: Int) -> Int? {
        let end = segmentEnd
        var i = start + 1
        guard i < end && ASCII.isLetter(bytes[i]) else { return emailAutolinkEnd(from: start) }
        while i < end && (ASCII.isAlphanumeric(bytes[i]) || bytes[i] == ASCII.plus || bytes[i] == ASCII.dot || bytes[i] == ASCII.dash) { i += 1 }
        let schemeLength = i - start - 1
        guard i < end && bytes[i] == ASCII.colon && schemeLength >= 2 && schemeLength <= 32 else { return emailAutolinkEnd(from: start) }
        i += 1
        while i < end {
            let b = bytes[i]
            if b == ASCII.greaterThan { return i + 1 }
            if b <= ASCII.space || b == ASCII.lessThan { return nil }
            i += 1
        }
        return nil
    }

    private func emailAutolinkEnd(from start: Int) -> Int? {
        let end = segmentEnd
        var i = start + 1
        while i < end && isEmailLocal(bytes[i]) { i += 1 }
        guard i > start + 1 && i < end && bytes[i] == ASCII.at else { return nil }
        i += 1
        var labelLength = 0
        while i < end {
            let b = bytes[i]
            if ASCII.isAlphanumeric(b) || (b == ASCII.dash && labelLength > 0) {
                labelLength += 1
                guard labelLength <= 63 else { return nil }
            } else if b == ASCII.dot && labelLength > 0 && bytes[i - 1] != ASCII.dash {
                labelLength = 0
            } else if b == ASCII.greaterThan && labelLength > 0 && bytes[i - 1] != ASCII.dash {
                return i + 1
            } else {
                return nil
            }
            i += 1
        }
        return nil
    }

    private func isEmailLocal(_ b: UInt8) -> Bool {
        if ASCII.isAlphanumeric(b) { return true }
        switch b {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"),
             UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "/"),
             UInt8(ascii: "="), UInt8(ascii: "?"), UInt8(ascii: "^"), UInt8(ascii: "_"), UInt8(ascii: "`"),
             UInt8(ascii: "{"), UInt8(ascii: "|"), UInt8(ascii: "}"), UInt8(ascii: "~"), UInt8(ascii: "-"):
            return true
        default:
            return false
        }
    }

    /// The end of raw HTML starting at `start`. Comments may span lines; other HTML stays on one.
    private mutating func htmlEnd(from start: Int) -> Int? {
        let end = segmentEnd
        guard start + 1 < end else { return nil }
        switch bytes[start + 1] {
        case ASCII.slash:
            return HTMLSyntax.closingTagEnd(in: bytes, at: start, end: end)
        case ASCII.question:
            return search("?>", from: start + 2, end: end)
        case ASCII.exclamation:
            if bytes.matches("<!--", at: start, end: end) {
                if bytes.matches("<!-->", at: start, end: end) { return start + 5 }
                if bytes.matches("<!--->", at: start, end: end) { return start + 6 }
                return search("-->", from: start + 4, end: segments[segments.count - 1].upperBound)
            }
            if bytes.matches("<![CDATA[", at: start, end: end) { return search("]]>", from: start + 9, end: end) }
            guard start + 2 < end && ASCII.isLetter(bytes[start + 2]) else { return nil }
            return search(">", from: start + 2, end: end)
        default:
            return HTMLSyntax.openTagEnd(in: bytes, at: start, end: end)
        }
    }

    /// The offset after the first `pattern` in `from..<end`, remembering failures.
    private mutating func search(_ pattern: StaticString, from: Int, end: Int) -> Int? {
        let key = pattern.description
        guard from <= end, !searches.knownToFail(key, from: from, end: end) else { return nil }
        guard let found = bytes.firstOccurrence(of: pattern, in: from..<end) else {
            searches.recordFailure(key, from: from, end: end)
            return nil
        }
        return found + pattern.utf8CodeUnitCount
    }
}
