import LSPTypes
import PostmortemModel

/// Snippets with tab stops for the recurring pieces of a postmortem.
enum Snippets {
    static func all(today: CalendarDate, time: String) -> [CompletionItem] {
        [
            snippet("timeline row", "A timeline entry at the current UTC time", "| \(time) | ${1:what happened} |"),
            snippet("action item row", "An action item with owner, priority and due date",
                    "| ${1:#} | ${2:action} | ${3:@owner} | ${4:P2} | ${5:\(today)} | ${6:Open} |"),
            snippet("5 whys", "Five questions from the symptom to the root cause",
                    (1...5).map { "\($0). **Why \($0 == 1 ? "did ${1:the symptom} happen" : "did that happen")?** ${\($0 + 1):because}" }
                        .joined(separator: "\n")),
        ]
    }

    private static func snippet(_ label: String, _ detail: String, _ body: String) -> CompletionItem {
        CompletionItem(label: label, kind: 15, detail: detail, insertText: body, insertTextFormat: 2)
    }
}
