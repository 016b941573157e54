import Foundation
import JSONRPC
import LintEngine
import LSPTypes
import MarkdownSyntax
import PostmortemModel

extension LanguageServer {
    /// Completions for where the cursor stands: a heading, a date field, an owner, or the
    /// start of a line (snippets).
    func completions(_ params: TextDocumentPositionParams) throws(ResponseError) -> CompletionList {
        guard settings.completion != false else { return CompletionList(isIncomplete: false, items: []) }
        let (lint, converter) = try analysis(params.textDocument.uri)
        let context = CompletionContext(lint: lint.result, offset: converter.offset(of: params.position))
        let items: [CompletionItem]
        if let heading = context.headingText {
            items = missingSections(context, replacing: heading, converter: converter)
        } else if context.isDateField {
            items = [CompletionItem(label: Clock.today.description, kind: 12, detail: "today (UTC)")]
        } else if context.isOwnerField {
            items = owners().map { CompletionItem(label: $0, kind: 18, detail: "owner in this workspace") }
        } else if context.isLineStart && client.snippets {
            items = Snippets.all(today: Clock.today, time: Clock.timeOfDay)
        } else {
            items = []
        }
        return CompletionList(isIncomplete: false, items: items)
    }

    /// The profile's sections the document lacks, in canonical order.
    private func missingSections(_ context: CompletionContext, replacing heading: Range<Int>, converter: PositionConverter) -> [CompletionItem] {
        let present = Set(context.lint.document.allSections.compactMap(\.kind))
        let missing = context.lint.profile.sections.filter { !present.contains($0.kind) }
        let range = converter.range(of: heading)
        let space = heading.lowerBound > 0 && context.source.bytes[heading.lowerBound - 1] == UInt8(ascii: "#") ? " " : ""
        return missing.enumerated().map { index, section in
            CompletionItem(label: section.title, kind: 17, detail: "\(section.level.rawValue) in the \(context.lint.profile.name) profile",
                           sortText: String(format: "%03d", index), filterText: section.title,
                           textEdit: LSPTypes.TextEdit(range: range, newText: space + section.title))
        }
    }

    /// Owners named in the open documents' action items, most used first.
    private func owners() -> [String] {
        var counts: [String: Int] = [:]
        for uri in documents.keys {
            for item in lint(uri)?.result.document.actionItems ?? [] {
                if let owner = item.owner?.value, !owner.isEmpty { counts[owner, default: 0] += 1 }
            }
        }
        return counts.keys.sorted { (counts[$0]!, $1) > (counts[$1]!, $0) }
    }

    /// Large items (whole templates) come without their preview, which is added here.
    func resolve(_ item: CompletionItem) -> CompletionItem {
        Snippets.resolve(item)
    }
}

/// Where the cursor stands, in the terms completion cares about.
struct CompletionContext {
    let lint: LintResult
    let offset: Int
    /// From the start of the cursor's line to the cursor.
    let lineBefore: String
    let lineContent: Range<Int>

    init(lint: LintResult, offset: Int) {
        self.lint = lint
        self.offset = offset
        let lines = lint.document.source.lines
        lineContent = lines.contentRange(ofLine: lines.line(containing: offset))
        lineBefore = lint.document.source.text(lineContent.lowerBound..<max(offset, lineContent.lowerBound))
    }

    var source: SourceText { lint.document.source }

    /// On an ATX heading line: the range of its text (after `# `) to the end of the line.
    var headingText: Range<Int>? {
        let bytes = source.bytes
        var i = lineContent.lowerBound
        while i < offset && bytes[i] == UInt8(ascii: " ") && i - lineContent.lowerBound < 3 { i += 1 }
        let hashes = i
        while i < offset && bytes[i] == UInt8(ascii: "#") { i += 1 }
        guard (1...6).contains(i - hashes) else { return nil }
        while i < offset && bytes[i] == UInt8(ascii: " ") { i += 1 }
        guard i == offset || bytes[hashes + (i - hashes) - 1] == UInt8(ascii: " ") || i == lineContent.upperBound else { return nil }
        return i..<lineContent.upperBound
    }

    /// In the value of a date metadata field, or a table cell under a date column.
    var isDateField: Bool {
        let dateFields: Set<MetadataField> = [.date, .lastUpdated]
        if lint.document.metadata.entries.contains(where: { entry in
            entry.field.map(dateFields.contains) == true && entry.keyRange.upperBound <= offset && lineContent.contains(entry.keyRange.lowerBound)
        }) { return true }
        return columnHeader?.lowercased().contains("date") == true || columnHeader?.lowercased() == "due"
    }

    /// Right after `@`, or in a table cell under an Owner column.
    var isOwnerField: Bool {
        lineBefore.hasSuffix("@") || columnHeader?.lowercased().contains("owner") == true
    }

    /// Nothing but a word being typed before the cursor.
    var isLineStart: Bool {
        lineBefore.allSatisfy { $0.isLetter || $0 == " " }
    }

    /// The header text of the table column the cursor is in, when it is in a body row.
    var columnHeader: String? {
        var header: String?
        lint.document.markdown.root.forEachDescendant { block in
            guard header == nil, case .table(let table) = block.kind, block.range.contains(offset) || block.range.upperBound == offset,
                  let row = table.rows.first(where: { $0.range.contains(offset) || $0.range.upperBound == offset }) else { return }
            guard let column = row.cells.lastIndex(where: { $0.range.lowerBound <= offset }), column < table.header.cells.count else { return }
            header = source.text(table.header.cells[column].content).trimmingCharacters(in: .whitespaces)
        }
        return header
    }
}
