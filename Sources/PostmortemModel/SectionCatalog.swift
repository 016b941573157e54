/// Maps heading text to section kinds.
///
/// Headings are compared after `HeadingText.normalize`: lower case, punctuation and
/// emoji dropped, runs of spaces folded. The built-in aliases come from the templates
/// and guides in the seeds and from headings real teams use; a configuration can add more.
public struct SectionCatalog: Sendable {
    private var kindsByAlias: [String: SectionKind]

    /// The built-in aliases, in a readable form; normalised on use.
    public static let builtInAliases: [SectionKind: [String]] = [
        .keyInformation: ["Key information", "Key info", "Incident details", "Details", "Metadata", "Tagged data", "Incident metadata"],
        .summary: ["Summary", "Incident summary", "Executive summary", "Overview", "Incident overview", "TL;DR", "TLDR", "Description"],
        .impact: ["Impact", "Customer impact", "User impact", "Business impact", "Impact assessment", "Scope and impact", "Who was affected", "What was the impact", "What was impacted"],
        .timeline: ["Timeline", "Incident timeline", "What happened (timeline)", "What happened", "Chronology", "Sequence of events", "Timeline of events", "Detailed timeline", "Events timeline"],
        .rootCause: ["Root cause", "Root causes", "Root cause analysis", "RCA", "Why it happened", "Why did it happen", "Why did this happen", "Contributors", "Contributing factors", "Causes", "Cause", "Analysis", "5 whys", "Five whys",
                     "Investigation", "Technical analysis", "Technical details", "The vulnerability", "Vulnerability", "Vulnerability details"],
        .mitigators: ["Mitigators", "Mitigating factors", "What went well", "Where we got lucky"],
        .detection: ["Detection", "How it was detected", "How we found out", "Detection and response", "How did we find out", "How was it detected", "How did we detect it",
                     "Alert", "Alerts", "Alerting"],
        .response: ["How we responded", "Response", "Actions taken", "Incident response", "Our response"],
        .resolution: ["Resolution", "Recovery", "Mitigation", "Resolution and recovery", "How it was fixed", "How was it fixed", "How did we fix it",
                      "Solving", "Solution", "The fix", "Fix", "Workaround"],
        .actionItems: ["Action items", "Actions", "Follow-up actions", "Follow-ups", "Follow-up", "Followups", "Follow up actions", "Follow-up items",
                       "Follow-up tasks", "Follow-up improvements", "What we're changing", "What we are changing", "What we're doing about it",
                       "What we are doing about it", "What are we doing about it", "What will we do differently", "Corrective actions", "Corrective and preventive actions", "Preventive measures",
                       "Preventative measures", "Preventive actions", "Prevention", "Next steps", "Remediation", "Remediations",
                       "Remediation items", "Remediation steps", "Review actions", "Post-incident actions", "Action plan",
                       "Actions planned", "Planned actions",
                       "Short term fix", "Short-term fixes", "Long term solution", "Long-term solutions", "Long-term fixes", "Improvements"],
        .lessonsLearned: ["Lessons learned", "Lessons", "Learnings", "Learnings and risks", "Key learnings", "Takeaways", "Retrospective",
                          "What went wrong", "What went poorly", "What went badly", "What didn't go well", "What didn't go so well",
                          "What could have gone better", "What we learned", "What did we learn",
                          // A section named for the review itself holds what the team drew from it.
                          "Postmortem", "Post-mortem", "Reflections", "Reflection", "Closing thoughts", "Final thoughts"],
        .apology: ["Apology and commitment", "Apology", "Our commitment", "Commitment", "Our apology"],
        .contact: ["Contact", "Contact details", "Contact information", "Questions", "Support", "Getting help"],
        .meetingNotes: ["Meeting notes", "Post-mortem meeting notes", "Postmortem meeting notes", "Review meeting notes"],
    ]

    /// Headings that answer a second question besides their own: what went wrong names the
    /// causes as well as the lessons, a short-term fix is how the incident was resolved, and
    /// what went well is a lesson as much as what went wrong.
    static let alsoAnswered: [String: [SectionKind]] = Dictionary(uniqueKeysWithValues: [
        (["What went wrong", "What went poorly", "What went badly", "What didn't go well", "What didn't go so well",
          "What could have gone better"], [SectionKind.rootCause]),
        (["Short term fix", "Short-term fixes"], [.resolution]),
        (["What went well"], [.lessonsLearned]),
    ].flatMap { names, kinds in names.map { (HeadingText.normalize($0), kinds) } })

    /// The built-in aliases normalised once per process: every linted document makes a catalog.
    private static let builtInKindsByAlias: [String: SectionKind] = normalized(builtInAliases, over: [:])

    /// - Parameter extraAliases: aliases from the configuration; they win over built-ins.
    public init(extraAliases: [SectionKind: [String]] = [:]) {
        kindsByAlias = Self.normalized(extraAliases, over: Self.builtInKindsByAlias)
    }

    private static func normalized(_ aliases: [SectionKind: [String]], over base: [String: SectionKind]) -> [String: SectionKind] {
        var map = base
        for (kind, names) in aliases {
            for name in names { map[HeadingText.normalize(name)] = kind }
        }
        return map
    }

