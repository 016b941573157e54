/// Reads owner, due date, priority, status and ticket out of an action item written as
/// prose: `Add alert (@alice, due 2024-05-01, P1)`, `Add alert. Owner: Alice. Due: May 1, 2024`,
/// `Add alert — @alice`, `[JIRA-123] Add alert`, `Add alert (done)`, and fields on a line of
/// their own: `Owner: @a · Priority: P1 · Due: 2024-07-12 · Status: Open`.
struct ActionAnnotations {
    typealias Role = ActionItemColumns.Role

    private(set) var fields: [Role: ActionField] = [:]
    /// Where the first annotation starts; the action's own text ends before it.
    private(set) var firstAnnotation: Int?

    private static let labels: [(name: [UInt8], role: Role)] = ([
        ("owner", .owner), ("owners", .owner), ("assignee", .owner), ("assigned to", .owner), ("dri", .owner),
        ("due date", .dueDate), ("due", .dueDate), ("deadline", .dueDate), ("target date", .dueDate), ("eta", .dueDate),
        ("priority", .priority), ("status", .status), ("ticket", .ticket), ("tracking", .ticket), ("jira", .ticket),
    ] as [(String, Role)]).map { (Array($0.0.utf8), $0.1) }
    /// `labels` by their first letter: a word is compared with only those it could be, and
    /// most words start none.
    private static let labelsByInitial: [[(name: [UInt8], role: Role)]] = labels.reduce(into: Array(repeating: [], count: 256)) { table, label in
        if let first = label.name.first { table[Int(first)].append(label) }
    }
    private static let due = Array("due".utf8)

    subscript(role: Role) -> ActionField? { fields[role] }

    /// Scans one line of an item; `bytes` is the whole document and `range` the line.
    mutating func scan(_ range: Range<Int>, in bytes: [UInt8]) {
        var i = range.lowerBound
        while i < range.upperBound {
            let b = bytes[i]
            let atWordStart = i == range.lowerBound || !Self.isWordByte(bytes[i - 1])
            if b == UInt8(ascii: "@") && atWordStart {
                let end = Self.wordEnd(from: i + 1, in: bytes, limit: range.upperBound)
                if end > i + 1 { record(.owner, i..<end, bytes) }
                i = max(end, i + 1)
                continue
            }
            if atWordStart, let (role, valueStart) = label(at: i, range: range, bytes: bytes) {
                var end = Self.valueEnd(from: valueStart, in: bytes, limit: range.upperBound)
                if role == .dueDate { end = Self.yearAfterComma(end, in: bytes, limit: range.upperBound) }
                if end > valueStart { record(role, valueStart..<end, bytes, annotationStart: i) }
                i = max(end, i + 1)
                continue
            }
            if b == UInt8(ascii: "("), let (state, end) = parenthesisedState(at: i, bytes: bytes, limit: range.upperBound) {
                record(.status, state, bytes, annotationStart: i)
                i = end
                continue
            }
            if atWordStart, let end = priorityToken(at: i, bytes: bytes, limit: range.upperBound) {
                record(.priority, i..<end, bytes)
                i = end
                continue
            }
            if atWordStart, let end = ticketToken(at: i, bytes: bytes, limit: range.upperBound) {
                record(.ticket, i..<end, bytes)
                i = end
                continue
            }
            i += 1
        }
        trailingOwner(in: range, bytes: bytes)
    }

    /// The state written before the item's text (`DONE: …`): it wins over any other, and the
    /// text still runs to the first annotation after it.
    mutating func recordLeadingState(_ range: Range<Int>, _ bytes: [UInt8]) {
        fields[.status] = ActionField(value: String(decoding: bytes[range], as: UTF8.self), range: range)
    }

    private mutating func record(_ role: Role, _ value: Range<Int>, _ bytes: [UInt8], annotationStart: Int? = nil) {
        guard fields[role] == nil else { return }
        fields[role] = ActionField(value: String(decoding: bytes[value], as: UTF8.self), range: value)
        let start = annotationStart ?? value.lowerBound
        firstAnnotation = min(firstAnnotation ?? start, start)
    }

