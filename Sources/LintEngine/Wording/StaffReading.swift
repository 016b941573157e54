/// Reads the words around a capitalised word to tell whether it names a member of staff, an
/// outsider, an organisation or the report's author.
///
/// A word written like a name (`Kwame`, `Wang Lei`) names staff when the sentence says so:
/// a staff role stands beside it (`our engineer Kwame`, `Jamal, our support lead`), it
/// belongs to one of our teams (`Marcus from our infrastructure team`), or it opens a clause
/// as the one who did something (`Chloe declared a major incident`). It names someone else
/// when the sentence credits an outsider (`security researcher Ana Costa`, `Alex Kim of
/// Northwind Security`) or signs the report (`Posted by …`, `— Priya Raman, CTO`).
struct StaffReading {
    let prose: Prose
    /// The document's bytes, to see the dash that opens a signature line.
    let source: [UInt8]
    /// Capitalised words the document uses as an organisation's or a product's name.
    private let attributive: Set<String>

    init(prose: Prose, source: [UInt8]) {
        self.prose = prose
        self.source = source
        attributive = Self.attributiveWords(in: prose)
    }

    /// Capitalised words the document writes after a determiner (`the Contoso team`, `a
    /// dedicated Alchemy URL`) or before a common noun (`Alchemy engineering`, `Alchemy key`):
    /// uses a product or an organisation has and a person's name does not. A name is followed
    /// by a verb, a function word or another name (`Kofi added`, `Kofi from`, `Kofi Mensah`).
    private static func attributiveWords(in prose: Prose) -> Set<String> {
        var words: Set<String> = []
        for index in prose.tokens.indices where prose.tokens[index].isNameShaped {
            let token = prose.tokens[index]
            if index > 0, token.isJoinedToPrevious, determiners.contains(prose.text(at: index - 1)) {
                words.insert(prose.text(at: index))
                continue
            }
            let next = index + 1
            guard next < prose.tokens.count, prose.tokens[next].isJoinedToPrevious, prose.tokens[next].kind == .word,
                  !prose.tokens[next].isNameShaped
            else { continue }
            let following = prose.text(at: next)
            if !following.hasSuffix("ed") && !following.hasSuffix("s") && !following.hasSuffix("ly") && !following.hasSuffix("'s")
                && !following.contains(where: { !$0.isLetter && $0 != "-" }) && !nameFollowers.contains(following)
                && !irregularDeeds.contains(following) && !following.hasSuffix("n't") {
                words.insert(prose.text(at: index))
            }
        }
        return words
    }

    /// The lower-case form of word `index`.
    func word(_ index: Int) -> String { prose.text(at: index) }

    /// The name that starts at `index`: the word, and up to two more capitalised words
    /// joined to it (`Wang Lei`, `Kwabena Mensah`).
    func nameSpan(at index: Int) -> Range<Int> {
        var end = index + 1
        while end < prose.tokens.count, end - index < 3, prose.tokens[end].isJoinedToPrevious, prose.tokens[end].isNameShaped,
              !Self.notSurnames.contains(word(end)) {
            end += 1
        }
        return index..<end
    }

    /// Whether the capitalised words name an organisation (`Acme Cloud`, `Example Corp`), a
    /// product or a job title (`Chief Technology Officer`), not a person.
    func isOrganisationOrTitle(_ name: Range<Int>) -> Bool {
        name.contains { Self.organisationHeads.contains(word($0)) || Self.organisations.contains(word($0)) || Self.staffWords.contains(word($0)) }
    }

    /// A capitalised word that is never one person's name: a function word, a product, a role,
    /// a team, a title, a day or a month, or a contraction (`We've`, `You'll`).
    static func isNeverAName(_ word: String) -> Bool {
        if notPersonalNames.contains(word) { return true }
        guard let apostrophe = word.firstIndex(of: "'") else { return false }
        return ["'ve", "'re", "'ll", "'d", "'m", "n't"].contains { word[apostrophe...].hasSuffix($0) } || word.hasSuffix("n't")
    }

