@testable import MarkdownSyntax

/// pmlint's block tree in the shape `markdown_it_blocks.py` prints markdown-it's tokens:
/// one "<kind>@<level>:<first line>[-<end line>]" entry per block, in document order.
enum BlockStructureDump {
    static func dump(_ document: MarkdownDocument) -> [String] {
        var entries: [String] = []
        var stack: [(block: Block, level: Int, isTight: Bool)] = document.root.children.reversed().map { ($0, 0, false) }
        while let (block, level, isTight) = stack.popLast() {
            let lines = document.source.lines
            let first = lines.line(containing: block.range.lowerBound)
            let end = lines.line(containing: block.range.upperBound) + 1
            var childrenTight = false
            let entry: String
            switch block.kind {
            case .document, .frontMatter:
                continue
            case .heading(let heading): entry = "h\(heading.level)@\(level):\(first)-\(end)"
            case .paragraph: entry = "\(isTight ? "paragraph/tight" : "paragraph")@\(level):\(first)-\(end)"
            case .blockQuote: entry = "blockquote@\(level):\(first)"
            case .list(let info):
                entry = info.isOrdered ? "ordered_list/\(info.start ?? 1)@\(level):\(first)" : "bullet_list@\(level):\(first)"
                childrenTight = info.isTight
            case .listItem:
                entry = "list_item@\(level):\(first)"
                childrenTight = isTight
            case .table: entry = "table@\(level):\(first)-\(end)"
            case .codeBlock(let code): entry = "\(code.isFenced ? "fence" : "code_block")@\(level):\(first)-\(end)"
            case .htmlBlock: entry = "html_block@\(level):\(first)-\(end)"
            case .thematicBreak: entry = "hr@\(level):\(first)-\(end)"
            }
            entries.append(entry)
            stack.append(contentsOf: block.children.reversed().map { ($0, level + 1, childrenTight) })
        }
        return entries
    }
}
