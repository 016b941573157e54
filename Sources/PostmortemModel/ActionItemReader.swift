import MarkdownSyntax

/// Reads action items: one per table row or top-level list item of an action-item section
/// (subsections included), of a list or table under an "Action items" line written as a
/// paragraph, and one per paragraph that opens with a state (`**TODO**: …`, `DONE: …`).
struct ActionItemReader {
    let markdown: MarkdownDocument
    let catalog: SectionCatalog
    let quoted: QuotedMaterial

    /// - Parameter sections: every section, in document order.
    func read(sections: [Section], preamble: [Block]) -> [ActionItem] {
        var items: [ActionItem] = []
        var covered: [Range<Int>] = []
        for section in sections where section.kind == .actionItems {
            // A subsection of an action-item section is read with it.
            guard !covered.contains(where: { $0.contains(section.headingRange.lowerBound) }) else { continue }
            covered.append(section.range)
            for block in section.allBlocks { items += self.items(in: block) }
        }
        // "Action Items" as a line of its own, the list below it, outside any such section;
        // and state lines wherever the author writes them, but in the timeline.
        let others = sections.filter { section in
            section.kind != .timeline && !covered.contains { $0.contains(section.headingRange.lowerBound) }
        }
        for blocks in [preamble] + others.map(\.blocks) {
            var previousNamesActions = false
            for block in blocks {
                if previousNamesActions {
                    items += self.items(in: block)
                } else if case .paragraph(let content) = block.kind, let item = stateLine(content, block: block, bold: true) {
                    items.append(item)
                }
                previousNamesActions = namesActions(block)
            }
        }
        return items.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    private func items(in block: Block) -> [ActionItem] {
        guard !quoted.contains(block.range.lowerBound) else { return [] }
        switch block.kind {
        case .table(let table): return tableItems(table)
        case .list: return block.children.compactMap(listItem)
        case .paragraph(let content): return stateLine(content, block: block, bold: false).map { [$0] } ?? []
        default: return []
        }
    }

    /// `Action Items`, `**Follow-ups:**`: a short paragraph naming the action-item section.
    private func namesActions(_ block: Block) -> Bool {
        guard case .paragraph(let content) = block.kind, content.segments.count == 1, let line = content.segments.first,
              line.count <= 60 else { return false }
        // Emphasis and a trailing colon are punctuation to the catalog: no inline parse needed.
        return catalog.kind(ofHeading: String(decoding: markdown.source.bytes[line], as: UTF8.self)) == .actionItems
    }

    private func tableItems(_ table: Table) -> [ActionItem] {
        let headers = table.header.cells.map { HeadingText.normalize(markdown.plainText($0.inlineContent)) }
        let columns = ActionItemColumns(headers: headers)
        guard let actionColumn = columns[.action] else { return [] }
        return table.rows.compactMap { row in
            func field(_ column: Int?) -> ActionField? {
                guard let column, column < row.cells.count, !row.cells[column].content.isEmpty else { return nil }
                let content = row.cells[column].content
                return ActionField(value: markdown.plainText(InlineContent(segments: [content])), range: content)
            }
            guard let action = field(actionColumn), !Self.saysNothing(action.value) else { return nil }
            return ActionItem(text: action.value, textRange: action.range, range: row.range,
                              owner: field(columns[.owner]), dueDate: field(columns[.dueDate]), priority: field(columns[.priority]),
                              status: field(columns[.status]), ticket: field(columns[.ticket]),
                              isStruckThrough: isStruckThrough(action.range), insertionPoint: row.range.upperBound, origin: .table)
        }
    }

    private func listItem(_ block: Block) -> ActionItem? {
        guard case .listItem(let info) = block.kind,
              let first = block.children.first, case .paragraph(let content) = first.kind
        else { return nil }
        return item(content, range: block.range, isChecked: info.task?.isChecked, origin: .list, extra: Array(block.children.dropFirst()))
    }

    /// A paragraph that opens with a state; `bold` asks for the state in bold, as outside an
    /// action-item section, where a plain `TODO:` is a template's prompt.
    private func stateLine(_ content: InlineContent, block: Block, bold: Bool) -> ActionItem? {
        guard !quoted.contains(block.range.lowerBound), let line = content.segments.first,
              let state = StateMarker(at: line, in: markdown.source.bytes), !bold || state.isBold else { return nil }
        return item(content, range: block.range, isChecked: nil, origin: .line, extra: [])
    }

    /// The item written in `content`, its annotations read from every line of it and from the
    /// item's further paragraphs and nested bullets (`Owner: @a · Due: 2024-07-12`).
    private func item(_ content: InlineContent, range: Range<Int>, isChecked: Bool?, origin: ActionItem.Origin, extra: [Block]) -> ActionItem? {
        guard var firstLine = content.segments.first else { return nil }
        let bytes = markdown.source.bytes
        var annotations = ActionAnnotations()
        let state = StateMarker(at: firstLine, in: bytes)
        if let state { firstLine = state.textStart..<firstLine.upperBound }
        annotations.scan(firstLine, in: bytes)
        for segment in content.segments.dropFirst() { annotations.scan(segment, in: bytes) }
        for child in extra {
            switch child.kind {
            case .paragraph(let more):
                for segment in more.segments { annotations.scan(segment, in: bytes) }
            case .list:
                // `- Owner: Alice` written as a nested bullet.
                for nested in child.children {
                    if let paragraph = nested.children.first, case .paragraph(let nestedContent) = paragraph.kind,
                       let line = nestedContent.segments.first {
                        annotations.scan(line, in: bytes)
                    }
                }
            default: continue
            }
        }
        if let state { annotations.recordLeadingState(state.word, bytes) }
        let textEnd = annotations.firstAnnotation.map { min($0, firstLine.upperBound) } ?? firstLine.upperBound
        var textRange = trimmed(firstLine.lowerBound..<max(textEnd, firstLine.lowerBound))
        // An item that is only its ticket (`#2127`, `OPS-12`) is that ticket.
        if textRange.isEmpty { textRange = trimmed(firstLine) }
        let text = markdown.plainText(InlineContent(segments: [textRange]))
        guard !Self.saysNothing(text) else { return nil }
        return ActionItem(text: text, textRange: textRange, range: range,
                          owner: annotations[.owner], dueDate: annotations[.dueDate], priority: annotations[.priority],
                          status: annotations[.status], ticket: annotations[.ticket], isChecked: isChecked,
                          isStruckThrough: isStruckThrough(textRange), insertionPoint: firstLine.upperBound, origin: origin)
    }

    /// `~~Add alert~~`: the action's text struck through.
    private func isStruckThrough(_ text: Range<Int>) -> Bool {
        let bytes = markdown.source.bytes
        guard text.count >= 5, bytes[text.lowerBound] == UInt8(ascii: "~"), bytes[text.lowerBound + 1] == UInt8(ascii: "~") else { return false }
        return markdown.inlines(InlineContent(segments: [text])).first?.kind == .strikethrough
    }

    /// `N/A`, `None`, `-`: a row or bullet saying there is no action; and "There are two
    /// ways to…": a note stating a fact, with nothing for anyone to do.
    /// Runs for every list item of the document, so it trims by scalars and lowers the case of
    /// the item's first words only.
    static func saysNothing(_ text: String) -> Bool {
        // An ASCII letter or digit that opens none of the texts below settles it without a copy.
        if let opening = text.utf8.first(where: { !nothingEdgeBytes.contains($0) }), ASCII.isAlphanumeric(opening),
           !nothingOpenings.contains(ASCII.lowercased(opening)) { return false }
        var core = Substring(text).unicodeScalars
        while let first = core.first, nothingEdge.contains(first) { core.removeFirst() }
        while let last = core.last, nothingEdge.contains(last) { core.removeLast() }
        let head = String(String.UnicodeScalarView(core.prefix(nothingLength + 1))).lowercased()
        if nothingAtAll.contains(head) { return true }
        return statingFacts.contains { head.hasPrefix($0) }
    }

    private static let nothingEdge: Set<Unicode.Scalar> = [" ", ".", "*", "_", ":", "-", "—", "–"]
    /// The ASCII scalars of `nothingEdge`, as bytes.
    private static let nothingEdgeBytes: [UInt8] = nothingEdge.filter(\.isASCII).map { UInt8($0.value) }
    private static let nothingAtAll: Set<String> = ["", "n/a", "na", "none", "none yet", "nothing", "no action items", "no actions", "nil"]
    private static let statingFacts = ["there are ", "there is ", "there was ", "there were "]
    /// The first bytes of `nothingAtAll` and `statingFacts`.
    private static let nothingOpenings = Set((nothingAtAll.union(statingFacts)).compactMap(\.utf8.first))
    /// The longest of `nothingAtAll`; an item longer than this is something.
    private static let nothingLength = nothingAtAll.map(\.count).max() ?? 0

    /// Drops separators left between the text and its annotations: ` (`, ` —`, `,`, `.`.
    private func trimmed(_ range: Range<Int>) -> Range<Int> {
        let bytes = markdown.source.bytes
        var end = range.upperBound
        let separators: Set<UInt8> = [UInt8(ascii: " "), UInt8(ascii: "("), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "-"),
                                      UInt8(ascii: "["), UInt8(ascii: ":"), UInt8(ascii: "\t"), UInt8(ascii: ".")]
        while end > range.lowerBound && separators.contains(bytes[end - 1]) { end -= 1 }
        // An em or en dash is three bytes.
        while end - 3 >= range.lowerBound && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x80 && (bytes[end - 1] == 0x94 || bytes[end - 1] == 0x93) {
            end -= 3
            while end > range.lowerBound && bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
        }
        return range.lowerBound..<end
    }
}