    /// The kind of a heading, or nil for a heading pmlint does not know.
    public func kind(ofHeading text: String) -> SectionKind? {
        let normalized = HeadingText.normalize(text)
        if let kind = kindsByAlias[normalized] { return kind }
        // "Incident Postmortem — Timeline" or "3. Timeline": try without a leading label.
        if let stripped = HeadingText.withoutNumbering(normalized), let kind = kindsByAlias[stripped] { return kind }
        // "So what happened?", "The timeline", "Okay, the root cause": a blog's spoken lead-in.
        if let stripped = HeadingText.withoutLeadIn(normalized), let kind = kindsByAlias[stripped] { return kind }
        // "Timeline - May 29, 2021": try the name before the remark. Not before a colon:
        // "Retrospective: Release 12" is a document's title.
        for separator in [" - ", " – ", " — "] {
            if let remark = HeadingText.offset(of: separator, in: text), remark > 0,
               let kind = kindsByAlias[HeadingText.normalize(String(decoding: text.utf8.prefix(remark), as: UTF8.self))] {
                return kind
            }
        }
        // "Timeline (UTC)", "Action items (as of May 2)": try without a trailing remark.
        if text.hasSuffix(")"), let open = text.lastIndex(of: "("), open > text.startIndex {
            return kind(ofHeading: String(text[..<open]))
        }
        return nil
    }

    /// Every kind of question a section's heading answers: the section's own kind, the
    /// second question some headings answer too, and, for a heading that joins names
    /// ("Recovery and lessons learned", "Impact & detection"), the kind of each name.
    public func kindsAnswered(by section: Section) -> [SectionKind] {
        if let kind = section.kind {
            guard Self.answerMore.contains(kind) else { return [kind] }
            return [kind] + (Self.alsoAnswered[HeadingText.normalize(section.title)] ?? [])
        }
        return HeadingText.joinedNames(section.title).flatMap { name in kind(ofHeading: name).map { [$0] } ?? [] }
    }

    /// Whether a section's heading asks what happened ("What happened?", "2. What happened")
    /// rather than naming a timeline: what it holds may be a story rather than events.
    public func asksWhatHappened(_ section: Section) -> Bool {
        let normalized = HeadingText.normalize(section.title)
        return normalized == Self.whatHappened || HeadingText.withoutNumbering(normalized) == Self.whatHappened
            || HeadingText.withoutLeadIn(normalized) == Self.whatHappened
    }

    private static let whatHappened = HeadingText.normalize("What happened")

    /// The kinds of the headings in `alsoAnswered`.
    private static let answerMore: Set<SectionKind> = [.lessonsLearned, .actionItems, .mitigators]
}

/// Normalisation of heading text for matching.
public enum HeadingText {
    /// Lower-cased ASCII letters and digits and non-ASCII letters, with every other run of
    /// characters (punctuation, emoji, spaces) folded to a single space. Apostrophes
    /// vanish, so "What We're Changing" matches "what were changing".
    ///
    /// Every heading of every document passes through here, so ASCII (nearly all headings)
    /// is handled as bytes; only other scalars pay for Unicode property lookups.
    public static func normalize(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar == "'" || scalar == "\u{2019}" { continue }
            let ascii = scalar.isASCII ? UInt8(scalar.value) : nil
            let isWordCharacter = ascii.map { $0.isASCIILetter || $0.isASCIIDigit } ?? scalar.properties.isAlphabetic
            guard isWordCharacter else {
                pendingSpace = true
                continue
            }
            if pendingSpace && !out.isEmpty { out.append(UInt8(ascii: " ")) }
            pendingSpace = false
            if let ascii {
                out.append(ascii.isASCIILetter ? ascii | 0x20 : ascii)
            } else {
                out += scalar.properties.lowercaseMapping.utf8
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The names a heading joins with "and", "&", "/" or "+"; none when it joins no names.
    /// Most headings join none, and are looked at as bytes only.
    static func joinedNames(_ text: String) -> [String] {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "+") })
                || offset(of: " and ", in: text) != nil || offset(of: " And ", in: text) != nil else { return [] }
        var parts = [Substring(text)]
        for separator in [" and ", " And ", "&", "/", "+"] {
            parts = parts.flatMap { $0.split(separator: separator) }
        }
        let names = parts.map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
        return names.count > 1 ? names : []
    }

    /// The byte offset at which `needle` starts in `text`, if it occurs: a byte search, as
    /// every heading is asked and a Unicode-aware search costs many times more.
    static func offset(of needle: String, in text: String) -> Int? {
        let bytes = Array(text.utf8), wanted = Array(needle.utf8)
        guard let first = wanted.first, wanted.count <= bytes.count else { return nil }
        return (0...(bytes.count - wanted.count)).first { bytes[$0] == first && bytes[$0..<($0 + wanted.count)].elementsEqual(wanted) }
    }

    /// A normalised heading without the words a spoken heading opens with ("so", "okay",
    /// "well", "now") and a leading "the" or "our"; nil when it has none.
    /// Byte by byte: every heading pmlint does not know by name passes through here.
    static func withoutLeadIn(_ normalized: String) -> String? {
        let bytes = normalized.utf8
        var start = bytes.startIndex
        while let space = bytes[start...].firstIndex(of: UInt8(ascii: " ")),
              leadIn.contains(where: { $0.elementsEqual(bytes[start..<space]) }) {
            start = bytes.index(after: space)
        }
        return start == bytes.startIndex ? nil : String(normalized[start...])
    }

    private static let leadIn = ["so", "ok", "okay", "well", "now", "and", "but", "the", "our"].map { Array($0.utf8) }

    /// "3 timeline" → "timeline"; nil when there is no leading number.
    static func withoutNumbering(_ normalized: String) -> String? {
        guard let first = normalized.first, first.isNumber, let space = normalized.firstIndex(of: " ") else { return nil }
        return String(normalized[normalized.index(after: space)...])
    }
}

private extension UInt8 {
    var isASCIILetter: Bool { (self | 0x20) >= UInt8(ascii: "a") && (self | 0x20) <= UInt8(ascii: "z") }
    var isASCIIDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }
}