    /// `owner: `, `Due `, `due by ` at `i`: the field and where its value starts.
    private func label(at i: Int, range: Range<Int>, bytes: [UInt8]) -> (Role, Int)? {
        for (name, role) in Self.labelsByInitial[Int(bytes[i] | 0x20)] {
            let end = i + name.count
            guard end < range.upperBound, Self.matchesIgnoringCase(name, bytes[i..<end]) else { continue }
            var j = end
            if j < range.upperBound && bytes[j] == UInt8(ascii: "*") { while j < range.upperBound && bytes[j] == UInt8(ascii: "*") { j += 1 } }
            if j < range.upperBound && bytes[j] == UInt8(ascii: ":") {
                j += 1
            } else if role == .dueDate && name == Self.due && j < range.upperBound && bytes[j] == UInt8(ascii: " ") {
                // "due 2024-05-01", "due by May 1": when a date follows, or inside an annotation
                // list such as "(@ana, due next sprint)", whatever follows (but never "due to").
                var k = j + 1
                if Self.matchesIgnoringCase(Array("by ".utf8), bytes[k..<min(k + 3, range.upperBound)]) { k += 3 }
                guard !Self.matchesIgnoringCase(Array("to ".utf8), bytes[k..<min(k + 3, range.upperBound)]) else { continue }
                let end = Self.yearAfterComma(Self.valueEnd(from: k, in: bytes, limit: range.upperBound), in: bytes, limit: range.upperBound)
                let isDate = DateText.parsePrefix(String(decoding: bytes[k..<end], as: UTF8.self)) != nil
                guard isDate || Self.isInAnnotationList(i, range: range, bytes: bytes) else { continue }
                return (role, k)
            } else {
                continue
            }
            while j < range.upperBound && bytes[j] == UInt8(ascii: "*") { j += 1 }
            while j < range.upperBound && bytes[j] == UInt8(ascii: " ") { j += 1 }
            return (role, j)
        }
        return nil
    }

    /// `(done)`, `(in progress)`, `(completed 2024-05-02)`: the item's state in parentheses;
    /// the state's words and where the parenthesis ends.
    private func parenthesisedState(at i: Int, bytes: [UInt8], limit: Int) -> (Range<Int>, Int)? {
        guard let close = bytes[(i + 1)..<limit].firstIndex(of: UInt8(ascii: ")")), close - i <= 40 else { return nil }
        let inner = String(decoding: bytes[(i + 1)..<close], as: UTF8.self)
        let lower = inner.lowercased()
        guard ActionItem.isClosedStatus(inner) || Self.openStates.contains(where: { lower.hasPrefix($0) }) else { return nil }
        return ((i + 1)..<close, close + 1)
    }

    /// States an open item is written with.
    private static let openStates = ["in progress", "ongoing", "wip", "todo", "not started", "started", "blocked", "planned"]

    /// `P0`…`P4` as a word.
    private func priorityToken(at i: Int, bytes: [UInt8], limit: Int) -> Int? {
        guard i + 2 <= limit, bytes[i] == UInt8(ascii: "P"), (UInt8(ascii: "0")...UInt8(ascii: "4")).contains(bytes[i + 1]),
              i + 2 == limit || !Self.isWordByte(bytes[i + 2])
        else { return nil }
        return i + 2
    }

    /// `ABC-123` (not `SEV-1`, `INC-…`) or `#123`.
    private func ticketToken(at i: Int, bytes: [UInt8], limit: Int) -> Int? {
        if bytes[i] == UInt8(ascii: "#") {
            var j = i + 1
            while j < limit && Self.isDigit(bytes[j]) { j += 1 }
            return j > i + 1 && (j == limit || !Self.isWordByte(bytes[j])) ? j : nil
        }
        var j = i
        while j < limit && (Self.isUpper(bytes[j]) || (j > i && Self.isDigit(bytes[j]))) { j += 1 }
        guard j - i >= 2, j < limit, bytes[j] == UInt8(ascii: "-") else { return nil }
        let prefix = String(decoding: bytes[i..<j], as: UTF8.self)
        guard !["SEV", "INC", "P", "UTC"].contains(prefix) else { return nil }
        var k = j + 1
        while k < limit && Self.isDigit(bytes[k]) { k += 1 }
        return k > j + 1 && (k == limit || !Self.isWordByte(bytes[k])) ? k : nil
    }