    /// Whether the sentence shows the name as one of our staff.
    func isNamedAsStaff(_ name: Range<Int>) -> Bool {
        guard !prose.isHeading(at: name.lowerBound), !attributive.contains(word(name.lowerBound)) else { return false }
        return hasRoleBefore(name) || hasRoleAfter(name) || isInTeam(name) || leadsTeam(name)
            || (!looksLikeCommonNoun(name.lowerBound) && (isActing(name) || isAgentOfDeed(name)))
    }

    /// A credited outsider: the sentence thanks a researcher, contributor or maintainer, a word
    /// for an outsider stands just before the name (`GitHub user @lwang`), or an affiliation
    /// follows it (`of the University of Vienna`, `at Northwind Security`).
    func isOutsider(_ name: Range<Int>) -> Bool {
        // `our customer Northwind Traders`: the word for an outsider may stand before the whole
        // capitalised name, of which this is the last word.
        var before = name.lowerBound - 1
        while before > 0, inSentence(before, name.lowerBound), prose.tokens[before].isNameShaped, prose.tokens[before + 1].isJoinedToPrevious {
            before -= 1
        }
        if before >= 0, inSentence(before, name.lowerBound), Self.outsiders.contains(word(before)), !isOurs(before) {
            return true
        }
        let after = name.upperBound
        if inSentence(after, name.lowerBound), ["of", "at", "from"].contains(word(after)) {
            var next = after + 1
            if inSentence(next, after), word(next) == "the" { next += 1 }
            if inSentence(next, after), isCapitalised(next), word(next) != "our", !Self.staffWords.contains(word(next)) { return true }
        }
        // `Greg, the vendor's account manager`: an appositive that places them at a supplier.
        if inSentence(after, name.lowerBound), !prose.tokens[after].isJoinedToPrevious,
           (after..<min(after + 4, prose.tokens.count)).contains(where: { inSentence($0, after) && Self.suppliers.contains(word($0).replacing("'s", with: "")) }) {
            return true
        }
        return prose.sentence(containing: name.lowerBound).contains { prose.tokens[$0].kind == .word && Self.credits.contains(word($0)) && !isOurs($0) }
    }

    /// Whether the word for an outsider at `index` is a role in a project that may be ours,
    /// and is: our own (`our maintainer Lukas`) or ranked within our project (`Project
    /// maintainer Samuel Adeyemi`, `lead maintainer`), as an open-source project writes of
    /// the people who run it. A customer or a researcher is never ours.
    private func isOurs(_ index: Int) -> Bool {
        Self.projectRoles.contains(word(index)) && index > 0 && prose.tokens[index].isJoinedToPrevious && inSentence(index - 1, index)
            && Self.ownRanks.contains(word(index - 1))
    }

    /// An author's byline or signature: `Posted by …`, `Written by …`, `Author: …`, `By …`,
    /// or a name after a dash that opens its line (`— Priya Raman, CTO`).
    func isByline(_ name: Range<Int>) -> Bool {
        let sentence = prose.sentence(containing: name.lowerBound)
        var start = name.lowerBound
        if start > sentence.lowerBound, Self.titles.contains(word(start - 1)) { start -= 1 }
        if start == sentence.lowerBound {
            // A signature: only white space and a dash between the line's start and the name.
            var offset = prose.tokens[start].range.lowerBound - 1
            var sawDash = false
            while offset >= 0, source[offset] != UInt8(ascii: "\n") {
                let byte = source[offset]
                if byte == 0x94 || byte == 0x93, offset >= 2, source[offset - 1] == 0x80, source[offset - 2] == 0xE2 {
                    sawDash = true
                    offset -= 3
                    continue
                }
                guard byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") else { return false }
                offset -= 1
            }
            return sawDash || isSignOff(name, in: sentence)
        }
        if start == sentence.lowerBound + 1 { return ["by", "author", "authors"].contains(word(sentence.lowerBound)) }
        if start == sentence.lowerBound + 2 && word(sentence.lowerBound + 1) == "by" && Self.authoring.contains(word(sentence.lowerBound)) { return true }
        return isReportCredit(before: start, in: sentence)
    }

