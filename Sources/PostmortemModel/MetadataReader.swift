import MarkdownSyntax

/// Finds metadata fields wherever writers put them: front matter, `**Key:** value` lines,
/// `Key: value` bullets, and two-column tables. Block quotes and code are not read.
struct MetadataReader {
    let markdown: MarkdownDocument
    /// Ranges not read for metadata: action items and timelines say "Owner:" and
    /// "Resolved:" of other things than the incident. Merged and sorted, so that a block is
    /// looked up by binary search: a document with thousands of timeline sections once
    /// made this check cost blocks × sections.
    private let excluded: [Range<Int>]

    init(markdown: MarkdownDocument, excluded: [Range<Int>]) {
        self.markdown = markdown
        var merged: [Range<Int>] = []
        for range in excluded.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        self.excluded = merged
    }

    /// Whether `offset` lies in an excluded range.
    private func isExcluded(_ offset: Int) -> Bool {
        var low = 0, high = excluded.count
        while low < high {
            let middle = (low + high) / 2
            if excluded[middle].upperBound <= offset { low = middle + 1 } else { high = middle }
        }
        return low < excluded.count && excluded[low].contains(offset)
    }

    func read(frontMatter: FrontMatter?) -> Metadata {
        var entries: [MetadataEntry] = []
        if let frontMatter {
            for entry in frontMatter.entries where Self.isPlainKey(entry.key) {
                guard let field = MetadataFieldAliases.field(forKey: entry.key, value: { entry.value }) else { continue }
                let items = entry.children.map(\.value)
                let value = items.isEmpty ? entry.value : items.joined(separator: ", ")
                var range = entry.valueRange
                if let first = entry.children.first, let last = entry.children.last {
                    range = first.valueRange.lowerBound..<last.valueRange.upperBound
                }
                entries.append(MetadataEntry(key: entry.key, field: field, value: value, keyRange: entry.keyRange,
                                             valueRange: range, source: .frontMatter))
            }
        }
        var declaredSeverities: [String] = []
        for block in markdown.root.children {
            let isComment = if case .htmlBlock(let html) = block.kind { html.isComment } else { false }
            let isFrontMatter = if case .frontMatter = block.kind { true } else { false }
            if (isComment || isFrontMatter) && declaredSeverities.isEmpty {
                declaredSeverities = Self.declaredScale(in: markdown.source.text(block.range), isComment: isComment)
            }
        }
        entries += sectionFields(markdown.root.children)
        var stack: [(block: Block, inListItem: Bool)] = markdown.root.children.reversed().map { ($0, false) }
        while let (block, inListItem) = stack.popLast() {
            if isExcluded(block.range.lowerBound) { continue }
            if MDXModuleStatement.isModuleStatement(block, in: markdown.source) {
                if !inListItem { entries += exportedFields(of: block) }
                continue
            }
            switch block.kind {
            case .paragraph(let content):
                let segments = inListItem ? Array(content.segments.prefix(1)) : content.segments
                for segment in segments {
                    guard let line = KeyValueLine(segment: segment, in: markdown),
                          let field = MetadataFieldAliases.field(forKey: line.key, value: { line.value(in: markdown) })
                    else { continue }
                    entries.append(MetadataEntry(key: line.key, field: field, value: line.value(in: markdown), keyRange: line.keyRange,
                                                 valueRange: line.valueRange, source: inListItem ? .listItem : .keyValueLine))
                }
            case .table(let table) where table.header.cells.count == 2:
                for row in table.rows where row.cells.count >= 2 {
                    let key = markdown.plainText(row.cells[0].inlineContent)
                    guard let field = MetadataFieldAliases.field(forKey: key, value: { markdown.plainText(row.cells[1].inlineContent) })
                    else { continue }
                    entries.append(MetadataEntry(key: key, field: field, value: markdown.plainText(row.cells[1].inlineContent),
                                                 keyRange: row.cells[0].content, valueRange: row.cells[1].content, source: .table))
                }
            case .htmlBlock(let html) where !html.isComment:
                entries += HTMLTableFields.read(markdown.source, block.range)
            case .list:
                stack.append(contentsOf: block.children.reversed().map { ($0, false) })
            case .listItem:
                // Only an item's first paragraph can be a `Key: value` bullet; nested lists are read too.
                for (index, child) in block.children.enumerated().reversed() {
                    stack.append((child, index == 0))
                }
            default:
                continue
            }
        }
        return Metadata(entries: entries, declaredSeverities: declaredSeverities)
    }

