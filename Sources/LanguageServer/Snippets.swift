import LintEngine
import LSPTypes
import PostmortemModel

/// Snippets with tab stops for the recurring pieces of a postmortem, and the `pmlint init`
/// templates as whole-document snippets.
enum Snippets {
    static func all(today: CalendarDate, time: String) -> [CompletionItem] {
        let pieces = [
            snippet("timeline row", "A timeline entry at the current UTC time", "| \(time) | ${1:what happened} |"),
            snippet("action item row", "An action item with owner, priority and due date",
                    "| ${1:#} | ${2:action} | ${3:@owner} | ${4:P2} | ${5:\(today)} | ${6:Open} |"),
            snippet("5 whys", "Five questions from the symptom to the root cause",
                    (1...5).map { "\($0). **Why \($0 == 1 ? "did ${1:the symptom} happen" : "did that happen")?** ${\($0 + 1):because}" }
                        .joined(separator: "\n")),
        ]
        return pieces + PostmortemTemplate.all.map(templateItem)
    }

    /// The whole template as a snippet; its preview, the large part, is added by `resolve`.
    private static func templateItem(_ template: PostmortemTemplate) -> CompletionItem {
        var item = snippet("\(template.profile) postmortem template", "A complete \(template.profile) postmortem to fill in",
                           body(of: template))
        item.data = CompletionData(template: template.profile)
        return item
    }

    /// The preview of a template item.
    static func resolve(_ item: CompletionItem) -> CompletionItem {
        guard let name = item.data?.template, let template = PostmortemTemplate.named(name) else { return item }
        var resolved = item
        resolved.documentation = MarkupContent(markdown: "```markdown\n\(template.markdown)\n```")
        return resolved
    }

    /// The template's text with each `[blank]` turned into a tab stop, in order.
    static func body(of template: PostmortemTemplate) -> String {
        var out = ""
        var stop = 0
        var rest = Substring(template.markdown)
        while let open = rest.firstIndex(of: "[") {
            out += escape(rest[..<open])
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(where: { $0 == "]" || $0 == "\n" }), rest[close] == "]",
                  rest.index(after: close) == rest.endIndex || rest[rest.index(after: close)] != "(" else {
                out += "["
                rest = rest[afterOpen...]
                continue
            }
            stop += 1
            out += "${\(stop):\(escape(rest[afterOpen..<close]))}"
            rest = rest[rest.index(after: close)...]
        }
        return out + escape(rest) + "$0"
    }

    /// Snippet syntax gives `$`, `}` and `\` meanings; written text keeps them literal.
    private static func escape(_ text: Substring) -> String {
        var out = ""
        for character in text {
            if character == "$" || character == "}" || character == "\\" { out.append("\\") }
            out.append(character)
        }
        return out
    }

    private static func snippet(_ label: String, _ detail: String, _ body: String) -> CompletionItem {
        CompletionItem(label: label, kind: 15, detail: detail, insertText: body, insertTextFormat: 2)
    }
}
