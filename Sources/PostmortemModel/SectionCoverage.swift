import MarkdownSyntax

/// The questions a postmortem answers, whether or not under the template's headings.
///
/// Real teams answer a template's question in many places: under a heading that answers
/// two ("Recovery and lessons learned", "What went wrong" naming the causes), in a labelled
/// line (`**Impact:** …`), in the untitled paragraphs that open the document, in a status
/// page's log of updates, or in a list the model reads for itself wherever it stands (action
/// items, timeline rows). A section is missing only when its question is answered nowhere.
public struct SectionCoverage: Sendable {
    private let kinds: Set<SectionKind>

    init(kinds: Set<SectionKind>) { self.kinds = kinds }

    public func answers(_ kind: SectionKind) -> Bool { kinds.contains(kind) }
}

/// Reads a `SectionCoverage` from a document's sections and what the model read from them.
struct SectionCoverageReader {
    let markdown: MarkdownDocument
    let catalog: SectionCatalog

    /// Fewer words than this make a label, a byline or a date, not a paragraph that tells
    /// the story.
    private static let proseWords = 12

    /// How far into a line a label's colon may come: the longest section name, set in bold,
    /// with room to spare.
    private static let labelBytes = 48

    /// - Parameter sections: every section, subsections included.
    func read(sections: [Section], preamble: [Block], actionItems: [ActionItem], timeline: Timeline) -> SectionCoverage {
        var kinds = Set<SectionKind>()
        var narratives: [Section] = []
        let timelines = sections.filter { $0.kind == .timeline }.map(\.range)
        for section in sections where !section.isTitle {
            // A timeline's own headings are its times and days.
            if section.kind == nil, timelines.contains(where: { $0.contains(section.headingRange.lowerBound) }) { continue }
            let answered = catalog.kindsAnswered(by: section)
            kinds.formUnion(answered)
            // Lessons that end in a list of what "we will" do hold the action items.
            if answered.contains(.lessonsLearned), section.blocks.contains(where: listsCommitments) { kinds.insert(.actionItems) }
            // Read only while nothing has given the action items: it reads every paragraph.
            if actionItems.isEmpty, !kinds.contains(.actionItems), introducesChanges(section.blocks) { kinds.insert(.actionItems) }
            // A "what happened" section that tells the story in prose, with no timed rows, is
            // the summary of the incident; so are bullets of prose under a heading that asks
            // what happened (under "Timeline" they are events written without their times).
            if section.kind == .timeline, hasProse(section.blocks, inLists: catalog.asksWhatHappened(section)),
               !timeline.entries.contains(where: { section.range.contains($0.range.lowerBound) }) {
                kinds.insert(.summary)
                narratives.append(section)
            }
        }
        if !actionItems.isEmpty { kinds.insert(.actionItems) }
        if !timeline.entries.isEmpty { kinds.insert(.timeline) }
        // A timeline that records the alert or the fix tells how the incident came to light
        // or ended, even where no section retells it.
        if timeline.entries.contains(where: { $0.kinds.contains(.detection) }) { kinds.insert(.detection) }
        if timeline.entries.contains(where: { $0.kinds.contains(.mitigation) || $0.kinds.contains(.resolution) }) { kinds.insert(.resolution) }
        // A document written to a template answers everything under its headings: the reads
        // below, over every paragraph, are for those that are not.
        let underHeadings = kinds.union(Self.equivalents(of: kinds))
        if Self.templateQuestions.isSubset(of: underHeadings) { return SectionCoverage(kinds: underHeadings) }
        let opening = preamble + (sections.first { $0.isTitle }?.blocks ?? [])
        if hasProse(opening) { kinds.insert(.summary) }
        if !kinds.contains(.actionItems), introducesChanges(opening) { kinds.insert(.actionItems) }
        let blocks = preamble + sections.flatMap(\.blocks)
        for block in blocks { kinds.formUnion(labels(in: block)) }
        if updateCount(in: blocks) >= 2 { kinds.insert(.timeline) }
        // The story told in prose: the opening paragraphs, the summary, a what-happened
        // narrative, sections under headings of the writer's own and a status page's updates
        // answer what they tell.
        let storySections = sections.filter { !$0.isTitle && ($0.kind == nil || $0.kind == .summary) }
        let story = paragraphTexts(opening + storySections.flatMap(\.blocks)) + paragraphTexts(narratives.flatMap(\.blocks), inLists: true)
        for (kind, cues) in Self.storyCues where !kinds.contains(kind) {
            if story.contains(where: cues.occurs) { kinds.insert(kind) }
        }
        // A cause is explained wherever the writer's reasoning leads: under the impact
        // ("this is due to a flaw in …"), the response, or the fix.
        if !kinds.contains(.rootCause) {
            let elsewhere = sections.filter { !$0.isTitle && $0.kind != nil && $0.kind != .summary && $0.kind != .timeline }
            if paragraphTexts(elsewhere.flatMap(\.blocks)).contains(where: Self.causeCues.occurs) { kinds.insert(.rootCause) }
        }
        return SectionCoverage(kinds: kinds.union(Self.equivalents(of: kinds)))
    }