    /// `This report was prepared by …`, `Report reviewed by …`: the report itself is the subject
    /// of a verb of writing or reviewing it, so the name after `by` is its author or reviewer,
    /// not one who acted in the incident (`The change was approved by Lena` is a deed).
    private func isReportCredit(before start: Int, in sentence: Range<Int>) -> Bool {
        guard start >= sentence.lowerBound + 3, word(start - 1) == "by", Self.authoring.contains(word(start - 2))
                || Self.reviewing.contains(word(start - 2)) else { return false }
        let subject = sentence.lowerBound..<start - 2
        return subject.contains { Self.reportNouns.contains(word($0)) }
            && subject.allSatisfy { Self.reportNouns.contains(word($0)) || Self.reportFrame.contains(word($0)) }
    }

    /// A line that is only a name and the job title after it (`Dana Reyes, Head of Platform
    /// Engineering`): the way a report is signed, with or without a dash before it.
    private func isSignOff(_ name: Range<Int>, in sentence: Range<Int>) -> Bool {
        var title = name.upperBound..<sentence.upperBound
        guard !title.isEmpty, !prose.tokens[title.lowerBound].isJoinedToPrevious else { return false }
        // `Priya Raman, CEO, on behalf of everyone at Fernhill`: whom the author signs for,
        // set off by a comma, closes the signature.
        if let signsFor = title.dropFirst().first(where: { !prose.tokens[$0].isJoinedToPrevious && (word($0) == "for"
            || word($0) == "on" && $0 + 1 < title.upperBound && word($0 + 1) == "behalf") }) {
            title = title.lowerBound..<signsFor
        }
        let words = title.filter { prose.tokens[$0].kind == .word }
        return words.contains { Self.roles.contains(word($0)) }
            && words.allSatisfy { Self.staffWords.contains(word($0)) || prose.tokens[$0].isNameShaped || ["of", "and", "for", "&"].contains(word($0)) }
    }

    /// Whether word `index` starts with a capital letter: a name (`Munich`) or an acronym (`TU`).
    private func isCapitalised(_ index: Int) -> Bool {
        prose.tokens[index].isNameShaped || prose.raw(at: index).first?.isUppercase == true
    }

    /// A place or an organisation, not a person: the capitalised words follow a preposition of
    /// place (`customers in Singapore`, `our team in Accra`), or the `of` or `at` of an
    /// affiliation after a name (`Lina Hoffmann of TU Munich`). A possessive is a person's
    /// (`in Kwame's patch`).
    func isPlaceOrAffiliation(_ name: Range<Int>) -> Bool {
        guard !word(name.upperBound - 1).hasSuffix("'s") else { return false }
        var before = name.lowerBound - 1
        // `Head of Support Rebecca Moore`: a staff title, not an affiliation.
        // `in Lagos and Warsaw`: places in a list.
        while inSentence(before, name.lowerBound), prose.tokens[before + 1].isJoinedToPrevious,
              isCapitalised(before) || ["and", "or"].contains(word(before)) && inSentence(before - 1, before) && isCapitalised(before - 1) {
            if Self.staffWords.contains(word(before)) { return false }
            before -= 1
        }
        guard inSentence(before, name.lowerBound), prose.tokens[before + 1].isJoinedToPrevious else { return false }
        if Self.placePrepositions.contains(word(before)) { return true }
        return ["of", "at"].contains(word(before)) && inSentence(before - 1, before) && prose.tokens[before].isJoinedToPrevious && isCapitalised(before - 1)
    }

    /// Whether an address's local part is the initials of the words just before it, perhaps
    /// with a preposition between (`our Data Protection Officer at dpo@…`, `the customer
    /// success team (cst@…)`): the mailbox of the title or team it abbreviates.
    func abbreviatesWordsBefore(_ index: Int, local: Substring) -> Bool {
        let letters = Array(local)
        guard (2...6).contains(letters.count), letters.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        var last = index - 1
        if inSentence(last, index), ["at", "via", "on", "to"].contains(word(last)) { last -= 1 }
        let first = last - letters.count + 1
        guard first >= 0, (first...last).allSatisfy({ inSentence($0, index) }) else { return false }
        return zip(first...last, letters).allSatisfy { word($0).first == $1 }
    }

    /// Whether the sentence calls the address at `index` a team's: a word for a team stands
    /// among the six words before it (`our reliability team at reliability@…`).
    func callsTeam(before index: Int) -> Bool {
        (max(0, index - 6)..<index).contains { inSentence($0, index) && Self.teams.contains(word($0)) }
    }

