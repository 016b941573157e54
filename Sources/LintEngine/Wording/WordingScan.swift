import PostmortemModel

extension RuleContext {
    /// The document's prose, headings included, shared by the wording rules of one lint.
    var prose: Prose { memo.prose.value { Prose(document: document, reusing: cache) } }

    /// The document's prose without section titles, for rules that look for a statement.
    var proseWithoutHeadings: Prose { memo.proseWithoutHeadings.value { prose.withoutHeadings() } }

    /// The `{class}` slots each token of `prose` fills.
    var wordClasses: [WordClass] { memo.wordClasses.value { WordClasses(prose: prose, document: document).ofToken } }

    /// The hits of one of the lists read over the whole document, as the rule's options
    /// configure it: the built-in list's come from the one pass all of them share, a
    /// configured list is matched on its own.
    /// - Parameters:
    ///   - sections: the section kinds to read; nil for all.
    ///   - negatable: drop hits with a negation just before them ("nobody is to blame").
    func hits(of list: DocumentPhrases.List, sections: Set<SectionKind>?, negatable: Bool) -> [PhraseHit] {
        let prose = self.prose
        let hits = list.phrases.configuredBook(options).map { $0.hits(in: prose, classes: wordClasses) }
            ?? memo.phrases.value { DocumentPhrases(prose: prose, classes: wordClasses) }.hits(of: list, in: prose)
        return PhraseBook.scoped(hits, in: prose, sections: sections, negatable: negatable)
    }
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
              classes: [WordClass] = []) -> [PhraseHit] {
        Self.scoped(hits(in: prose, classes: classes), in: prose, sections: sections, negatable: negatable)
    }

    /// The hits that stand in `sections` (nil for all), without those a negation comes just
    /// before when `negatable`.
    static func scoped(_ hits: [PhraseHit], in prose: Prose, sections: Set<SectionKind>?, negatable: Bool) -> [PhraseHit] {
        hits.filter { hit in
            let first = hit.match.tokens.lowerBound
            if let sections, !(prose.section(at: first).map(sections.contains) ?? false) { return false }
            return !(negatable && prose.isNegated(before: first))
        }
    }

    /// The findings of a phrase rule, each range covering the matched words.
    /// - Parameter severity: a severity that depends on the section the hit stands in, if any.
    func findings(in prose: Prose, sections: Set<SectionKind>?, negatable: Bool,
                  classes: [WordClass] = [],
                  severity: (_ section: SectionKind?) -> Severity? = { _ in nil }) -> [Finding] {
        hits(in: prose, sections: sections, negatable: negatable, classes: classes).map { hit in
            Finding(range: prose.range(of: hit.match), message: hit.message,
                    severity: hit.severity ?? severity(prose.section(at: hit.match.tokens.lowerBound)))
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
