import MarkdownSyntax

/// Collects the durations a document states, in document order: a `Duration:` metadata
/// field, the `Duration` row of an impact table, and the first incident length in the summary.
struct StatedDurationReader {
    let source: SourceText

    func read(metadata: Metadata, summaries: [Section], impacts: [Section]) -> [StatedDuration] {
        var found: [StatedDuration] = []
        func add(_ range: Range<Int>, _ source: StatedDuration.Source) {
            let text = self.source.text(range)
            guard !found.contains(where: { $0.range.overlaps(range) }), let seconds = DurationText.parse(text), seconds > 0 else { return }
            found.append(StatedDuration(seconds: seconds, range: range, text: text, source: source))
        }
        for block in impacts.flatMap(\.allBlocks) {
            guard case .table(let table) = block.kind else { continue }
            for row in table.rows where row.cells.count >= 2 {
                let label = HeadingText.normalize(source.text(row.cells[0].content))
                if label == "duration" || label == "total duration" || label == "length" {
                    add(row.cells[1].content, .impactTable)
                }
            }
        }
        // After the impact table, so that its `Duration` row, which the metadata also
        // reads, is named as the table.
        for entry in metadata.entries where entry.field == .duration {
            add(entry.valueRange, .metadata)
        }
        for block in summaries.flatMap(\.allBlocks) {
            guard case .paragraph(let content) = block.kind else { continue }
            if let stated = content.segments.lazy.compactMap({ StatedDurationFinder.first(in: self.source.bytes, $0) }).first {
                let text = source.text(stated.range)
                found.append(StatedDuration(seconds: stated.seconds, range: stated.range, text: text, source: .summary))
                break
            }
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}