    // MARK: - Evidence

    /// `our engineer Amara`, `Support agent Lucy`, `Core contributor Wen Jie`, `Our support agents, including Mia and Jake`,
    /// `Our on-call engineer that night, Beatriz, …` (the role in the comma-set phrase before).
    private func hasRoleBefore(_ name: Range<Int>) -> Bool {
        if !prose.tokens[name.lowerBound].isJoinedToPrevious, hasRoleInPhrase(before: name.lowerBound) { return true }
        var index = name.lowerBound - 1
        while index >= 0, inSentence(index, name.lowerBound) {
            let text = word(index)
            if text == "and" || text == "including" || prose.tokens[index].isNameShaped && !Self.staffWords.contains(text) {
                index -= 1
                continue
            }
            return Self.roles.contains(text) || Self.teams.contains(text) && !prose.tokens[index + 1].isJoinedToPrevious || isOurs(index)
        }
        return false
    }

    /// Whether the phrase set off by a comma just before `start` is a noun phrase of ours that
    /// names a staff role (`Our on-call engineer that night,`): at most six words, opening its
    /// sentence with `our` or `the`.
    private func hasRoleInPhrase(before start: Int) -> Bool {
        let end = start - 1
        guard inSentence(end, start) else { return false }
        var first = end
        while first > 0, prose.tokens[first].isJoinedToPrevious, inSentence(first - 1, start) { first -= 1 }
        let sentence = prose.sentence(containing: start)
        guard first == sentence.lowerBound, end - first < 6, ["our", "the"].contains(word(first)) else { return false }
        return (first...end).contains { Self.roles.contains(word($0)) }
    }

    /// `Sofia, our on-call engineer`, `Theo, a developer on our mobile team`, `Chen, one of our
    /// database engineers`, `Pedro, who leads our mobile team`, `Noor, who was reviewing …`.
    private func hasRoleAfter(_ name: Range<Int>) -> Bool {
        let after = name.upperBound
        guard inSentence(after, name.lowerBound), !prose.tokens[after].isJoinedToPrevious else { return false }
        var index = after
        switch word(after) {
        case "who": return true
        case "one" where word(after + 1) == "of": index = after + 2
        case "our", "a", "an", "the": break
        default: return false
        }
        for position in index..<min(index + 6, prose.tokens.count) where inSentence(position, after) {
            if position > index && !prose.tokens[position].isJoinedToPrevious { return false }
            let text = word(position)
            if Self.outsiders.contains(text) || Self.suppliers.contains(text) { return false }
            if Self.roles.contains(text) || Self.teams.contains(text) { return true }
        }
        return false
    }

    /// `Marcus from our infrastructure team`, `Grace from customer support`, `Elena on our
    /// billing team`.
    private func isInTeam(_ name: Range<Int>) -> Bool {
        let after = name.upperBound
        guard inSentence(after, name.lowerBound), prose.tokens[after].isJoinedToPrevious,
              ["from", "on", "in"].contains(word(after)), !looksLikeCommonNoun(name.lowerBound)
        else { return false }
        for position in after + 1..<min(after + 5, prose.tokens.count) where inSentence(position, after) {
            guard prose.tokens[position].isJoinedToPrevious, prose.tokens[position].kind == .word else { return false }
            let text = word(position)
            if Self.teams.contains(text) || Self.roles.contains(text) { return true }
            if prose.tokens[position].isNameShaped && text != "our" { return false }
        }
        return false
    }

    /// `Kwame and his team`, `Lucía and her colleagues`: a person with the team they lead or
    /// work in, unless the team is placed at an organisation (`and his team at Acme`).
    private func leadsTeam(_ name: Range<Int>) -> Bool {
        let after = name.upperBound
        guard inSentence(after + 2, name.lowerBound), word(after) == "and", ["his", "her", "their"].contains(word(after + 1)),
              Self.teams.contains(word(after + 2)) || Self.roles.contains(word(after + 2)) || word(after + 2) == "colleagues"
        else { return false }
        let next = after + 3
        return !(inSentence(next + 1, after) && ["at", "of", "from"].contains(word(next)) && isCapitalised(next + 1))
    }

