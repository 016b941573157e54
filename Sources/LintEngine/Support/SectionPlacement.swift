import MarkdownSyntax
import PostmortemModel

/// Where a section of a given kind belongs in a document, following the profile's order:
/// after the nearest present section that comes before it, or else before the nearest one
/// that comes after it.
struct SectionPlacement {
    let document: PostmortemDocument
    let profile: Profile

    struct Spot {
        var after: Section?
        var before: Section?
        /// Where to show a finding about the absent section: the neighbouring heading.
        var anchorRange: Range<Int>
    }

    func spot(for kind: SectionKind) -> Spot {
        let order = profile.sections.map(\.kind)
        guard let index = order.firstIndex(of: kind) else { return spot(after: nil, before: nil) }
        let sections = document.allSections
        let after = order[..<index].reversed().lazy.compactMap { k in sections.first { $0.kind == k } }.first
        let before = after == nil ? order[(index + 1)...].lazy.compactMap { k in sections.first { $0.kind == k } }.first : nil
        return spot(after: after, before: before)
    }

    private func spot(after: Section?, before: Section?) -> Spot {
        let anchor = after?.headingRange ?? before?.headingRange ?? document.allSections.first?.headingRange
            ?? document.source.lines.contentRange(ofLine: 0)
        return Spot(after: after, before: before, anchorRange: anchor)
    }

    /// The edit that writes a `title` heading at `spot`, at the level of its neighbour, with
    /// `body` (Markdown lines, each ending with a newline) under it.
    func insertion(of title: String, body: String = "", at spot: Spot) -> TextEdit {
        let newline = document.source.lineEnding
        let level = (spot.after ?? spot.before ?? document.allSections.first { $0.level > 1 } ?? document.allSections.first)?.level ?? 2
        var section = String(repeating: "#", count: level) + " " + title
        if !body.isEmpty {
            // Splitting a `String` by lines is slow, and the document's own line ending is
            // nearly always the template's.
            let lines = body.dropLast()
            section += newline + newline
                + (newline == "\n" ? String(lines) : lines.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: newline))
        }
        if let after = spot.after {
            // The section's own line ending follows the insertion point.
            return .insert(newline + newline + section, at: after.range.upperBound)
        }
        if let before = spot.before {
            return .insert(section + newline + newline, at: before.headingRange.lowerBound)
        }
        let end = document.source.count
        return .insert(end == 0 ? section + newline : newline + newline + section, at: end)
    }

    /// Whether the heading `edit` inserts would really start a section. Text added inside a
    /// block that never closes (a fence or a comment running to the end of the document) stays
    /// part of that block and resolves nothing, so such a fix is not offered. Only the last top-level block can swallow the insertion,
    /// and only if it is code, HTML or front matter (any other block ends at the blank line the
    /// insertion starts with), so only such a block is parsed again, with the heading in place.
    func startsSection(_ edit: TextEdit) -> Bool {
        guard let last = document.markdown.root.children.last, edit.range.lowerBound >= last.range.lowerBound,
              Self.mayRunToTheEnd(last) else { return true }
        let bytes = document.source.bytes
        let tail = Array(bytes[last.range.lowerBound..<edit.range.lowerBound]) + Array(edit.newText.utf8) + Array(bytes[edit.range.upperBound...])
        guard let source = try? SourceText(utf8: tail) else { return false }
        func headings(_ blocks: [Block]) -> Int {
            blocks.count { if case .heading = $0.kind { true } else { false } }
        }
        return headings(MarkdownDocument(parsing: source).root.children) > headings([last])
    }

    private static func mayRunToTheEnd(_ block: Block) -> Bool {
        switch block.kind {
        case .codeBlock, .htmlBlock, .frontMatter: true
        default: false
        }
    }
}