    /// The text of every paragraph among the blocks, and `inLists`, of list items' paragraphs
    /// (elsewhere a list is rows: key events, a timeline under a day heading).
    private func paragraphTexts(_ blocks: [Block], inLists: Bool = false) -> [String] {
        var texts: [String] = []
        func visit(_ block: Block) {
            switch block.kind {
            case .paragraph: texts.append(markdown.source.text(block.range))
            case .list, .listItem: if inLists { block.children.forEach(visit) }
            default: break
            }
        }
        blocks.forEach(visit)
        return texts
    }

    /// The questions the built-in templates ask, but the apology, which the rules look for
    /// in any sentence.
    private static let templateQuestions: Set<SectionKind> = [
        .summary, .impact, .timeline, .rootCause, .detection, .response, .resolution, .actionItems, .lessonsLearned,
    ]

    /// How the team responded and how the incident ended are one story in most reports: a
    /// section telling either answers both.
    private static func equivalents(of kinds: Set<SectionKind>) -> Set<SectionKind> {
        kinds.contains(.resolution) || kinds.contains(.response) ? [.resolution, .response] : []
    }

    /// Whether a paragraph (or, `inLists`, a list item's) is long enough to tell part of the story.
    private func hasProse(_ blocks: [Block], inLists: Bool = false) -> Bool {
        blocks.contains { block in
            switch block.kind {
            case .paragraph: wordCount(block.range) >= Self.proseWords
            case .list, .listItem: inLists && hasProse(block.children, inLists: true)
            default: false
            }
        }
    }

    private func wordCount(_ range: Range<Int>) -> Int {
        var count = 0, inWord = false
        for byte in markdown.source.bytes[range] {
            let isSpace = byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t")
            if !isSpace && !inWord { count += 1 }
            inWord = !isSpace
        }
        return count
    }

    /// The kinds named by the labels of a paragraph's lines: `**Impact:** …`, `Root cause: …`,
    /// `**Actions planned:**` above a list.
    private func labels(in block: Block) -> [SectionKind] {
        guard case .paragraph(let content) = block.kind else { return [] }
        let bytes = markdown.source.bytes
        return content.segments.compactMap { line in
            // A label is a few words: its colon comes early, and most lines of prose have none there.
            guard bytes[line.lowerBound..<min(line.upperBound, line.lowerBound + Self.labelBytes)].contains(UInt8(ascii: ":")) else { return nil }
            return KeyValueLine(segment: line, in: markdown).flatMap { catalog.kind(ofHeading: $0.key) }
        }
    }

    /// Paragraphs headed by a status page's update label (`[Update - 2024-05-02 10h00 UTC]`),
    /// or a date and time standing alone above an update (`2024-05-02 10:00 UTC`).
    private func updateCount(in blocks: [Block]) -> Int {
        let bytes = markdown.source.bytes
        return blocks.count { block in
            guard case .paragraph(let content) = block.kind else { return false }
            return QuotedMaterial.isUpdateBlock(content, in: bytes) || isTimestamp(content)
        }
    }