    /// The name opens a clause and a deliberate act in the past tense follows it: `Chloe
    /// declared a major incident`, `At 11:30 UTC, Kenta began moving customers`, `After Wang
    /// Lei restarted the email system`, `Quinn and the billing team refunded …`.
    private func isActing(_ name: Range<Int>) -> Bool {
        let start = name.lowerBound
        let sentence = prose.tokens[start].sentence
        let opensClause = start == 0 || prose.tokens[start - 1].sentence != sentence || !prose.tokens[start].isJoinedToPrevious
            || Self.clauseOpeners.contains(word(start - 1)) || isClockTime(start - 1)
        guard opensClause else { return false }
        var index = name.upperBound
        // `Quinn and the billing team refunded`: a subject of several.
        if index < prose.tokens.count, word(index) == "and" {
            index += 1
            var steps = 0
            while index < prose.tokens.count, steps < 4, prose.tokens[index].isJoinedToPrevious, !isDeed(at: index) {
                index += 1
                steps += 1
            }
        }
        index = skippingAdverbs(from: index)
        guard index + 1 < prose.tokens.count, prose.tokens[index].isJoinedToPrevious, prose.tokens[index].sentence == sentence else { return false }
        // `Grace was paged`: only people are summoned.
        if ["was", "were"].contains(word(index)), prose.tokens[index + 1].isJoinedToPrevious, Self.summoned.contains(word(index + 1)) { return true }
        // `Samir has since added …`: a deed in the perfect.
        let perfect = ["has", "had", "have"].contains(word(index))
        if perfect { index = skippingAdverbs(from: index + 1, also: ["since", "already", "just", "now"]) }
        guard index + 1 < prose.tokens.count, prose.tokens[index].isJoinedToPrevious, prose.tokens[index].sentence == sentence,
              prose.tokens[index + 1].isJoinedToPrevious,  // a deed has an object; `Lesson learned:` is a label
              word(index + 1) != "by"  // `Report prepared by …`: a participle, done to the word, not by it
        else { return false }
        return isDeed(at: index) || perfect && Self.irregularParticiples.contains(word(index))
    }

    /// The first word from `index` on that is not an adverb (or one of `also`) joined to the
    /// word before it.
    private func skippingAdverbs(from index: Int, also extra: Set<String> = []) -> Int {
        var index = index
        while index < prose.tokens.count, prose.tokens[index].isJoinedToPrevious, Self.adverbs.contains(word(index)) || extra.contains(word(index)) {
            index += 1
        }
        return index
    }

    /// The name is the agent of a deed in the passive: `the call was made by Jakub`,
    /// `approved by Lena`.
    private func isAgentOfDeed(_ name: Range<Int>) -> Bool {
        let by = name.lowerBound - 1
        guard by >= 1, inSentence(by - 1, name.lowerBound), prose.tokens[name.lowerBound].isJoinedToPrevious,
              prose.tokens[by].isJoinedToPrevious, word(by) == "by"
        else { return false }
        return isDeed(at: by - 1) || Self.irregularParticiples.contains(word(by - 1))
    }

