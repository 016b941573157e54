import PostmortemModel

/// What a kind of postmortem must contain, and in which order.
public struct Profile: Sendable, Equatable {
    public var name: String
    public var audience: Audience
    /// Every section the profile knows, in canonical order.
    public var sections: [SectionRequirement]

    public init(name: String, audience: Audience, sections: [SectionRequirement]) {
        self.name = name
        self.audience = audience
        self.sections = sections
    }

    public func requirement(for kind: SectionKind) -> SectionRequirement? {
        sections.first { $0.kind == kind }
    }

    /// Takes `extra` over the profile's own entry for that kind (keeping its place in the
    /// canonical order), or appends it when the profile does not know the kind.
    public mutating func merge(_ extra: SectionRequirement) {
        if let index = sections.firstIndex(where: { $0.kind == extra.kind }) {
            sections[index].level = extra.level
            sections[index].title = extra.title
        } else {
            sections.append(extra)
        }
    }
}

public struct SectionRequirement: Sendable, Equatable {
    public enum Level: String, Sendable, Codable {
        /// Missing is an error.
        case required
        /// Missing is a warning.
        case recommended
        /// Known, placed in order, never demanded.
        case optional
    }

    public var kind: SectionKind
    /// The heading a fix or a template writes for this section.
    public var title: String
    public var level: Level

    public init(_ kind: SectionKind, _ title: String, _ level: Level) {
        self.kind = kind
        self.title = title
        self.level = level
    }
}

extension Profile {
    /// The blameless engineering review (seed 004), accepting the section names of seed 002.
    public static let `internal` = Profile(name: "internal", audience: .internal, sections: [
        SectionRequirement(.keyInformation, "Key Information", .optional),
        SectionRequirement(.summary, "Summary", .required),
        SectionRequirement(.impact, "Impact", .required),
        SectionRequirement(.timeline, "Timeline", .required),
        SectionRequirement(.rootCause, "Root Cause", .required),
        SectionRequirement(.mitigators, "Mitigators", .optional),
        SectionRequirement(.detection, "Detection", .recommended),
        SectionRequirement(.response, "Response", .optional),
        SectionRequirement(.resolution, "Resolution", .recommended),
        SectionRequirement(.actionItems, "Action Items", .required),
        SectionRequirement(.lessonsLearned, "Lessons Learned", .recommended),
        SectionRequirement(.meetingNotes, "Meeting Notes", .optional),
    ])

    /// The customer-facing report (seeds 001 and 000).
    public static let external = Profile(name: "external", audience: .external, sections: [
        SectionRequirement(.summary, "Summary", .required),
        SectionRequirement(.impact, "Impact", .optional),
        SectionRequirement(.timeline, "What Happened (Timeline)", .required),
        SectionRequirement(.rootCause, "Why It Happened", .required),
        SectionRequirement(.response, "How We Responded", .required),
        SectionRequirement(.resolution, "Resolution", .optional),
        SectionRequirement(.actionItems, "What We're Changing", .required),
        SectionRequirement(.apology, "Apology and Commitment", .required),
        SectionRequirement(.contact, "Contact", .optional),
    ])

    public static let builtIn: [String: Profile] = ["internal": .internal, "external": .external]
}