/// `TODO`, `DONE`, `DOING`, `WIP` or `IN PROGRESS` opening a line, in capitals, in bold
/// (`**Done**`) or with a colon (`Done:`), then `:`, `-` or a space: where the item on that
/// line stands.
struct StateMarker {
    /// The state's word, without emphasis.
    var word: Range<Int>
    /// Where the item's own text starts.
    var textStart: Int
    var isBold: Bool

    private static let words = ["in progress", "todo", "to do", "done", "doing", "wip", "blocked"]

    init?(at line: Range<Int>, in bytes: [UInt8]) {
        var i = line.lowerBound
        var emphasis = 0
        while i < line.upperBound && (bytes[i] == UInt8(ascii: "*") || bytes[i] == UInt8(ascii: "_")) { i += 1; emphasis += 1 }
        guard i < line.upperBound, (bytes[i] | 0x20) &- UInt8(ascii: "a") < 26 else { return nil }
        for name in Self.words {
            let end = i + name.utf8.count
            guard end <= line.upperBound, zip(name.utf8, bytes[i..<end]).allSatisfy({ $0 == $1 | 0x20 }) else { continue }
            let isCapitals = bytes[i..<end].allSatisfy { !($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) }
            var j = end
            var closing = 0
            while j < line.upperBound && (bytes[j] == UInt8(ascii: "*") || bytes[j] == UInt8(ascii: "_")) { j += 1; closing += 1 }
            let isBold = emphasis >= 2 && closing == emphasis
            let hasColon = j < line.upperBound && bytes[j] == UInt8(ascii: ":")
            guard isCapitals || isBold || hasColon, emphasis == closing else { continue }
            guard j < line.upperBound, [UInt8(ascii: ":"), UInt8(ascii: " "), UInt8(ascii: "-")].contains(bytes[j]) else { continue }
            while j < line.upperBound && [UInt8(ascii: ":"), UInt8(ascii: " "), UInt8(ascii: "-")].contains(bytes[j]) { j += 1 }
            guard j < line.upperBound else { return nil }
            word = i..<end
            textStart = j
            self.isBold = isBold
            return
        }
        return nil
    }
}
