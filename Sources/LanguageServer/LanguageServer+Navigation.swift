import JSONRPC
import LintEngine
import LSPTypes
import MarkdownSyntax
import PostmortemModel

extension LanguageServer {
    /// Over a diagnostic: each rule's summary, rationale and a document that passes it.
    func hover(_ params: TextDocumentPositionParams) throws(ResponseError) -> Hover? {
        let (lint, converter) = try analysis(params.textDocument.uri)
        let offset = converter.offset(of: params.position)
        let here = lint.result.diagnostics.filter { $0.range.contains(offset) || $0.range.lowerBound == offset }
        var seen: Set<String> = []
        var parts = here.compactMap { diagnostic -> String? in
            guard seen.insert(diagnostic.ruleID).inserted, let rule = RuleRegistry.rule(named: diagnostic.ruleID) else { return nil }
            return RuleHelp.markdown(rule.description)
        }
        if let time = timelineHover(at: offset, in: lint.result.document) { parts.insert(time, at: 0) }
        guard !parts.isEmpty else { return nil }
        let range = here.first?.range ?? lint.result.document.timeline.entries.first { $0.timeRange.contains(offset) }?.timeRange
        return Hover(contents: MarkupContent(markdown: parts.joined(separator: "\n\n---\n\n")), range: range.map(converter.range))
    }

    /// The sections as a tree, each action-items section with its item counts.
    func documentSymbols(_ params: DocumentParams) throws(ResponseError) -> [DocumentSymbol] {
        guard settings.documentSymbols != false else { return [] }
        let (lint, converter) = try analysis(params.textDocument.uri)
        let document = lint.result.document
        func symbol(_ section: Section) -> DocumentSymbol {
            DocumentSymbol(name: section.title.isEmpty ? "(untitled)" : section.title, detail: detail(of: section, in: document),
                           kind: section.level == 1 ? 2 : 15, range: converter.range(of: section.range),
                           selectionRange: converter.range(of: section.headingRange), children: section.subsections.map(symbol))
        }
        return document.sections.map(symbol)
    }

    private func detail(of section: Section, in document: PostmortemDocument) -> String? {
        switch section.kind {
        case .actionItems?:
            let items = document.actionItems.filter { section.range.contains($0.range.lowerBound) }
            return "\(items.count) action items, \(items.filter(\.isOpen).count) open"
        case .timeline?:
            return "\(document.timeline.entries.filter { section.range.contains($0.range.lowerBound) }.count) entries"
        default:
            return section.kind?.rawValue
        }
    }

    /// Sections, fenced code blocks and multi-line comments fold.
    func foldingRanges(_ params: DocumentParams) throws(ResponseError) -> [FoldingRange] {
        guard settings.folding != false else { return [] }
        let (lint, _) = try analysis(params.textDocument.uri)
        let document = lint.result.document
        let lines = document.source.lines
        var ranges: [FoldingRange] = []
        func add(_ range: Range<Int>, kind: String?) {
            let start = lines.line(containing: range.lowerBound)
            let end = lines.line(containing: range.upperBound)
            if end > start { ranges.append(FoldingRange(startLine: start, endLine: end, kind: kind)) }
        }
        for section in document.allSections { add(section.range, kind: nil) }
        document.markdown.root.forEachDescendant { block in
            if case .codeBlock(let code) = block.kind, code.isFenced { add(block.range, kind: nil) }
        }
        for comment in document.markdown.comments { add(comment, kind: "comment") }
        return ranges
    }
}

/// A rule's documentation as Markdown, for hovers.
enum RuleHelp {
    static func markdown(_ rule: RuleDescription) -> String {
        var text = "**\(rule.id) \(rule.name)**: \(rule.summary)\n\n\(rule.rationale)"
        if let good = rule.nonTriggering.first {
            text += "\n\nWritten so that it passes:\n\n```markdown\n\(good.markdown)\n```"
        }
        return text
    }
}
