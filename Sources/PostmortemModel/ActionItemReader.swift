import MarkdownSyntax

/// Reads action items out of the action-item sections: one per table row, or one per
/// top-level list item.
struct ActionItemReader {
    let markdown: MarkdownDocument

    func read(sections: [Section]) -> [ActionItem] {
        var items: [ActionItem] = []
        for section in sections {
            for block in section.allBlocks {
                switch block.kind {
                case .table(let table): items += tableItems(table)
                case .list: items += block.children.compactMap(listItem)
                default: continue
                }
            }
        }
        return items
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
            guard let action = field(actionColumn) else { return nil }
            return ActionItem(text: action.value, textRange: action.range, range: row.range,
                              owner: field(columns[.owner]), dueDate: field(columns[.dueDate]), priority: field(columns[.priority]),
                              status: field(columns[.status]), ticket: field(columns[.ticket]), insertionPoint: row.range.upperBound,
                              origin: .table)
        }
    }

    private func listItem(_ block: Block) -> ActionItem? {
        guard case .listItem(let info) = block.kind,
              let first = block.children.first, case .paragraph(let content) = first.kind,
              let firstLine = content.segments.first
        else { return nil }
        var annotations = ActionAnnotations()
        for segment in content.segments { annotations.scan(segment, in: markdown.source.bytes) }
        // `- Owner: Alice` written as a nested bullet.
        for nested in block.children.dropFirst() where nested.kind.isList {
            for child in nested.children {
                if let paragraph = child.children.first, case .paragraph(let nestedContent) = paragraph.kind,
                   let line = nestedContent.segments.first {
                    annotations.scan(line, in: markdown.source.bytes)
                }
            }
        }
        let textEnd = annotations.firstAnnotation.map { min($0, firstLine.upperBound) } ?? firstLine.upperBound
        let textRange = trimmed(firstLine.lowerBound..<max(textEnd, firstLine.lowerBound))
        return ActionItem(text: markdown.plainText(InlineContent(segments: [textRange])), textRange: textRange, range: block.range,
                          owner: annotations[.owner], dueDate: annotations[.dueDate], priority: annotations[.priority],
                          status: annotations[.status], ticket: annotations[.ticket], isChecked: info.task?.isChecked,
                          insertionPoint: firstLine.upperBound, origin: .list)
    }

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

extension BlockKind {
    var isList: Bool {
        if case .list = self { return true }
        return false
    }
}
