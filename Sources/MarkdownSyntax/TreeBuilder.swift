/// Turns the block parser's node array into the public `Block` tree, bottom-up and without
/// recursion: every child has a larger index than its parent, so walking the array
/// backwards finds each block's children already built.
struct TreeBuilder {
    let nodes: [ParseNode]
    let frontMatter: FrontMatter?
    let bytes: UnsafeBufferPointer<UInt8>

    func build() -> Block {
        var built = [Block?](repeating: nil, count: nodes.count)
        for index in nodes.indices.reversed() {
            let node = nodes[index]
            var children: [Block] = []
            children.reserveCapacity(node.children.count)
            for child in node.children where nodes[child].kind != .removed {
                if let block = built[child].take() { children.append(block) }
            }
            built[index] = Block(kind: kind(of: node), range: node.start..<max(node.start, node.end), children: children)
        }
        return built[0] ?? Block(kind: .document, range: 0..<bytes.count)
    }

    private func kind(of node: ParseNode) -> BlockKind {
        switch node.kind {
        case .document, .removed:
            return .document
        case .frontMatter:
            return .frontMatter(frontMatter ?? FrontMatter(entries: []))
        case .blockQuote:
            return .blockQuote
        case .list:
            let marker = node.marker
            return .list(ListInfo(isOrdered: marker.isOrdered, start: marker.isOrdered ? marker.start : nil, isTight: node.isTight))
        case .item:
            return .listItem(ListItemInfo(markerRange: node.markerRange, task: node.task))
        case .paragraph:
            return .paragraph(InlineContent(segments: node.lines))
        case .heading:
            return .heading(Heading(level: node.level, isSetext: node.isSetext, content: InlineContent(segments: node.lines)))
        case .fencedCode:
            let info = String(decoding: UnsafeBufferPointer(rebasing: bytes[node.info]), as: UTF8.self)
            return .codeBlock(CodeBlock(isFenced: true, info: info, contentLines: node.lines))
        case .indentedCode:
            return .codeBlock(CodeBlock(isFenced: false, info: "", contentLines: node.lines))
        case .html:
            return .htmlBlock(HTMLBlock(isComment: node.level == 2))
        case .thematicBreak:
            return .thematicBreak
        case .table:
            let row = { (range: Range<Int>) in TableRow(range: range, cells: TableSyntax.cells(of: range, in: bytes)) }
            let alignments = TableSyntax.alignments(of: node.delimiterRow, in: bytes) ?? []
            return .table(Table(header: row(node.lines[0]), alignments: alignments, rows: node.lines.dropFirst().map(row)))
        }
    }
}
