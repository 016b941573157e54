import MarkdownSyntax
import PostmortemModel

/// Which text of a document is in its author's voice. Quoted material (block quotes, pasted
/// chat logs, status-page updates) is someone else's, and a paragraph or cell that opens with
/// a template prompt (`TODO: say which customers were affected`) is the template's: neither is
/// read as the author's prose, so a prompt that mentions an apology apologises for nothing.
struct AuthorsVoice {
    let quoted: QuotedMaterial
    let source: SourceText

    init(_ document: PostmortemDocument) {
        quoted = document.quoted
        source = document.source
    }

    /// Whether `content` is someone else's words or a template's prompt.
    func excludes(_ content: InlineContent) -> Bool {
        guard let start = content.span?.lowerBound else { return false }
        return quoted.contains(start) || Placeholders.standard.startsWithPrompt(content, in: source)
    }
}
