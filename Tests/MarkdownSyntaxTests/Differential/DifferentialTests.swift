import Foundation
import Testing
@testable import MarkdownSyntax

/// Compares pmlint's block structure with markdown-it's (CommonMark preset plus GFM
/// tables) on the fixtures and on generated documents. Skipped, with the reason shown,
/// when python3 or markdown-it-py is missing.
@Suite(.enabled(if: MarkdownItReference.unavailableReason == nil, "\(MarkdownItReference.unavailableReason ?? "")"))
struct DifferentialTests {
    static let generatedCount = 400

    /// Generated documents on which pmlint and markdown-it knowingly disagree, each for
    /// one of the `Divergence`s (found by reducing the document to its smallest
    /// disagreeing form). Any other disagreement fails, and so does a listed document
    /// that stops disagreeing, so the list stays exact.
    static let divergentSeeds: [Int: Divergence] = [
        125: .indentedQuoteMarker, 157: .indentedQuoteMarker, 183: .indentedQuoteMarker,
        321: .tableHeaderOutsideAParagraph, 328: .lazyLineInNestedItem, 346: .tableHeaderOutsideAParagraph,
        353: .tableHeaderOutsideAParagraph,
    ]

    @Test func generatedDocumentsMatchMarkdownIt() throws {
        let documents = (0..<Self.generatedCount).map { seed in
            var generator = MarkdownGenerator(seed: UInt64(seed))
            return generator.document()
        }
        let disagreements = try compare(documents)
        for (seed, disagreement) in disagreements.sorted(by: { $0.key < $1.key }) where Self.divergentSeeds[seed] == nil {
            Issue.record("generated document #\(seed) differs from markdown-it:\n\(disagreement)")
        }
        for seed in Self.divergentSeeds.keys.sorted() where disagreements[seed] == nil {
            Issue.record("generated document #\(seed) now agrees with markdown-it: remove it from divergentSeeds")
        }
    }

    @Test func fixturesMatchMarkdownIt() throws {
        let fixtures = Self.fixtureFiles()
        let documents = try fixtures.map { try String(contentsOf: $0, encoding: .utf8) }.map(Self.blankingFrontMatter)
        let disagreements = try compare(documents)
        for (index, disagreement) in disagreements.sorted(by: { $0.key < $1.key }) {
            Issue.record("\(fixtures[index].path) differs from markdown-it:\n\(disagreement)")
        }
    }

    /// Each divergence still holds: pmlint reads the example as CommonMark says, and
    /// markdown-it still reads it otherwise.
    @Test(arguments: Divergence.allCases)
    func knownDivergence(_ divergence: Divergence) throws {
        let ours = BlockStructureDump.dump(parse(divergence.example))
        #expect(ours == divergence.commonMarkBlocks)
        let theirs = try MarkdownItReference.blocks(of: [divergence.example])[0]
        #expect(theirs != ours, "markdown-it now agrees: \(divergence) is no longer a divergence")
    }

    /// The disagreeing documents by index, each described for the failure message.
    private func compare(_ documents: [String]) throws -> [Int: String] {
        let expected = try MarkdownItReference.blocks(of: documents)
        var disagreements: [Int: String] = [:]
        for (k, text) in documents.enumerated() {
            let ours = BlockStructureDump.dump(parse(text))
            if ours != expected[k] {
                disagreements[k] = "\(text.debugDescription)\nours:   \(ours)\ntheirs: \(expected[k])"
            }
        }
        return disagreements
    }

    /// Front matter is pmlint's extension: its lines become blank for markdown-it, which
    /// keeps every other line number in place.
    static func blankingFrontMatter(_ text: String) -> String {
        let document = parse(text)
        guard let front = document.root.children.first, case .frontMatter = front.kind else { return text }
        let lines = document.source.lines
        let lastLine = lines.line(containing: front.range.upperBound)
        let rest = document.source.text(lines.contentRange(ofLine: lastLine).upperBound..<document.source.count)
        return String(repeating: "\n", count: lastLine) + rest
    }

    static func fixtureFiles() -> [URL] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        return walker.compactMap { $0 as? URL }.filter { $0.pathExtension == "md" }.sorted { $0.path < $1.path }
    }
}

/// Where markdown-it 3.0.0 departs from CommonMark and pmlint deliberately follows the
/// spec (each example also checked against commonmark.js's algorithm).
enum Divergence: String, CaseIterable, CustomTestStringConvertible {
    /// A `>` indented four or more columns is not a block quote marker (spec §5.1), so it
    /// neither continues nor opens a quote; markdown-it continues the quote.
    case indentedQuoteMarker
    /// Whether a lazy line interrupts a paragraph is judged against the containers the
    /// line matched (spec §5.2); markdown-it judges it against the innermost list item, so
    /// it reads an indented line as a block start and then as indented code.
    case lazyLineInNestedItem
    /// A GFM table's header row is the last line of a paragraph; markdown-it's table rule
    /// runs before the others and also takes a heading or list item line as the header.
    case tableHeaderOutsideAParagraph
    /// A link reference definition is part of a paragraph until the paragraph ends, so the
    /// next line continues it (kind 7 HTML cannot interrupt); markdown-it ends it at its line.
    case lineAfterLinkReferenceDefinition
    /// HTML blocks of kinds 1–5 run to their end condition across blank lines, inside
    /// list items too; markdown-it ends them at the blank line there.
    case htmlBlockAcrossBlankLineInItem
    /// A tab after nested `>` markers reaches only the next multiple of 4 columns;
    /// markdown-it counts it as wider there and finds indented code.
    case tabAfterNestedQuoteMarkers
    /// A lazy continuation line is paragraph text, so it cannot become a table header;
    /// markdown-it ends the list item at it and starts a table in the outer item.
    case lazyTableHeader

    var example: String {
        switch self {
        case .indentedQuoteMarker: "> a\n>\n    > b\n"
        case .lazyLineInNestedItem: "1. a\n   1.   b\n       # c\n"
        case .tableHeaderOutsideAParagraph: "# a | b\n--|--\n"
        case .lineAfterLinkReferenceDefinition: "[a]: /u\n<span>\n"
        case .htmlBlockAcrossBlankLineInItem: "- <pre>\n\n  x\n  </pre>\n"
        case .tabAfterNestedQuoteMarkers: "> > > \tx\n"
        case .lazyTableHeader: "+ 1. a\n   | h0 |\n     | :-: |\n"
        }
    }

    /// pmlint's (CommonMark's) block structure of `example`.
    var commonMarkBlocks: [String] {
        switch self {
        case .indentedQuoteMarker: ["blockquote@0:0", "paragraph@1:0-1", "code_block@0:2-3"]
        case .lazyLineInNestedItem:
            ["ordered_list/1@0:0", "list_item@1:0", "paragraph/tight@2:0-1", "ordered_list/1@2:1", "list_item@3:1", "paragraph/tight@4:1-3"]
        case .tableHeaderOutsideAParagraph: ["h1@0:0-1", "paragraph@0:1-2"]
        case .lineAfterLinkReferenceDefinition: ["paragraph@0:1-2"]
        case .htmlBlockAcrossBlankLineInItem: ["bullet_list@0:0", "list_item@1:0", "html_block@2:0-4"]
        case .tabAfterNestedQuoteMarkers: ["blockquote@0:0", "blockquote@1:0", "blockquote@2:0", "paragraph@3:0-1"]
        case .lazyTableHeader: ["bullet_list@0:0", "list_item@1:0", "ordered_list/1@2:0", "list_item@3:0", "paragraph/tight@4:0-3"]
        }
    }

    var testDescription: String { rawValue }
}
