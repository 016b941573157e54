/// One inline element of a leaf block's text, with its exact byte range.
///
/// Inline parsing recognises what rules must tell apart: code spans (never linted as
/// prose), emphasis markers (skipped when matching phrases, read for `**Key:** value`),
/// links (whose destinations are not prose) and inline HTML (comments carry
/// suppression directives). Everything else is text.
public struct Inline: Sendable, Equatable {
    public var kind: InlineKind
    public var range: Range<Int>
    /// The contents of emphasis, strong emphasis, strikethrough, links and images.
    public var children: [Inline]

    public init(kind: InlineKind, range: Range<Int>, children: [Inline] = []) {
        self.kind = kind
        self.range = range
        self.children = children
    }
}

public enum InlineKind: Sendable, Equatable {
    /// Literal text. Never spans a line break. A backslash escape is its own text node
    /// covering the backslash and the escaped character.
    case text
    /// The line break between two segments of an `InlineContent`.
    case softBreak
    /// A hard line break (two trailing spaces or a backslash) before the next segment.
    case hardBreak
    /// `` `code` ``: `content` excludes the backticks.
    case code(content: Range<Int>)
    case emphasis
    case strong
    case strikethrough
    /// `[text](destination "title")` or a reference link; `destination` is nil for a
    /// reference link whose definition is elsewhere.
    case link(destination: Range<Int>?)
    case image(destination: Range<Int>?)
    /// `<https://…>` or `<name@example.com>`.
    case autolink
    /// Raw inline HTML, including comments.
    case html
}
