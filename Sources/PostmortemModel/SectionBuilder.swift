import MarkdownSyntax

/// Groups the top-level blocks of a document under their headings.
///
/// Only top-level headings open sections: a heading inside a list or quote is content.
/// A section runs until the next heading of the same or a higher level.
struct SectionBuilder {
    let markdown: MarkdownDocument
    let catalog: SectionCatalog

    func build(from blocks: [Block]) -> (preamble: [Block], sections: [Section]) {
        var preamble: [Block] = []
        var roots: [Section] = []
        var stack: [Section] = []

        func close(downTo level: Int) {
            while let last = stack.last, last.level >= level {
                stack.removeLast()
                if stack.isEmpty { roots.append(last) } else { stack[stack.count - 1].subsections.append(last) }
            }
        }

        for block in blocks {
            // An MDX page's module statements are code, in no section and no preamble.
            if MDXModuleStatement.isModuleStatement(block, in: markdown.source) { continue }
            if case .heading(let heading) = block.kind {
                close(downTo: heading.level)
                let title = markdown.plainText(heading.content).trimmingSpaces
                let titleRange = heading.content.span ?? block.range.upperBound..<block.range.upperBound
                stack.append(Section(title: title, kind: catalog.kind(ofHeading: title), level: heading.level,
                                     headingRange: block.range, titleRange: titleRange, range: block.range,
                                     blocks: [], subsections: []))
            } else if stack.isEmpty {
                if case .frontMatter = block.kind { continue }
                preamble.append(block)
            } else {
                stack[stack.count - 1].blocks.append(block)
            }
            // Every open section now reaches at least the end of this block.
            for index in stack.indices {
                stack[index].range = stack[index].range.lowerBound..<max(stack[index].range.upperBound, block.range.upperBound)
            }
        }
        close(downTo: 0)
        markTitle(in: &roots, after: preamble)
        return (preamble, roots)
    }

    /// The title is the first top-level heading of a kind pmlint does not know; a document
    /// with no top-level heading that opens with a lower one (`## 2024-07-30 Outage`, as
    /// blogs and sites that print their own title write) has that one as its title.
    private func markTitle(in roots: inout [Section], after preamble: [Block]) {
        guard var first = roots.first, first.kind == nil else { return }
        let opensTheDocument = !preamble.contains { if case .paragraph = $0.kind { true } else { false } }
        guard first.level == 1 || (opensTheDocument && roots.allSatisfy { $0.level > 1 }) else { return }
        first.isTitle = true
        // `# Title:` then the title itself as the next heading.
        if HeadingText.normalize(first.title) == "title", first.blocks.isEmpty, !first.subsections.isEmpty,
           first.subsections[0].blocks.isEmpty, first.subsections[0].subsections.isEmpty {
            first.subsections[0].isTitle = true
        }
        roots[0] = first
    }
}

extension String {
    /// Without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return String(scalars)
    }
}
