import PostmortemModel

/// PM109: staff named in a customer-facing report.
struct NamesInExternalRule: Rule {
    /// Built-in list: empty, because names are recognised by `People`; the configuration adds
    /// staff names (`extraPhrases`) or replaces the recognition with its own list (`phrases`).
    static let list = PhraseList([], configuredMessage: "“{phrase}” names a member of staff in a customer-facing report: describe the role instead (“our on-call engineer”, “the database team”).")

    static let description = RuleDescription(
        id: "PM109", name: "names-in-external",
        summary: "A customer-facing report names individual staff, their @handles or personal e-mail addresses.",
        rationale: """
            A customer-facing report speaks for the company. Naming the engineer who made a change exposes \
            them personally, reads as blame, and tells customers nothing they can use. Describe roles \
            ("our on-call engineer") and give team addresses (support@, security@). The rule finds \
            @handles, personal e-mail addresses, common first names (with a following surname) and the \
            names of the document's action-item owners; `extraPhrases` adds staff names, `allow` exempts \
            a name on purpose (a signature).
            """,
        defaultSeverity: .warning, audiences: [.external], options: PhraseList.options,
        triggering: [
            RuleExample("## How We Responded\n\n↓Priya Raman rolled back the deployment at 10:22am.\n", profile: "external"),
            RuleExample("## How We Responded\n\nOur on-call engineer (↓@jdoe) was paged at 9:47am.\n", profile: "external"),
            RuleExample("## Contact\n\nQuestions can go to ↓jane.doe@example.com.\n", profile: "external"),
            RuleExample("## Why It Happened\n\nA change made by ↓Alice on the platform team removed the limit.\n", profile: "external"),
            RuleExample("## How We Responded\n\n↓Michael from the database team restored the replica, and ↓@kchen verified it.\n", profile: "external"),
        ],
        nonTriggering: [
            RuleExample("## How We Responded\n\nOur on-call engineer was alerted within 5 minutes and rolled back the deployment.\n", profile: "external"),
            RuleExample("## Contact\n\nWrite to support@example.com or security@example.com with any questions.\n", profile: "external"),
            RuleExample("## Why It Happened\n\nA routine update to the Cassandra cluster in May removed the limit.\n", profile: "external"),
            RuleExample("## How We Responded\n\nWe will publish updates at status.example.com and in the `#incidents` channel.\n", profile: "external"),
            RuleExample("## How We Responded\n\n@jdoe rolled back the deployment.\n", profile: "internal"),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        let prose = context.prose
        let options = context.options
        let people = options.strings("phrases").isEmpty ? People(document: context.document) : nil
        var candidates: [PhraseHit] = []
        for index in prose.tokens.indices {
            guard let kind = Self.kind(of: index, in: prose, people: people) else { continue }
            var end = index + 1
            if kind == .name, end < prose.tokens.count, prose.tokens[end].isJoinedToPrevious, prose.tokens[end].isNameShaped,
               !Self.notSurnames.contains(prose.text(at: end)) {
                end += 1
            }
            let match = PhraseMatch(payload: 0, tokens: index..<end)
            let message = kind == .email
                ? "“\(prose.raw(at: index))” is a personal address: give customers a team address (support@, security@) instead."
                : PhraseGroup.message(Self.list.configuredMessage, phrase: prose.text(of: match))
            candidates.append(PhraseHit(match: match, message: message))
        }
        return Self.list.book(options).hits(in: prose, candidates: candidates).map {
            Finding(range: prose.range(of: $0.match), message: $0.message)
        }
    }

    private enum Kind { case handle, email, name }

    private static func kind(of index: Int, in prose: Prose, people: People?) -> Kind? {
        let token = prose.tokens[index]
        guard token.kind != .code, token.kind != .markup else { return nil }
        // Most words: neither an address nor written like a name, told without building text.
        let mayBeAddress = token.kind != .word || prose.lexicon.bytes(of: token.word).contains(UInt8(ascii: "@"))
        if !mayBeAddress && !token.isNameShaped { return nil }
        let text = token.kind == .autolink ? prose.raw(at: index).lowercased().replacing("mailto:", with: "") : prose.text(at: index)
        if mayBeAddress, let at = text.firstIndex(of: "@") {
            // A handle with capitals (`@ExampleStatus`) is a brand account; people's are lower case.
            if at == text.startIndex {
                let isPersonal = text.count > 1 && token.kind == .word && prose.raw(at: index) == text && !broadcastHandles.contains(text)
                return isPersonal ? .handle : nil
            }
            let local = text[..<at]
            let isRoleAddress = local.split(whereSeparator: { $0 == "." || $0 == "-" || $0 == "_" || $0 == "+" })
                .contains { roleAddressWords.contains(String($0)) }
            return isRoleAddress ? nil : .email
        }
        let name = text.hasSuffix("'s") ? String(text.dropLast(2)) : text
        guard token.kind == .word, let people, token.isNameShaped, people.isName(name) else { return nil }
        return .name
    }

    private static let broadcastHandles: Set<String> = ["@here", "@channel", "@everyone", "@all"]

    /// Words in the local part of a team mailbox.
    private static let roleAddressWords: Set<String> = [
        "support", "help", "helpdesk", "security", "status", "incidents", "incident", "noreply", "no", "reply", "info", "contact",
        "sales", "billing", "privacy", "abuse", "team", "ops", "sre", "success", "customer", "customers", "care", "admin",
        "postmaster", "hello", "feedback", "enterprise", "legal", "compliance", "trust", "service", "services", "press", "hi",
    ]

    /// Capitalised words that follow a first name without being a surname ("Alice On Call").
    private static let notSurnames: Set<String> = ["and", "or", "from", "on", "at", "in", "of", "the", "we", "our"]
}
