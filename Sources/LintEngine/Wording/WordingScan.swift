import PostmortemModel

extension RuleContext {
    /// The document's prose, headings included, shared by the wording rules of one lint.
    var prose: Prose { memo.value("wording.prose") { Prose(document: document) } }

    /// The document's prose without section titles, for rules that look for a statement.
    var proseWithoutHeadings: Prose { memo.value("wording.prose-without-headings") { Prose(document: document, headings: false) } }

    /// The `{class}` decisions over `prose`.
    var wordClasses: WordClasses { memo.value("wording.classes") { WordClasses(prose: prose, document: document) } }
}

/// The `sections` option of wording rules that only read some sections.
enum SectionScope {
    static func option(default kinds: [SectionKind], _ summary: String) -> RuleOption {
        RuleOption("sections", default: .array(kinds.map { .string($0.rawValue) }), summary + " An empty list means every section.")
    }

    /// The configured section kinds; nil for every section.
    static func kinds(_ options: RuleOptions) -> Set<SectionKind>? {
        let names = options.strings("sections")
        return names.isEmpty ? nil : Set(names.map(SectionKind.init))
    }
}

extension PhraseBook {
    /// The hits of a phrase rule in the given sections.
    /// - Parameters:
    ///   - sections: the section kinds to read; nil for all.
    ///   - negatable: drop hits with a negation just before them ("nobody is to blame").
    func hits(in prose: Prose, sections: Set<SectionKind>?, negatable: Bool,
              isMember: (_ name: String, _ index: Int) -> Bool = { _, _ in false }) -> [PhraseHit] {
        hits(in: prose, isMember: isMember).filter { hit in
            let first = hit.match.tokens.lowerBound
            if let sections, !(prose.tokens[first].section.map(sections.contains) ?? false) { return false }
            return !(negatable && prose.isNegated(before: first))
        }
    }

    /// The findings of a phrase rule, each range covering the matched words.
    /// - Parameter severity: a severity that depends on where the hit stands, if any.
    func findings(in prose: Prose, sections: Set<SectionKind>?, negatable: Bool,
                  isMember: (_ name: String, _ index: Int) -> Bool = { _, _ in false },
                  severity: (WordToken) -> Severity? = { _ in nil }) -> [Finding] {
        hits(in: prose, sections: sections, negatable: negatable, isMember: isMember).map { hit in
            Finding(range: prose.range(of: hit.match), message: hit.message, severity: severity(prose.tokens[hit.match.tokens.lowerBound]))
        }
    }
}

extension PostmortemDocument {
    /// Where a finding about something the whole document lacks is reported: the title of the
    /// first section of the first kind present, else the first section's title.
    func anchor(preferring kinds: [SectionKind]) -> Range<Int>? {
        for kind in kinds {
            if let section = sections(of: kind).first { return section.titleRange }
        }
        return sections.first?.titleRange
    }
}