    /// `… — Alice Smith` or `… - Platform Team` at the end of the line: a short run of
    /// capitalised words after a dash names the owner.
    private mutating func trailingOwner(in range: Range<Int>, bytes: [UInt8]) {
        guard fields[.owner] == nil else { return }
        for pattern in Self.ownerDashes {
            guard let dashStart = Self.lastIndex(of: pattern, in: bytes, range: range) else { continue }
            let start = dashStart + pattern.count
            let tail = String(decoding: bytes[start..<range.upperBound], as: UTF8.self)
            let words = tail.split(separator: " ")
            guard (1...3).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }) else { continue }
            fields[.owner] = ActionField(value: tail, range: start..<range.upperBound)
            firstAnnotation = min(firstAnnotation ?? dashStart, dashStart)
            return
        }
    }

    private static let ownerDashes = [" — ", " – ", " -- ", " - "].map { Array($0.utf8) }

    private static func lastIndex(of pattern: [UInt8], in bytes: [UInt8], range: Range<Int>) -> Int? {
        var i = range.upperBound - pattern.count
        while i >= range.lowerBound {
            if bytes[i + 1] == pattern[1] && bytes[i..<(i + pattern.count)].elementsEqual(pattern) { return i }
            i -= 1
        }
        return nil
    }

    /// A value runs to the next `,`, `;`, `)`, `|`, `·` or sentence end.
    private static func valueEnd(from start: Int, in bytes: [UInt8], limit: Int) -> Int {
        var j = start
        while j < limit {
            let b = bytes[j]
            if b == UInt8(ascii: ",") || b == UInt8(ascii: ";") || b == UInt8(ascii: ")") || b == UInt8(ascii: "|") { break }
            // `·` (U+00B7) is two bytes.
            if b == 0xC2 && j + 1 < limit && bytes[j + 1] == 0xB7 { break }
            if b == UInt8(ascii: ".") && (j + 1 == limit || bytes[j + 1] == UInt8(ascii: " ")) { break }
            j += 1
        }
        while j > start && bytes[j - 1] == UInt8(ascii: " ") { j -= 1 }
        return j
    }

    /// Whether `i` follows `(` or `,` (spaces skipped): a place where annotations are listed.
    private static func isInAnnotationList(_ i: Int, range: Range<Int>, bytes: [UInt8]) -> Bool {
        var j = i
        while j > range.lowerBound && bytes[j - 1] == UInt8(ascii: " ") { j -= 1 }
        return j > range.lowerBound && (bytes[j - 1] == UInt8(ascii: "(") || bytes[j - 1] == UInt8(ascii: ","))
    }

    /// "May 3" followed by ", 2024": the comma belongs to the date, not the list of annotations.
    private static func yearAfterComma(_ end: Int, in bytes: [UInt8], limit: Int) -> Int {
        guard end + 6 <= limit, bytes[end] == UInt8(ascii: ","), bytes[end + 1] == UInt8(ascii: " "),
              bytes[(end + 2)..<(end + 6)].allSatisfy(isDigit), end + 6 == limit || !isWordByte(bytes[end + 6])
        else { return end }
        return end + 6
    }

    private static func wordEnd(from start: Int, in bytes: [UInt8], limit: Int) -> Int {
        var j = start
        while j < limit && (isWordByte(bytes[j]) || bytes[j] == UInt8(ascii: "-") || bytes[j] == UInt8(ascii: ".")) { j += 1 }
        while j > start && (bytes[j - 1] == UInt8(ascii: ".") || bytes[j - 1] == UInt8(ascii: "-")) { j -= 1 }
        return j
    }

    private static func matchesIgnoringCase(_ word: [UInt8], _ bytes: ArraySlice<UInt8>) -> Bool {
        guard word.count == bytes.count else { return false }
        return zip(word, bytes).allSatisfy { $0 == ($1 | 0x20) || $0 == $1 }
    }

    static func isWordByte(_ b: UInt8) -> Bool { isDigit(b) || isUpper(b) || (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || b == UInt8(ascii: "_") || b >= 0x80 }
    static func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
    static func isUpper(_ b: UInt8) -> Bool { b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") }
}