    /// A past-tense verb of something done on purpose: regular (`restarted`) or one of the
    /// common irregular ones (`wrote`, `rebuilt`), not a change of state that systems and
    /// organisations undergo as often as people (`failed`, `recovered`, `experienced`).
    /// `began`, `started` and `finished` count with an activity after them (`began restoring`).
    private func isDeed(at index: Int) -> Bool {
        // A capital inside the word makes it an identifier (`OOMKilled`), not a verb.
        guard prose.tokens[index].kind == .word, !prose.tokens[index].isNameShaped,
              !prose.raw(at: index).utf8.contains(where: { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") })
        else { return false }
        let text = word(index)
        if Self.beginnings.contains(text) {
            guard index + 1 < prose.tokens.count, prose.tokens[index + 1].isJoinedToPrevious else { return false }
            let next = word(index + 1)
            return next.hasSuffix("ing") || ["the", "a", "an", "our", "his", "her", "their"].contains(next)
        }
        if Self.irregularDeeds.contains(text) { return true }
        return text.count >= 5 && text.hasSuffix("ed") && !Self.happenings.contains(text)
    }

    /// Whether a capitalised word at the start of a clause reads as a common noun rather than a
    /// name, by its ending (`Engineers`, `Replication`, `Monitoring`, `Storage`, `Server`) or
    /// because it names a system or a department (`Traffic`, `Support`).
    /// A title before it (`Dr Evans`) makes it a name, whatever its ending; a plural never
    /// ends in a double `s` (`Jess`, `Ross`).
    private func looksLikeCommonNoun(_ index: Int) -> Bool {
        let text = word(index)
        if index > 0, inSentence(index - 1, index), Self.titles.contains(word(index - 1)) { return false }
        if Self.systemNouns.contains(text) { return true }
        if text.hasSuffix("s") && !text.hasSuffix("ss") {
            let beforeS = text.unicodeScalars.dropLast().last
            return !(text.hasSuffix("us") || text.hasSuffix("is") || beforeS.map { !$0.isASCII } == true)
        }
        return text.count >= 6 && Self.nounEndings.contains { text.hasSuffix($0) }
    }

    /// A time of day, as a timeline entry opens (`12:34 Oskar disabled …`, `10:42 UTC Ana
    /// restarted …`): the clock, or the zone or half of the day written after it.
    private func isClockTime(_ index: Int) -> Bool {
        let text = word(index)
        if text.first?.isNumber == true, text.contains(":") { return true }
        return index > 0 && prose.tokens[index].isJoinedToPrevious && ["utc", "gmt", "am", "pm"].contains(text) && isClockTime(index - 1)
    }

    private func inSentence(_ index: Int, _ other: Int) -> Bool {
        index >= 0 && index < prose.tokens.count && prose.tokens[index].sentence == prose.tokens[other].sentence
            && prose.tokens[index].kind == .word
    }

    // MARK: - Word classes

    /// Capitalised words that are never one person's name here: function words and products
    /// (`People.notNames`), roles, teams, titles, days and months.
    private static let notPersonalNames: Set<String> = People.notNames.union(People.roles).union(People.groups).union(teams).union(roles)
        .union(titles).union(organisations).union(organisationHeads).union(systemNouns).union([
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
            "may", "june", "july", "august", "september", "october", "november", "december", "utc", "thanks", "thank", "special",
            "posted", "written", "author", "authors", "update", "note", "contact", "questions", "please", "dear", "hi", "hello",
            "be", "rest", "let", "keep", "stay",
        ])

    /// Words for a member of staff by what they do.
    private static let roles: Set<String> = People.roles.subtracting(["he", "she", "someone", "somebody", "whoever"]).union([
        "lead", "leads", "manager", "managers", "commander", "head", "director", "officer", "agent", "agents", "colleague",
        "colleagues", "specialist", "specialists", "analyst", "analysts", "architect", "architects", "cto", "ceo", "cio", "ciso",
        "coo", "vp", "president", "founder", "co-founder", "chief", "scientist", "coordinator", "representative", "rep",
        "staffer", "supervisor", "technicians", "sre",
    ])

    /// Words for one of our teams.
    private static let teams: Set<String> = [
        "team", "teams", "group", "squad", "department", "support", "success", "crew", "staff", "org", "desk", "organisation",
        "organization", "ops", "engineering", "operations", "devops", "unit",
        // Departments, as in `Ruth from billing`.
        "billing", "finance", "legal", "sales", "marketing", "payments", "infrastructure", "infra", "networking", "compliance",
    ]

    /// Words for people outside the company that a report credits.
    private static let outsiders: Set<String> = [
        "researcher", "researchers", "user", "contributor", "contributors", "maintainer", "maintainers", "professor", "student",
        "reporter", "journalist", "customer", "customers", "client", "clients", "partner", "hacker",
    ]

    /// Words of a sentence that credits an outsider: a researcher, a disclosure.
    private static let credits: Set<String> = [
        "researcher", "researchers", "contributor", "contributors", "maintainer", "maintainers", "professor", "bounty",
        "disclosure", "disclosing", "disclosed", "responsibly",
    ]

    /// Words for an organisation we buy from, after a name (`Zendesk, our ticketing provider`).
    private static let suppliers: Set<String> = [
        "provider", "providers", "vendor", "vendors", "partner", "partners", "supplier", "suppliers", "company", "host", "registrar",
        "carrier", "bank", "processor", "firm", "contractor", "agency", "customer", "customers", "client",
    ]

    /// Staff words that are written capitalised in titles (`Head of Support Rebecca Moore`).
    private static let staffWords: Set<String> = roles.union(teams)

    private static let determiners: Set<String> = ["the", "a", "an", "this", "that", "these", "those", "our", "your", "their", "its", "dedicated"]

    /// Words that follow a person's name without being a noun it modifies.
    private static let nameFollowers: Set<String> = [
        "and", "or", "but", "from", "on", "in", "at", "of", "with", "who", "for", "as", "by", "into", "via", "to", "then", "also",
        "just", "never", "not", "will", "would", "can", "could", "should", "must", "may", "might", "did", "do", "had", "began",
        "came", "went", "saw", "got", "put", "set", "let", "cut", "hit", "met", "sat", "stood", "fell", "felt", "knew", "thought",
        "said", "left", "lost", "meant", "paid", "read", "heard", "spent", "bought", "taught", "won", "broke", "forgot", "became",
        "rode", "rose", "here", "there", "too", "again", "alone", "himself", "herself", "themselves", "first", "later", "now",
        "soon", "today", "yesterday", "tonight", "immediately", "personally", "once", "when", "while", "after", "before", "until",
        "that", "which", "where",
    ]

    private static let titles: Set<String> = ["dr", "mr", "mrs", "ms", "mx", "prof", "sir"]

    /// Words before an outsider's role that make it ours (`our maintainer`, `lead maintainer`).
    private static let ownRanks: Set<String> = ["our", "project", "lead", "core", "senior", "principal"]
    private static let projectRoles: Set<String> = ["maintainer", "maintainers", "contributor", "contributors"]

    /// Verbs of authorship that open a byline (`Posted by`).
    private static let authoring: Set<String> = ["posted", "written", "authored", "prepared", "published", "signed", "edited", "compiled", "drafted"]

    /// Verbs of checking a report before it goes out (`reviewed by`): a credit when the report
    /// is their subject.
    private static let reviewing: Set<String> = ["reviewed", "approved", "proofread", "checked"]

    /// Words for the report itself, and the words its subject may have besides them.
    private static let reportNouns: Set<String> = ["report", "postmortem", "post-mortem", "document", "write-up", "writeup", "summary", "analysis", "rca", "retrospective", "review"]
    private static let reportFrame: Set<String> = ["the", "this", "our", "incident", "was", "is", "has", "been", "final", "full", "public"]

    /// Prepositions of place: the capitalised word after them is a place.
    private static let placePrepositions: Set<String> = ["in", "across", "throughout", "near", "outside", "inside", "within", "around"]

    /// Words before a subject that open a clause: `After Wang Lei restarted …`.
    private static let clauseOpeners: Set<String> = [
        "after", "once", "when", "until", "before", "then", "and", "but", "so", "while", "since", "because", "where", "as",
    ]

    /// What happens to a person called to an incident (`was paged`).
    private static let summoned: Set<String> = ["paged", "called", "alerted", "notified", "woken", "contacted", "phoned", "assigned"]

    /// Participles of deeds whose past tense is not theirs (`made`, `taken`).
    private static let irregularParticiples: Set<String> = [
        "made", "done", "taken", "led", "run", "written", "rewritten", "given", "driven", "undertaken", "overseen", "rebuilt", "built",
    ]

    private static let adverbs: Set<String> = [
        "personally", "quickly", "immediately", "then", "also", "manually", "first", "later", "finally", "successfully",
        "carefully", "eventually", "soon", "promptly", "swiftly", "directly", "again",
    ]

    private static let beginnings: Set<String> = ["began", "started", "finished", "completed"]

    private static let irregularDeeds: Set<String> = [
        "wrote", "rebuilt", "led", "took", "made", "sent", "found", "brought", "kept", "built", "spoke", "told", "gave", "did",
        "drove", "chose", "caught", "ran", "rewrote", "undid", "withdrew", "sought", "struck", "held", "shut", "spun", "oversaw",
    ]

    /// Past tenses of what happens to systems and organisations as often as what people do.
    private static let happenings: Set<String> = [
        "failed", "crashed", "stopped", "returned", "recovered", "resumed", "experienced", "dropped", "spiked", "degraded",
        "timed", "seemed", "appeared", "received", "showed", "displayed", "exceeded", "reached", "increased", "decreased",
        "expired", "affected", "impacted", "caused", "triggered", "prevented", "blocked", "rejected", "served", "stored",
        "delivered", "used", "offered", "provided", "published", "announced", "released", "shifted", "moved", "switched",
        "migrated", "filled", "slowed", "stalled", "hanged", "lagged", "peaked", "continued", "remained", "allowed", "required",
        "needed", "contained", "included", "happened", "occurred", "ended", "succeeded", "processed", "handled", "accepted",
        "charged", "billed", "logged", "queued", "retried", "reported", "listed", "based", "hosted", "powered", "supported",
        "assured", "convinced", "concerned", "committed", "dedicated", "pleased", "delighted", "excited", "honored", "honoured",
        "thrilled", "disappointed", "determined",
    ]

    /// Systems, processes and departments that open sentences in an incident report.
    private static let systemNouns: Set<String> = [
        "traffic", "latency", "load", "service", "capacity", "recovery", "failover", "replication", "billing", "checkout",
        "search", "login", "storage", "data", "power", "network", "nobody", "everyone", "someone", "everything", "support",
        "engineering", "leadership", "management", "security", "legal", "finance", "sales", "marketing", "product", "operations",
        "automation", "monitoring", "alerting", "work", "progress", "help", "feedback", "input", "guidance", "approval",
        "uptime", "downtime", "performance", "throughput", "backup", "restore", "rollback", "deployment", "cleanup", "triage",
        "investigation", "analysis", "status", "email", "mail", "chat", "web", "mobile", "api", "staff", "management",
    ]

    private static let nounEndings = ["tion", "sion", "ment", "ness", "ity", "ance", "ence", "ing", "ure", "ism", "ogy", "ics", "cy", "age", "ery", "ship", "ware", "er"]

    /// The capitalised words an organisation's name ends with: `Acme Cloud`, `Example Corp`.
    private static let organisationHeads: Set<String> = [
        "cloud", "corp", "corporation", "inc", "ltd", "llc", "gmbh", "labs", "systems", "software", "technologies", "tech",
        "networks", "storage", "payments", "security", "logistics", "health", "bank", "group", "analytics", "solutions",
        "services", "media", "data", "energy", "capital", "financial", "insurance", "foundation", "university", "institute",
        "college", "airlines", "motors", "partners", "digital", "online", "pay", "mobile", "platform", "platforms", "studio",
        "studios", "games", "hosting", "telecom", "communications", "holdings", "industries", "consulting", "global",
        "international", "ventures", "works", "co", "retail", "bio", "energy", "ai", "app", "apps", "hq",
    ]

    /// Companies and products widely known, and the placeholder names documents use for a
    /// company: not people, though capitalised and acting.
    private static let organisations: Set<String> = [
        "okta", "shopify", "zendesk", "twilio", "sendgrid", "heroku", "fastly", "akamai", "atlassian", "jira", "confluence",
        "salesforce", "zoom", "oracle", "ibm", "netlify", "vercel", "digitalocean", "hetzner", "ovh", "linode", "mailgun",
        "auth0", "sentry", "splunk", "elastic", "mongodb", "snowflake", "databricks", "supabase", "firebase", "openai", "meta",
        "facebook", "twitter", "paypal", "visa", "mastercard", "adyen", "braintree", "plaid", "intercom", "hubspot", "mailchimp",
        "segment", "launchdarkly", "circleci", "buildkite", "bitbucket", "npm", "pypi", "homebrew", "debian", "ubuntu",
        "equinix", "comcast", "verizon", "vodafone", "godaddy", "namecheap", "opsgenie", "statuspage", "gitlab", "teams",
        "outlook", "gmail", "office", "excel", "acme", "contoso", "northwind", "fabrikam", "globex", "initech", "umbrella",
        "hooli", "example", "tailspin", "wingtip", "woodgrove", "litware", "adatum", "proseware",
    ]

    /// Capitalised words that follow a first name without being a surname ("Alice On Call").
    private static let notSurnames: Set<String> = ["and", "or", "from", "on", "at", "in", "of", "the", "we", "our"]
}
