import Foundation
import JSONRPC
import LintEngine
import LSPTypes
import MarkdownSyntax
import PostmortemModel

extension LanguageServer {
    /// Completions for where the cursor stands: a heading, a metadata value, a table cell
    /// under a known column, a handle after `@`, or the start of a line (snippets).
    func completions(_ params: TextDocumentPositionParams) throws(ResponseError) -> CompletionList {
        guard settings.completion != false else { return CompletionList(isIncomplete: false, items: []) }
        let uri = params.textDocument.uri
        let (lint, converter) = try analysis(uri)
        let context = CompletionContext(lint: lint.result, offset: converter.offset(of: params.position))
        let items: [CompletionItem]
        if let heading = context.headingText {
            items = missingSections(context, replacing: heading, converter: converter)
        } else if let handle = context.handleStart {
            let typed = converter.range(of: handle..<context.offset)
            items = owners().filter { $0.hasPrefix("@") }.map { owner in
                CompletionItem(label: owner, kind: 18, detail: "used in this workspace", textEdit: LSPTypes.TextEdit(range: typed, newText: owner))
            }
        } else if let field = context.field {
            items = values(for: field, uri: uri).map { value in
                var item = CompletionItem(label: value.label, kind: 12, detail: value.detail)
                if let replaced = context.valueRange {
                    item.textEdit = LSPTypes.TextEdit(range: converter.range(of: replaced), newText: context.valuePrefix + value.label)
                }
                return item
            }
        } else if context.isLineStart && client.snippets {
            items = Snippets.all(today: Clock.today, time: Clock.timeOfDay)
        } else {
            items = []
        }
        return CompletionList(isIncomplete: false, items: items)
    }

    /// What may be written in a field: today for dates, the configured scales of `invalid-metadata`
    /// for severity and status, the workspace's owners for owners.
    private func values(for field: MetadataField, uri: String) -> [(label: String, detail: String)] {
        switch field {
        case .date, .lastUpdated:
            return [(Clock.today.description, "today (UTC)")]
        case .severity, .status:
            guard let rule = RuleRegistry.rule(named: "invalid-metadata")?.description else { return [] }
            let options = RuleOptions(defaults: rule.options, configured: configuration(for: uri).setting(for: rule.id).options)
            let name = field == .severity ? "severities" : "statuses"
            return options.strings(name).map { ($0, "configured in \(rule.id) \(name)") }
        case .owner:
            return owners().map { ($0, "used in this workspace") }
        default:
            return []
        }
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

    /// Owners and handles named in the workspace's postmortems and the open documents, most
    /// used first.
    private func owners() -> [String] {
        var counts = workspaceOwners.counts()
        for uri in documents.keys {
            guard let document = lint(uri)?.result.document else { continue }
            for owner in WorkspaceOwners.owners(in: document) { counts[owner, default: 0] += 1 }
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

    /// The metadata entry whose value the cursor is in (on its line, after its key).
    private var metadataEntry: MetadataEntry? {
        lint.document.metadata.entries.first { entry in
            entry.field != nil && entry.source.isFieldLine && entry.keyRange.upperBound <= offset && lineContent.contains(entry.keyRange.lowerBound)
        }
    }

    /// The field whose value is being written: a metadata value, or a table cell under a
    /// Severity, Status, Owner or date column.
    var field: MetadataField? {
        if let field = metadataEntry?.field { return field }
        guard let header = columnHeader?.lowercased() else { return nil }
        if header.contains("date") || header == "due" { return .date }
        if header.contains("owner") { return .owner }
        if header.contains("severity") { return .severity }
        return nil
    }

    /// The value written so far in a metadata field, to be replaced by the chosen one.
    var valueRange: Range<Int>? {
        guard let entry = metadataEntry else { return nil }
        return entry.valueRange.lowerBound..<max(offset, entry.valueRange.upperBound)
    }

    /// A space between `**Severity:**` and a value put right after it.
    var valuePrefix: String {
        guard let start = valueRange?.lowerBound, start > 0 else { return "" }
        return source.bytes[start - 1] == UInt8(ascii: " ") ? "" : " "
    }

    /// Where an `@handle` being typed starts.
    var handleStart: Int? {
        guard let at = lineBefore.lastIndex(of: "@"), !lineBefore[at...].contains(where: \.isWhitespace) else { return nil }
        return offset - lineBefore[at...].utf8.count
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