    /// The list after a comment line that names severities: `# Possible severity levels:
    /// down, disrupted, notice` in front matter, `severities: SEV1, SEV2` in an HTML comment.
    /// Fields written as small sections of their own (`## Status` then `Resolved`): a
    /// heading that names a descriptive field, followed by a one-line paragraph that is not
    /// itself a `Key: value` line. Timestamps are left to their own lines: a `## Detection`
    /// section tells how, not when.
    /// The fields of an MDX page's exported object (`date: '2024-11-19'`), read as front matter.
    private func exportedFields(of block: Block) -> [MetadataEntry] {
        MDXModuleStatement.exportedFields(of: block, in: markdown.source).compactMap { pair in
            let key = markdown.source.text(pair.key)
            let value = markdown.source.text(pair.value)
            guard let field = MetadataFieldAliases.field(forKey: key, value: { value }) else { return nil }
            return MetadataEntry(key: key, field: field, value: value, keyRange: pair.key, valueRange: pair.value, source: .frontMatter)
        }
    }

    func sectionFields(_ blocks: [Block]) -> [MetadataEntry] {
        var entries: [MetadataEntry] = []
        for (heading, next) in zip(blocks, blocks.dropFirst()) {
            guard case .heading(let title) = heading.kind, let titleRange = title.content.span,
                  case .paragraph(let content) = next.kind, var line = content.segments.first,
                  content.segments.count <= 2,
                  let field = MetadataFieldAliases.field(forKey: markdown.source.text(titleRange)),
                  !field.isTimestamp, !field.isStatedFigure, !isExcluded(heading.range.lowerBound)
            else { continue }
            if let pair = KeyValueLine(segment: line, in: markdown) {
                // `## Date` then `Start: 2018-08-22` and `End: …`: the first is the incident's date.
                // Any other pair is a field of its own, read as one.
                guard field == .date, DateFinder.first(in: markdown.source.bytes, pair.valueRange) != nil else { continue }
                line = pair.valueRange
            }
            let value = markdown.plainText(InlineContent(segments: [line])).trimmingSpaces
            entries.append(MetadataEntry(key: markdown.source.text(titleRange), field: field, value: value, keyRange: titleRange,
                                         valueRange: line, source: .section))
        }
        return entries
    }

    /// Only comments are read (a YAML `#` line, or the whole HTML comment): a `severity:`
    /// key is the document's value, not its scale.
    static func declaredScale(in text: String, isComment: Bool) -> [String] {
        for line in text.split(separator: "\n") where isComment || line.drop(while: { $0 == " " }).hasPrefix("#") {
            // The word names what the colon introduces: "Possible severity levels: a, b, c".
            guard let colon = line.firstIndex(of: ":"), line[..<colon].lowercased().contains("severit") else { continue }
            let levels = line[line.index(after: colon)...].split(whereSeparator: { $0 == "," || $0 == "|" || $0 == "/" })
                .map { String($0.replacing("-->", with: "")).trimmingSpaces }.filter { !$0.isEmpty }
            // A list of level names, not a sentence.
            if levels.count >= 2, levels.allSatisfy({ $0.count <= 24 && $0.split(separator: " ").count <= 2 }) { return levels }
        }
        return []
    }

    /// A YAML key as people write them (`incident_id`, `Date of incident`), not stray Markdown.
    static func isPlainKey(_ key: String) -> Bool {
        !key.isEmpty && key.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || " _-".unicodeScalars.contains($0) }
    }
}