    /// A paragraph that is one line holding nothing but a date and a time of day.
    private func isTimestamp(_ content: InlineContent) -> Bool {
        guard content.segments.count == 1, let line = content.segments.first, line.count <= 40,
              case .time(let time) = TimeText.read(markdown.source.bytes, in: line), time.date != nil, time.secondsOfDay != nil
        else { return false }
        return markdown.source.bytes[time.range.upperBound..<line.upperBound].allSatisfy { $0 == UInt8(ascii: " ") }
    }

    /// A list with an item that commits the team: "We will add…", "We'll move…".
    private func listsCommitments(_ block: Block) -> Bool {
        guard case .list = block.kind else { return false }
        return block.children.contains { item in
            guard let first = item.children.first, case .paragraph = first.kind else { return false }
            let opening = markdown.source.text(first.range.lowerBound..<min(first.range.upperBound, first.range.lowerBound + 24)).lowercased()
            return Self.commitmentOpenings.contains { opening.hasPrefix($0) }
        }
    }

    /// A list that a paragraph introduces as the changes made or planned against a repeat
    /// ("To prevent this in the future, we've made these changes:"), or paragraphs after one
    /// that says changes were made against it ("A few changes have been made to reduce the
    /// risk of this happening again."): the document's action items, written in prose's place.
    private func introducesChanges(_ blocks: [Block]) -> Bool {
        zip(blocks, blocks.dropFirst()).contains { lead, next in
            guard case .paragraph = lead.kind else { return false }
            // Every pair of paragraphs of every section is asked, at every keystroke in an editor.
            let text = markdown.source.bytes[lead.range]
            switch next.kind {
            case .list: return text.last == UInt8(ascii: ":") && Self.changeCues.occurs(in: text)
            case .paragraph: return Self.changeNouns.occurs(in: text) && Self.againstRepeat.occurs(in: text)
            default: return false
            }
        }
    }

    private static let changeNouns = KeywordSet(["changes", "improvements", "measures", "safeguards"])
    /// Words that aim a change at the incident's repeat.
    private static let againstRepeat = KeywordSet(["future", "prevent", "again", "recur", "repeat", "similar"])

    private static let changeCues = KeywordSet(["prevent", "changes", "improvements", "follow-up", "follow up", "going forward",
                                                "in the future", "next steps", "we will", "we are making", "we have made",
                                                "we've made", "we're making"])

    private static let commitmentOpenings = ["we will ", "we'll ", "we\u{2019}ll ", "we are going to ", "we plan to "]

    /// Words by which a story answers a question: the harm done, its cause, how it came to
    /// light and how it ended. Looked for only when no section answers the question.
    /// Words that give a cause: a causal link, or a defect named (a bug, a flaw, a wrong
    /// value, or the correct one it was put back to).
    private static let causeCues = KeywordSet(["root cause", "caused by", "because", "due to", "has caused", "was caused",
                                               "triggered by", "resulted from", "the cause", "bug", "flaw", "defect",
                                               "regression", "misconfigur", "incorrect", "the wrong", "the correct"])

    private static let storyCues: [(SectionKind, KeywordSet)] = [
        (.impact, KeywordSet(["affected", "impact", "unable to", "could not", "couldn't", "unavailable", "outage", "inaccessible",
                              "exposed", "fail", "broken", "error", "experiencing"])),
        (.rootCause, causeCues),
        (.detection, KeywordSet(["reported", "alerted", "noticed", "detected", "discovered", "notified", "made aware",
                                 "became aware", "spotted", "flagged"])),
        (.resolution, KeywordSet(["resolved", "resolving", "fixed", "restored", "rolled back", "reverted", "downgrad", "mitigated",
                                  "remediated", "patched", "recovered", "back to normal", "revoked", "rotated", "finished", "restarted",
                                  "working again", "work again"])),
    ]
}
