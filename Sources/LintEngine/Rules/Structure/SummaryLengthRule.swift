import MarkdownSyntax

/// A summary too short to say what happened, or too long to be a summary.
struct SummaryLengthRule: Rule {
    static let description = RuleDescription(
        id: "PM013", name: "summary-length",
        summary: "The summary is shorter or longer than the configured number of sentences.",
        rationale: """
            Many readers read only the summary. It must answer what happened, who was \
            affected, for how long and what is being done, which takes a few sentences, and \
            stay short enough that it is read at all. Metadata lines are not counted. A warning: \
            one sentence over is a judgment call, not an error.
            """,
        defaultSeverity: .warning,
        options: [
            RuleOption("min", default: .number(2), "Fewest sentences."),
            RuleOption("max", default: .number(5), "Most sentences."),
        ],
        triggering: [
            RuleExample("↓## Summary\n\nThe cache broke."),
            RuleExample("↓## Summary\n\nA. B. C. D. E. F."),
            RuleExample("↓## Summary\n\n**Severity:** SEV-2\n**Status:** Resolved\n\nDashboards showed stale data."),
            RuleExample("↓## Summary\n\nLogin failed for 25 minutes. All users were affected.", options: ["min": .number(3)]),
        ],
        nonTriggering: [
            RuleExample("## Summary\n\nDashboards showed stale data for 2.5 hours. All Professional accounts were affected. No data was lost."),
            RuleExample("## Summary\n\n**Severity:** SEV-2\n\nLogin failed for 25 minutes, e.g. on web and mobile. All users were affected."),
            RuleExample("## Summary\n\nCheckout failed for 40 minutes! Payments were retried automatically, and none were lost."),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        let minimum = context.options.int("min"), maximum = context.options.int("max")
        let metadataKeys = context.document.metadata.entries.filter(\.source.isFieldLine).map(\.keyRange.lowerBound)
        return context.document.sections(of: .summary).prefix(1).compactMap { section in
            var count = 0
            for block in section.blocks {
                guard case .paragraph(let content) = block.kind else { continue }
                let prose = content.segments.filter { segment in !metadataKeys.contains { segment.contains($0) } }
                guard !prose.isEmpty else { continue }
                count += SentenceCounter.count(context.markdown.plainText(InlineContent(segments: prose)))
            }
            guard count < minimum || count > maximum else { return nil }
            return Finding(range: section.headingRange,
                           message: "The summary has \(count) sentence\(count == 1 ? "" : "s"); write \(minimum) to \(maximum): what happened, who was affected, for how long, and what is being done.")
        }
    }
}

/// Counts sentences: runs of text ended by `.`, `!` or `?` and a space, not after common
/// abbreviations or inside numbers; trailing text without a full stop counts as one.
enum SentenceCounter {
    static let abbreviations: Set<String> = ["e.g", "i.e", "etc", "vs", "approx", "inc", "dr", "mr", "ms", "mrs", "no", "st", "jan", "feb",
                                             "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ca", "cf", "est"]

    /// Reads Unicode scalars, not characters: grapheme breaking cost more than the rest of
    /// the rule, and every mark it looks for (`.`, `!`, `?`, space) is a scalar of its own.
    static func count(_ text: String) -> Int {
        let scalars = Array(text.unicodeScalars)
        var count = 0
        var pending = false
        var wordStart = 0
        for (index, scalar) in scalars.enumerated() {
            if scalar == "." || scalar == "!" || scalar == "?" {
                let atEnd = index + 1 == scalars.count || scalars[index + 1] == " "
                if atEnd && pending && !(scalar == "." && isAbbreviation(scalars[wordStart..<index])) {
                    count += 1
                    pending = false
                }
            } else if scalar == " " {
                wordStart = index + 1
            } else if isLetterOrNumber(scalar) {
                pending = true
            }
        }
        return count + (pending ? 1 : 0)
    }

    private static func isAbbreviation(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        word.count <= longestAbbreviation && abbreviations.contains(String(String.UnicodeScalarView(word)).lowercased())
    }

    private static let longestAbbreviation = abbreviations.map(\.count).max() ?? 0

    private static func isLetterOrNumber(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? ASCII.isAlphanumeric(UInt8(scalar.value)) : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
