import MarkdownSyntax
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
            @handles, personal e-mail addresses, common first names (with a following surname), the \
            names of the document's action-item owners, and any capitalised name the sentence shows to be \
            staff: a staff role beside it ("our engineer Kwame"), one of our teams ("Marcus from our \
            infrastructure team"), or a clause it opens as the one acting ("Chloe declared an incident", \
            "12:34 Oskar disabled the rule"). \
            Credited outsiders (researchers, contributors, unless the project's own), bylines and \
            signatures, organisations, team handles and role mailboxes are left alone. `extraPhrases` adds staff names, `allow` exempts a name on purpose. \
            It reports information, not warnings: on sentences written independently of the rule its \
            precision is 0.94, below the 0.95 a warning needs (a customer's or a partner's name still \
            reads as staff now and then).
            """,
        defaultSeverity: .info, audiences: [.external], options: PhraseList.options,
        triggering: [
            RuleExample("## How We Responded\n\n↓Priya Raman rolled back the deployment at 10:22am.\n", profile: "external"),
            RuleExample("## How We Responded\n\nOur on-call engineer (↓@jdoe) was paged at 9:47am.\n", profile: "external"),
            RuleExample("## Contact\n\nQuestions can go to ↓jane.doe@example.com.\n", profile: "external"),
            RuleExample("## Why It Happened\n\nA change made by ↓Alice on the platform team removed the limit.\n", profile: "external"),
            RuleExample("## How We Responded\n\n↓Michael from the database team restored the replica, and ↓@kchen verified it.\n", profile: "external"),
            RuleExample("## How We Responded\n\nAt 09:40 UTC, ↓Tendai rebuilt the search index.\n", profile: "external"),
            RuleExample("## How We Responded\n\n↓Ilse, our database lead, restored the missing rows.\n", profile: "external"),
        ],
        nonTriggering: [
            RuleExample("## How We Responded\n\nOur on-call engineer was alerted within 5 minutes and rolled back the deployment.\n", profile: "external"),
            RuleExample("## Contact\n\nWrite to support@example.com or security@example.com with any questions.\n", profile: "external"),
            RuleExample("## Why It Happened\n\nA routine update to the Cassandra cluster in May removed the limit.\n", profile: "external"),
            RuleExample("## How We Responded\n\nWe will publish updates at status.example.com and in the `#incidents` channel.\n", profile: "external"),
            RuleExample("## How We Responded\n\n@jdoe rolled back the deployment.\n", profile: "internal"),
            RuleExample("## Thanks\n\nWe thank security researcher Ana Costa for responsibly reporting this issue.\n", profile: "external"),
            RuleExample("## Summary\n\nPosted by Maria Schulz, VP of Engineering.\n", profile: "external"),
            RuleExample("## What Happened\n\nOn Monday [Tomasz](https://tomasz.example.net/) asked why the editor would not load, and [a reply from @kfinch](https://example.com/issues/7) narrowed it to HTTPS.\n",
                        profile: "external"),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        let prose = context.prose
        let options = context.options
        let people = options.strings("phrases").isEmpty ? People(document: context.document) : nil
        let reading = StaffReading(prose: prose, source: context.document.source.bytes)
        var found: [(kind: Kind, tokens: Range<Int>)] = []
        // A name written as a link's text points to that person's own page: a credit or a
        // reference (`[Jake](https://…) asked me`, `[a comment from @lwang](…)`), not staff at work.
        let links = Self.linkTexts(in: context.markdown)
        func isLinked(_ tokens: Range<Int>) -> Bool {
            links.contains { $0.contains(prose.tokens[tokens.lowerBound].range.lowerBound) }
        }
        var index = 0
        while index < prose.tokens.count {
            let (kind, tokens) = Self.kind(of: index, in: reading, people: people)
            if let kind, !isLinked(tokens) { found.append((kind, tokens)) }
            index = tokens.upperBound
        }
        // A name shown to be staff once names staff wherever the document uses it again.
        let staff = Set(found.filter { $0.kind == .name }.map { reading.word($0.tokens.lowerBound) })
        if !staff.isEmpty {
            let reported = Set(found.flatMap(\.tokens))
            for index in prose.tokens.indices where prose.tokens[index].isNameShaped && !reported.contains(index) {
                let word = reading.word(index)
                guard staff.contains(word.hasSuffix("'s") ? String(word.dropLast(2)) : word) else { continue }
                let tokens = reading.nameSpan(at: index)
                if !reading.isOutsider(tokens) && !reading.isByline(tokens) && !isLinked(tokens) { found.append((.name, tokens)) }
            }
        }
        let candidates = found.map { kind, tokens in
            let match = PhraseMatch(payload: 0, tokens: tokens)
            let message = kind == .email
                ? "“\(prose.raw(at: tokens.lowerBound))” is a personal address: give customers a team address (support@, security@) instead."
                : PhraseGroup.message(Self.list.configuredMessage, phrase: prose.text(of: match))
            return PhraseHit(match: match, message: message)
        }
        return Self.list.book(options).hits(in: prose, candidates: candidates).map {
            Finding(range: prose.range(of: $0.match), message: $0.message)
        }
    }

    private enum Kind { case handle, email, name }

    /// The byte ranges of the document's links, text and destination; only the lines that
    /// close a bracket are parsed for them.
    private static func linkTexts(in markdown: MarkdownDocument) -> [Range<Int>] {
        var links: [Range<Int>] = []
        let bytes = markdown.source.bytes
        markdown.root.forEachInlineContent { content in
            guard content.segments.contains(where: { bytes[$0].contains(UInt8(ascii: "]")) }) else { return }
            var stack = markdown.inlines(content)
            while let inline = stack.popLast() {
                if case .link = inline.kind {
                    links.append(inline.range)
                } else {
                    stack += inline.children
                }
            }
        }
        return links
    }

    /// What token `index` is, if it names a member of staff, and the tokens read: a name of
    /// several words is judged once, whatever it turns out to be.
    private static func kind(of index: Int, in reading: StaffReading, people: People?) -> (Kind?, Range<Int>) {
        let prose = reading.prose
        let token = prose.tokens[index]
        let single = index..<index + 1
        guard token.kind != .code, token.kind != .markup else { return (nil, single) }
        // Most words: neither an address nor written like a name, told without building text.
        let mayBeAddress = token.kind != .word || prose.lexicon.bytes(of: token.word).contains(UInt8(ascii: "@"))
        if !mayBeAddress && !token.isNameShaped { return (nil, single) }
        let text = token.kind == .autolink ? prose.raw(at: index).lowercased().replacing("mailto:", with: "") : prose.text(at: index)
        if mayBeAddress, let at = text.firstIndex(of: "@") {
            // A handle with capitals (`@ExampleStatus`) is a brand account; people's are lower case.
            // A handle made of team words, or naming a rota or a team (`@platform-oncall`,
            // `@payments-oncall`), names a team.
            if at == text.startIndex {
                let parts = text.dropFirst().split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "." }).map(String.init)
                let isTeam = parts.allSatisfy { roleAddressWords.contains($0) || teamHandleWords.contains($0) }
                    || parts.count > 1 && parts.contains(where: rotaWords.contains)
                let isPersonal = text.count > 1 && token.kind == .word && prose.raw(at: index) == text && !broadcastHandles.contains(text) && !isTeam
                return (isPersonal && !reading.isOutsider(single) ? .handle : nil, single)
            }
            // A unit started once per instance (`recon-worker@4.service`): a file, no host after the `@`.
            if JargonShape.isFileName(text) { return (nil, single) }
            let local = text[..<at]
            let parts = local.split(whereSeparator: { $0 == "." || $0 == "-" || $0 == "_" || $0 == "+" })
            let isName = people?.isName(String(local)) ?? false
            let isRoleAddress = parts.contains { roleAddressWords.contains(String($0)) }
                || parts.count == 1 && !isName && (local.hasSuffix("s") || mailboxEndings.contains { local.hasSuffix($0) } || reading.callsTeam(before: index)
                    || reading.abbreviatesWordsBefore(index, local: local))
            return (isRoleAddress ? nil : .email, single)
        }
        guard token.kind == .word, let people, token.isNameShaped else { return (nil, single) }
        let name = text.hasSuffix("'s") ? String(text.dropLast(2)) : text
        // A name is written in letters: not `Homebrew/brew` or `Node.js`.
        guard name.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" }) else { return (nil, single) }
        guard !StaffReading.isNeverAName(name) else { return (nil, single) }
        let tokens = reading.nameSpan(at: index)
        guard !reading.isOrganisationOrTitle(tokens), !reading.isPlaceOrAffiliation(tokens) else { return (nil, tokens) }
        let isStaff = people.isName(name) || reading.isNamedAsStaff(tokens)
        return (isStaff && !reading.isOutsider(tokens) && !reading.isByline(tokens) ? .name : nil, tokens)
    }

    /// Endings of abstract nouns (`reliability@`, `operations@`, `billing@`): a mailbox named
    /// after what a team does, not a person.
    private static let mailboxEndings = ["tion", "sion", "ment", "ness", "ity", "ing", "ics", "ogy"]

    private static let broadcastHandles: Set<String> = ["@here", "@channel", "@everyone", "@all"]

    /// Words in a team's handle besides those of a team mailbox.
    private static let teamHandleWords: Set<String> = ["oncall", "on-call", "eng", "engineering", "infra", "platform", "dev", "devs", "squad", "crew", "group"]

    /// Words that make a handle of several words a team's or a rota's, whatever the others.
    private static let rotaWords: Set<String> = ["oncall", "on-call", "team", "squad", "crew", "sre", "rota", "pager"]

    /// Words in the local part of a team mailbox; a single plural word (`escalations@`,
    /// `partners@`) names a team's mailbox too.
    private static let roleAddressWords: Set<String> = [
        "support", "help", "helpdesk", "security", "status", "incidents", "incident", "noreply", "no", "reply", "info", "contact",
        "sales", "billing", "privacy", "abuse", "team", "ops", "sre", "success", "customer", "customers", "care", "admin",
        "postmaster", "hello", "feedback", "enterprise", "legal", "compliance", "trust", "service", "services", "press", "hi",
    ]
}
