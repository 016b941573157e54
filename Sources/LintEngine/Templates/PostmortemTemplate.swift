import PostmortemModel

/// A fill-in-the-blanks postmortem for a built-in profile. `pmlint init` prints it whole;
/// the language server offers each section's body as a snippet. Blanks are written the way
/// the `placeholder-text` rule recognises, so an unfinished copy never passes the linter.
public struct PostmortemTemplate: Sendable {
    public struct Section: Sendable {
        public var kind: SectionKind
        public var heading: String
        /// The Markdown under the heading, ending with a newline.
        public var body: String
    }

    /// The profile the template is written for.
    public var profile: String
    /// Everything before the first section: front matter and the title.
    public var preamble: String
    public var sections: [Section]

    public static let all: [PostmortemTemplate] = [.internal, .external]

    public static func named(_ profile: String) -> PostmortemTemplate? {
        all.first { $0.profile == profile }
    }

    /// The complete document.
    public var markdown: String {
        preamble + sections.map { "\n## \($0.heading)\n\n\($0.body)" }.joined()
    }

    public func section(_ kind: SectionKind) -> Section? {
        sections.first { $0.kind == kind }
    }
}
