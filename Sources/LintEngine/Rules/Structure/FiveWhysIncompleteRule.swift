import MarkdownSyntax

/// A "5 Whys" list with questions left unanswered.
struct FiveWhysIncompleteRule: Rule {
    static let description = RuleDescription(
        id: "PM014", name: "five-whys-incomplete",
        summary: "A numbered \"Why…?\" list has unanswered entries.",
        rationale: """
            The 5 Whys only work when every question gets an answer: the chain stops at the \
            first blank, usually just before it reaches the system or process gap that an \
            action item could close. A warning: a team may stop the chain early on purpose.
            """,
        defaultSeverity: .warning,
        triggering: [
            RuleExample("1. **Why did users see errors?** The cache served stale data.\n2. ↓**Why did the cache serve stale data?** ..."),
            // A prefix before "Why" would make these no longer questions.
            RuleExample("1. Why did the app crash? A nil error was unwrapped.\n2. ↓Why was it unwrapped?\n3. ↓Why was there no recover()? TBD",
                        isWrappable: false),
            RuleExample("## Root Cause\n\n1. ↓**Why did users see errors?**\n2. ↓**Why did that component fail?**"),
        ],
        nonTriggering: [
            RuleExample("1. **Why did users see errors?** The cache served stale data.\n2. **Why?** The deploy failed silently."),
            RuleExample("1. Why did the app crash?\n   A nil error was unwrapped in the pubsub wrapper.\n2. Why was it unwrapped? The consumer assumed errors wrap causes."),
            RuleExample("1. What happened? The cache broke.\n2. Who was affected? Everyone."),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        context.markdown.root.forEachDescendant { block in
            guard case .list = block.kind else { return }
            let questions = block.children.compactMap { question(in: $0, context: context) }
            guard questions.count >= 2 else { return }
            for question in questions where !question.isAnswered {
                findings.append(Finding(range: question.range,
                                        message: "\"\(question.text)\" has no answer; keep asking until the chain reaches a system or process gap."))
            }
        }
        return findings
    }

    private struct Question {
        var text: String
        var range: Range<Int>
        var isAnswered: Bool
    }

    /// A list item whose text starts with "Why" and holds a question mark.
    private func question(in item: Block, context: RuleContext) -> Question? {
        guard let first = item.children.first, case .paragraph(let content) = first.kind, let line = content.segments.first,
              Self.mentionsWhy(context.source.bytes[line])
        else { return nil }
        let text = context.markdown.plainText(content)
        guard text.lowercased().hasPrefix("why"), let mark = text.firstIndex(of: "?") else { return nil }
        let answer = String(text[text.index(after: mark)...]).trimmingCharacters(in: " ")
        let hasMore = item.children.count > 1
        let answered = hasMore || !(answer.isEmpty || Placeholders.standard.isPlaceholder(answer) || answer == "?")
        return Question(text: String(text.prefix(through: mark)), range: line.lowerBound..<(content.segments.last ?? line).upperBound, isAnswered: answered)
    }

    /// Whether "why", in any case, stands in `line`: a cheap test that spares building the
    /// plain text of the many list items that are not a question.
    private static func mentionsWhy(_ line: ArraySlice<UInt8>) -> Bool {
        line.indices.dropLast(2).contains { index in
            line[index] | 0x20 == UInt8(ascii: "w") && line[index + 1] | 0x20 == UInt8(ascii: "h") && line[index + 2] | 0x20 == UInt8(ascii: "y")
        }
    }
}
