import MarkdownSyntax
import PostmortemModel

/// PM102: prevention that names no mechanism, wherever it is written.
struct VaguePreventionRule: Rule {
    private static let mechanism = "say what will exist afterwards (which alert, threshold, check, test, limit or runbook step), who owns it and by when."

    static let list = PhraseList(zip(PreventionClass.allCases, PreventionClass.phrases).map { kind, phrases in
        switch kind {
        case .improvement: PhraseGroup("“{phrase}” promises an improvement with no measure: \(mechanism)", phrases)
        case .effort: PhraseGroup("“{phrase}” asks people to try harder, which does not survive the next busy night: change the system instead (a check, a guard, an alert, a safer default).", phrases)
        case .awareness: PhraseGroup("“{phrase}” relies on people remembering: put the knowledge where the work happens (a check, an alert, a runbook step, a prompt in the tool).", phrases)
        case .exploration: PhraseGroup("“{phrase}” promises exploration, not prevention: \(mechanism)", phrases)
        case .outcome: PhraseGroup("“{phrase}” names no mechanism: \(mechanism)", phrases)
        }
    }, configuredMessage: "“{phrase}” is on the team's list of vague prevention: name the mechanism, its owner and a date.")

    static let description = RuleDescription(
        id: "PM102", name: "vague-prevention",
        summary: "A prevention statement names no mechanism, owner or date.",
        rationale: """
            "We'll improve our monitoring" cannot be checked, scheduled or finished, so it is rarely done, \
            and "be more careful" does not survive the next busy night. A prevention measure names the thing \
            that will exist afterwards: an alert on cache age above 15 minutes, a deploy check, a runbook \
            step. Teams write prevention everywhere — what we're changing, lessons learned, the response, \
            next steps — so the rule reads every section but the timeline: in the action sections anything \
            it finds, elsewhere only what the sentence commits to ("we will", "going forward", an \
            instruction). It reports improvement with no measure ("better testing", "make X more \
            reliable"), appeals to care or attention, reminders and awareness (promised, or already given \
            to staff), and exploration promised as \
            prevention ("we will look into …"); it stays quiet when the sentence names a mechanism, number, \
            owner, date or code identifier, or says how ("by requiring a dry run"). What someone should \
            have done is blame, not prevention, and is left to blame-language; action items themselves are \
            judged by vague-action-item. It warns rather than errs because a reviewer may accept a vague \
            line whose mechanism is spelled out in the action items.
            """,
        defaultSeverity: .warning,
        options: PhraseList.options + [SectionScope.option(default: [], "The section kinds whose prose is read (never the timeline).")],
        triggering: [
            RuleExample("## What We're Changing\n\nWe will ↓improve our monitoring so that problems are found sooner.\n"),
            RuleExample("## Lessons Learned\n\nIf a release went out that morning, ↓be very cautious about touching the cluster.\n"),
            RuleExample("## Prevention\n\nWe will do what it takes to ↓ensure this doesn't happen again.\n"),
            RuleExample("## Summary\n\nTo keep this from recurring we will ↓invest in better observability.\n"),
            RuleExample("## Next Steps\n\nEngineers will ↓pay more attention to the canary dashboard. We will also ↓revisit our rollout practices.\n"),
            RuleExample("## Lessons Learned\n\n↓Know all your signing keys and when they lapse.\n"),
        ],
        nonTriggering: [
            RuleExample("## What We're Changing\n\nWe will add an alert when cache age exceeds 15 minutes.\n"),
            RuleExample("## Action Items\n\nTo improve monitoring, the cache exporter will publish `cache_age_seconds` and page on-call above 900.\n"),
            RuleExample("## Prevention\n\nA deploy check now blocks any rollout whose canary error rate exceeds 1%.\n"),
            RuleExample("## Lessons Learned\n\nThe operator should have been more careful with the flag.\n"),
            RuleExample("## What We're Changing\n\nWe will be more careful with migrations by requiring a dry-run output in every change request.\n"),
            RuleExample("## How We Responded\n\nWe investigated the queue and improved the batch size by hand.\n"),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        // The shared prose, headings included (a copy without them would cost every keystroke):
        // a title such as "Improving our monitoring" names a topic, so hits in headings are dropped.
        let prose = context.prose
        // An item is judged whole by vague-action-item, annotations and sub-items included.
        let items = context.document.actionItems.map(\.range)
        let configured = !context.options.strings("phrases").isEmpty
        let hits = context.hits(of: .prevention, sections: SectionScope.kinds(context.options), negatable: false)
            .filter { !prose.isHeading(at: $0.match.tokens.lowerBound) }
        let bytes = context.source.bytes
        return Self.vague(hits, in: prose, configured: configured).compactMap { hit in
            let range = prose.range(of: hit.match)
            if items.contains(where: { $0.overlaps(range) }) { return nil }
            // "To prevent this, we've made these changes:" and a list: the list is its measure,
            // and each of its items is judged on its own.
            let sentence = prose.sentence(containing: hit.match.tokens.lowerBound)
            if Self.introducesList(after: prose.tokens[sentence.upperBound - 1].range.upperBound, in: bytes) { return nil }
            return Finding(range: range, message: hit.message)
        }
    }

    /// Whether the text from `end` is a colon that closes its line and a list that follows
    /// (after blank lines, at any indent): the sentence before it introduces the list.
    static func introducesList(after end: Int, in bytes: [UInt8]) -> Bool {
        var index = end
        // Closing emphasis or quotation marks after the last word ("… these changes**:").
        while index < bytes.count, [UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: ")"), UInt8(ascii: "\"")].contains(bytes[index]) { index += 1 }
        guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return false }
        index += 1
        var lines = 0
        while index < bytes.count, [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n")].contains(bytes[index]) {
            if bytes[index] == UInt8(ascii: "\n") { lines += 1 }
            index += 1
        }
        guard lines > 0, index < bytes.count else { return false }
        // A bullet ("- ", "* ", "+ ") or an ordinal ("1. ", "2) ") opens the next line.
        if [UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+")].contains(bytes[index]) {
            return index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: " ")
        }
        var digits = index
        while digits < bytes.count && ASCII.isDigit(bytes[digits]) && digits - index < 3 { digits += 1 }
        return digits > index && digits + 1 < bytes.count && [UInt8(ascii: "."), UInt8(ascii: ")")].contains(bytes[digits]) && bytes[digits + 1] == UInt8(ascii: " ")
    }

    /// The hits that are vague prevention: in a sentence that commits to it, naming nothing
    /// that would make it checkable. Hits of `configured` phrases (which replace the built-in
    /// classes) are read as promised outcomes.
    /// - Parameter committed: whether the prose is a commitment whatever its words, as an
    ///   action item is.
    static func vague(_ hits: [PhraseHit], in prose: Prose, configured: Bool = false, committed isCommitment: Bool = false) -> [PhraseHit] {
        merged(hits.compactMap { hit in
            let kind = configured ? .outcome : PreventionClass(hit) ?? .outcome
            let anchor = hit.match.tokens.lowerBound
            let section = prose.section(at: anchor)
            guard section != .timeline, !Commitment.isInOpeningPurpose(anchor, in: prose), let hit = shaped(hit, as: kind, in: prose)
            else { return nil }
            let sentence = prose.sentence(containing: anchor)
            // A verb of telling is awareness only when told to staff or about a need ("underline
            // the need to …"), in an item too; not "stress the cluster", "warn on disk usage".
            if kind == .awareness, PreventionClass.isTellingVerb(prose.text(at: anchor)),
               !PreventionClass.isToldToStaff(after: anchor, in: sentence, prose: prose) { return nil }
            let instructions = isCommitment || section.map(listsWhatToDo.contains) ?? false
            let committed: Bool
            switch kind {
            case _ where isCommitment: committed = true
            // "We continue to monitor the situation", "temperatures continue to improve": what is
            // going on now, told in the simple present, promises nothing about the future.
            case _ where isOngoingReport(anchor, in: sentence, prose: prose): committed = false
            // "Further investigation will follow", "a general review … will take place": the
            // noun promised by what follows it. "We won't need to revisit this": exploration
            // denied is not promised; "please consider contributing your code" asks the reader,
            // who owns what follows.
            case .exploration: committed = (isPromisedExploration(at: anchor, in: prose, instructions: instructions)
                || anchor > sentence.lowerBound && nounMarkers.contains(prose.text(at: anchor - 1)) && Commitment.isPromisedAfter(hit.match.tokens.upperBound, in: prose))
                && !prose.isNegated(before: anchor, window: 4)
                && !(anchor + 1..<min(sentence.upperBound, anchor + 6)).contains { ["your", "you", "yours"].contains(prose.text(at: $0)) }
            // "Know all your certificates" is an instruction; "we are committed to being the
            // first to know when …" states a goal, not a reliance on memory.
            // "We'll make sure people know about …": knowing promised of staff.
            case .awareness where prose.text(at: anchor) == "know":
                committed = instructions && Commitment.isInstruction(anchor, sentence: prose.sentence(containing: anchor), in: prose)
                    || anchor > sentence.lowerBound && staff.contains(prose.text(at: anchor - 1)) && Commitment.isCommitted(before: anchor, in: prose, instructions: false)
            // Reminding people is itself the measure, whenever it was done: in a list of what
            // to do, or told to a whole group of staff ("we have reminded our staff of …").
            // A noun phrase ("the importance of …") opening a sentence is no instruction.
            // A noun phrase ("the importance of …") counts only where someone stresses it.
            case .awareness where prose.text(at: anchor) == "importance":
                committed = (sentence.lowerBound..<anchor).contains { index in telling.contains { prose.text(at: index).hasPrefix($0) } }
                    && (Commitment.isCommitted(before: anchor, in: prose, instructions: false) || isAddressedToStaff(anchor, in: sentence, prose: prose, section: section))
            // "Post a reminder in …", "Schedule a refresher": the object of an instruction's verb.
            case .awareness where ["reminder", "reminders", "refresher", "refreshers"].contains(prose.text(at: anchor)):
                committed = instructions && anchor - sentence.lowerBound <= 3 && anchor > sentence.lowerBound
                    && !["the", "a", "an", "our", "this", "that", "every", "each"].contains(prose.text(at: sentence.lowerBound))
                    || Commitment.isCommitted(before: anchor, in: prose, instructions: instructions)
                    || isAddressedToStaff(anchor, in: sentence, prose: prose, section: section)
                    || isGivenAsMeasure(anchor, in: sentence, prose: prose, section: section)
            // "So that all teams are aware": awareness promised to staff, or the purpose of what was done for them.
            // "We will stress to the teams that …": a verb of telling what matters (its object
            // is read before the switch).
            case .awareness where PreventionClass.isTellingVerb(prose.text(at: anchor)):
                committed = Commitment.isCommitted(before: anchor, in: prose, instructions: instructions)
                    || isAddressedToStaff(anchor, in: sentence, prose: prose, section: section)
                    || isGivenAsMeasure(anchor, in: sentence, prose: prose, section: section)
            // "We will keep this incident in mind": kept in mind, a few words after the verb.
            case .awareness where prose.text(at: anchor) == "in":
                committed = (max(sentence.lowerBound, anchor - 5)..<anchor).contains { ["keep", "keeps", "keeping", "kept", "bear", "bears", "bearing"].contains(prose.text(at: $0)) }
                    && (Commitment.isCommitted(before: anchor, in: prose, instructions: instructions)
                        || Commitment.isInstruction((max(sentence.lowerBound, anchor - 5)..<anchor).first { ["keep", "bear"].contains(prose.text(at: $0)) } ?? anchor, sentence: sentence, in: prose)
                            && instructions)
            case .awareness where prose.text(at: anchor + 1) == "aware" && (beForms.contains(prose.text(at: anchor)) || prose.text(at: anchor).hasPrefix("becom")):
                committed = sentence.contains { staff.contains(prose.text(at: $0)) } && !sentence.contains { outsiders.contains(prose.text(at: $0)) }
                    && (Commitment.isCommitted(before: anchor, in: prose, instructions: instructions)
                        || (sentence.lowerBound..<anchor).contains { prose.text(at: $0) == "so" && prose.text(at: $0 + 1) == "that" })
            case .awareness: committed = Commitment.isCommitted(before: anchor, in: prose, instructions: instructions)
                || isAddressedToStaff(anchor, in: sentence, prose: prose, section: section)
                || isGivenAsMeasure(anchor, in: sentence, prose: prose, section: section)
                || Commitment.isPromisedAfter(hit.match.tokens.upperBound, in: prose)
            // "I've asked the team to be extra vigilant": care requested is care promised.
            case .effort: committed = Commitment.isCommitted(before: anchor, in: prose, instructions: instructions)
                || Commitment.isPromisedAfter(hit.match.tokens.upperBound, in: prose)
                || section.map(reportsMeasures.contains) == true && !isPastPerfect(before: anchor, in: sentence, prose: prose)
                    && (sentence.lowerBound..<anchor).contains { asking.contains(prose.text(at: $0)) }
            case .improvement, .outcome: committed = section == .actionItems || Commitment.isCommitted(before: anchor, in: prose, instructions: instructions)
                || Commitment.isPromisedAfter(hit.match.tokens.upperBound, in: prose)
            }
            // Cheapest first: most hits in narrative fail the commitment.
            guard committed, !Commitment.isCounterfactual(around: anchor, in: prose), !isRejected(anchor, in: sentence, prose: prose),
                  !(kind == .outcome && achieved.contains(prose.text(at: anchor)))
            else { return nil }
            return isSpecific(hit, as: kind, in: sentence, prose: prose) ? nil : hit
        }, in: prose, configured: configured)
    }

    /// One finding for words that follow each other ("invest in better observability"), with
    /// the first one's message; configured phrases are reported as listed.
    private static func merged(_ hits: [PhraseHit], in prose: Prose, configured: Bool) -> [PhraseHit] {
        guard !configured else { return hits }
        var result: [PhraseHit] = []
        for hit in hits {
            // "more resilient" inside the "make our network more resilient" already reported.
            if let last = result.last, last.match.tokens.upperBound >= hit.match.tokens.upperBound { continue }
            if let last = result.last, last.match.tokens.upperBound == hit.match.tokens.lowerBound,
               prose.tokens[hit.match.tokens.lowerBound].isJoinedToPrevious, list.groups.indices.contains(last.match.payload) {
                result[result.count - 1] = extended(last, to: hit.match.tokens.upperBound, in: prose)
            } else {
                result.append(hit)
            }
        }
        return result
    }

    /// Whether the hit at `anchor` is governed by a verb of continuing in the simple present
    /// after its subject ("we continue to monitor", "temperatures continue to improve", "the
    /// team keeps reviewing"), with no modal, future or forward adverbial in its sentence: a
    /// report of what is being done or is happening, as a status update gives it. "We will
    /// continue to …", "going forward we keep …" and "Continue to …" (an instruction) promise.
    private static func isOngoingReport(_ anchor: Int, in sentence: Range<Int>, prose: Prose) -> Bool {
        guard let verb = (max(sentence.lowerBound, anchor - 2)...anchor).last(where: { continuing.contains($0, in: prose) }),
              verb > sentence.lowerBound, (verb + 1..<anchor + 1).allSatisfy({ prose.tokens[$0].isJoinedToPrevious }),
              verb + 1 < sentence.upperBound, prose.text(at: verb + 1) == "to" || prose.text(at: verb + 1).hasSuffix("ing")
        else { return false }
        let subject = prose.text(at: verb - 1)
        guard prose.tokens[verb].isJoinedToPrevious, prose.tokens[verb - 1].kind == .word, !notSubjectsOfContinuing.contains(subject),
              !subject.hasSuffix("'ll")
        else { return false }
        return !Commitment.isCommitted(before: verb, in: prose, instructions: false)
    }

    /// Verbs of continuing, in the simple present.
    private static let continuing: WordSet = ["continue", "continues", "keep", "keeps"]
    /// Words before a verb of continuing that make it no present report: a modal or "to"
    /// ("will continue", "plan to keep"), or an opener that leaves it an instruction.
    private static let notSubjectsOfContinuing: WordSet = [
        "will", "shall", "should", "must", "would", "can", "could", "may", "might", "to", "and", "or", "then", "please", "also",
        "always", "let's", "just", "so", "but", "not", "never", "don't", "must", "need", "needs",
    ]

    /// Verbs that ask people for care: what follows is what they are asked to do.
    private static let asking: WordSet = [
        "ask", "asked", "asking", "told", "tell", "instructed", "instruct", "urged", "urge", "reminded", "advised", "requested",
        "expect", "expected", "expects", "want", "wants", "need", "needs", "trained", "retrained", "coached", "briefed", "encouraged",
        "required",
    ]

    /// Words for a whole group of one's own staff.
    private static let staff: WordSet = [
        "everyone", "everybody", "staff", "team", "teams", "engineers", "employees", "developers", "operators", "colleagues",
        "organization", "organisation", "engineering", "people", "all", "responders", "rotation", "rota", "on-call", "oncall", "devs", "sres",
        "managers", "leads", "supervisors",
    ]

    /// Stems of the verbs that stress something to people ("reinforced the importance of …").
    private static let telling = ["reinforc", "stress", "emphasi", "remind", "communicat", "explain", "highlight", "underlin", "underscor", "reiterat", "teach", "taught", "train"]

    /// Sections that report what was done about an incident, where an appeal made to staff
    /// is the measure taken ("we have reminded our staff …"); a root cause's "the team had
    /// been reminded" is how it happened.
    private static let reportsMeasures: Set<SectionKind> = [.actionItems, .lessonsLearned, .response, .resolution]

    /// "had been reminded", "had asked": before the incident, so part of its story.
    private static func isPastPerfect(before anchor: Int, in sentence: Range<Int>, prose: Prose) -> Bool {
        (sentence.lowerBound..<anchor).contains { prose.text(at: $0) == "had" || prose.text(at: $0).hasSuffix("'d") }
    }

    /// Whether an awareness hit at `anchor` is addressed to a whole group of staff ("the team
    /// has been made aware", "we reminded our engineers"), not to people outside (customers,
    /// a vendor), in a section that reports measures.
    private static func isAddressedToStaff(_ anchor: Int, in sentence: Range<Int>, prose: Prose, section: SectionKind?) -> Bool {
        section.map(reportsMeasures.contains) == true && !isPastPerfect(before: anchor, in: sentence, prose: prose)
            && sentence.contains { staff.contains($0, in: prose) }
            && !(anchor..<sentence.upperBound).contains { outsiders.contains($0, in: prose) }
    }

    /// Whether an awareness measure is reported as given to people, in a section that reports
    /// measures: a reminder posted, a session held ("a reminder has been posted in #eng", "we
    /// held an awareness session"), whoever it was for.
    private static func isGivenAsMeasure(_ anchor: Int, in sentence: Range<Int>, prose: Prose, section: SectionKind?) -> Bool {
        section.map(reportsMeasures.contains) == true && !isPastPerfect(before: anchor, in: sentence, prose: prose)
            && sentence.contains { giving.contains($0, in: prose) }
            && !sentence.contains { outsiders.contains($0, in: prose) || automation.contains($0, in: prose) }
    }

    /// Verbs of people putting a message or a session before other people.
    private static let giving: WordSet = [
        "posted", "circulated", "held", "hosted", "ran", "conducted", "published", "shared", "issued", "organised", "organized", "pinned",
    ]

    private static let outsiders: WordSet = [
        "customer", "customers", "user", "users", "client", "clients", "vendor", "vendors", "partner", "partners", "provider",
        "providers", "supplier", "suppliers", "public", "community", "you",
    ]

    /// Sections that list what to do, where a bare verb is an instruction.
    private static let listsWhatToDo: Set<SectionKind> = [.actionItems, .lessonsLearned]

    /// The hit as reported, or nil when its words are not the class after all: "make" counts
    /// only with a comparative that promises a quality ("make the consumers more stable", not
    /// "make a repeat less likely"), and "better" only before the thing to be bettered.
    private static func shaped(_ hit: PhraseHit, as kind: PreventionClass, in prose: Prose) -> PhraseHit? {
        // "we are better placed": the comparative qualifies a participle, not the subject.
        if kind == .improvement, hit.match.tokens.count == 2, beForms.contains(hit.match.tokens.lowerBound, in: prose) {
            let next = hit.match.tokens.upperBound
            let participle = next < prose.tokens.count && prose.tokens[next].isJoinedToPrevious && prose.text(at: next).hasSuffix("ed")
            return participle ? nil : hit
        }
        guard kind == .improvement, hit.match.tokens.count == 1 else { return hit }
        let anchor = hit.match.tokens.lowerBound
        let tokens = prose.tokens
        func joined(_ index: Int) -> Bool { index < tokens.count && tokens[index].isJoinedToPrevious && tokens[index].kind == .word }
        switch prose.text(at: anchor) {
        case "make", "makes", "making", "made":
            var index = anchor + 1
            while joined(index) && index <= anchor + 6 {
                if PreventionClass.comparatives.contains(index, in: prose) {
                    let quality = joined(index + 1) && ["more", "less"].contains(prose.text(at: index)) ? index + 1 : index
                    if PreventionClass.estimates.contains(quality, in: prose) { return nil }
                    return extended(hit, to: quality + 1, in: prose)
                }
                index += 1
            }
            return nil
        case "better":
            guard joined(anchor + 1), !notThings.contains(anchor + 1, in: prose) else { return nil }
            return extended(hit, to: anchor + 2, in: prose)
        case "earlier", "sooner":
            // Only of finding or answering a problem ("catch these problems earlier"), from its verb.
            var index = anchor
            while index > anchor - 5 && index > 0 && tokens[index].isJoinedToPrevious {
                index -= 1
                if detecting.contains(index, in: prose) {
                    // "improve alerting so that problems are found sooner": the aim of what the sentence promises.
                    let purpose = (max(0, index - 4)..<index).contains { ["so", "that"].contains(prose.text(at: $0)) }
                    return purpose ? nil : extended(PhraseHit(match: PhraseMatch(payload: hit.match.payload, tokens: index..<anchor), message: hit.message), to: anchor + 1, in: prose)
                }
            }
            return nil
        default:
            return hit
        }
    }

    /// Verbs of finding or answering a problem, which "earlier" or "sooner" can promise to speed up.
    private static let detecting: WordSet = [
        "catch", "caught", "detect", "detected", "spot", "spotted", "notice", "noticed", "find", "found", "identify", "identified",
        "surface", "surfaced", "see", "react", "respond", "escalate", "escalated", "recognise", "recognize", "discover", "flag",
    ]

    /// Words after "better" that show it is not qualifying a thing ("better than", "better not").
    private static let notThings: WordSet = ["than", "not", "to", "at", "off", "if", "for", "now", "when", "and", "or", "with", "in", "of", "on", "because", "yet", "still"]

    private static func extended(_ hit: PhraseHit, to end: Int, in prose: Prose) -> PhraseHit {
        let match = PhraseMatch(payload: hit.match.payload, tokens: hit.match.tokens.lowerBound..<end)
        let template = list.groups[hit.match.payload].message
        return PhraseHit(match: match, message: PhraseGroup.message(template, phrase: prose.text(of: match)))
    }

    /// An outcome stated as achieved ("we have made sure this cannot recur") is a claim of
    /// certainty, which over-promising judges, not a vague promise.
    private static let achieved: WordSet = ["made", "ensured", "prevented"]

    /// Whether the hit is the alternative a sentence rejects ("instead of asking people to be
    /// more careful, the tool now …"): "instead of" or "rather than" earlier in its clause.
    private static func isRejected(_ anchor: Int, in sentence: Range<Int>, prose: Prose) -> Bool {
        var index = anchor
        while index > sentence.lowerBound && prose.tokens[index].isJoinedToPrevious {
            index -= 1
            let (text, next) = (prose.text(at: index), prose.text(at: index + 1))
            if text == "instead" && next == "of" || text == "rather" && next == "than" { return true }
        }
        return false
    }

    /// Whether the words before `start` name an owner: an `@handle` or a full name ("Jamal
    /// Wright will review each change …"), which makes the commitment checkable.
    private static func namesOwner(before start: Int, in sentence: Range<Int>, prose: Prose) -> Bool {
        (sentence.lowerBound..<start).contains { index in
            let text = prose.text(at: index)
            return text.count > 1 && text.hasPrefix("@")
                || index > sentence.lowerBound && index + 1 < start && prose.tokens[index].isNameShaped && prose.tokens[index + 1].isNameShaped
                    && prose.tokens[index + 1].isJoinedToPrevious
        }
    }

    /// Whether an improvement made by "make" has a thing as its subject ("these changes make
    /// the network more resilient"): the effect of a means the sentence names, not a promise
    /// of people.
    private static func isEffectOfThing(_ start: Int, in sentence: Range<Int>, prose: Prose) -> Bool {
        var index = start
        while !["make", "makes", "made"].contains(prose.text(at: index)) {
            guard index > sentence.lowerBound, start - index < 6, prose.tokens[index].isJoinedToPrevious else { return false }
            index -= 1
        }
        // "will be made more robust": a passive's subject is what is improved, not a means.
        if index > sentence.lowerBound, beForms.contains(index - 1, in: prose) { return false }
        while index > sentence.lowerBound && prose.tokens[index].isJoinedToPrevious {
            index -= 1
            let text = prose.text(at: index)
            if helpers.contains(index, in: prose) || text.hasSuffix("ly") { continue }
            return !Commitment.isDecoration(at: index, in: prose) && !agents.contains(index, in: prose) && !notSubjects.contains(index, in: prose) && !text.hasSuffix("'ll") && !text.hasSuffix("'re")
        }
        return false
    }

    private static let helpers: WordSet = ["will", "would", "should", "can", "could", "may", "might", "help", "helps", "also", "further", "now", "already", "all", "together"]
    private static let notSubjects: WordSet = ["to", "and", "or", "then", "please", "not", "let's", "always", "never", "must", "shall", "need", "needs", "also", "just", "so", "but", "i'll", "we've", "they", "you", "he", "she", "people", "staff", "teams", "developers", "operators"]

    /// Whether the sentence names what makes the hit checkable.
    private static func isSpecific(_ hit: PhraseHit, as kind: PreventionClass, in sentence: Range<Int>, prose: Prose) -> Bool {
        let words = hit.match.tokens
        if kind != .effort && kind != .awareness && namesOwner(before: words.lowerBound, in: sentence, prose: prose) { return true }
        switch kind {
        case .improvement where isEffectOfThing(words.lowerBound, in: sentence, prose: prose):
            return true
        case .improvement:
            // A passive ("the thresholds will be tightened") has its object before the verb.
            let first = prose.text(at: words.lowerBound)
            // So has a predicate ("runbooks need to be clearer"): its subject is what is improved.
            let passive = words.lowerBound > sentence.lowerBound && beForms.contains(words.lowerBound - 1, in: prose)
                && (first.hasSuffix("ed") || first.hasSuffix("en") || first == "made")
                || beForms.contains(first) || first.hasPrefix("becom")
            let before = passive ? [] : Array(sentence.lowerBound..<words.lowerBound)
            // "more resilient to provider timeouts": what a quality is against belongs to it.
            let last = prose.text(at: words.upperBound - 1)
            let complement = words.upperBound < sentence.upperBound && complements.contains(words.upperBound, in: prose)
                && (PreventionClass.comparatives.contains(last) || words.count > 1 && prose.text(at: words.upperBound - 2) == "more")
            let object = complement ? words.upperBound + 1 : words.upperBound
            // "run failover tests more consistently": what stands before a manner adverb is its
            // verb's object, which only a quantity makes checkable.
            let adverbial = last.hasSuffix("ly")
            return before.contains { adverbial ? Deliverables.isQuantity(at: $0, in: prose) : Deliverables.isMeasure(at: $0, in: prose) }
                || Deliverables.improvementIsSpecific(object: object, in: words.upperBound..<sentence.upperBound, prose: prose, skipping: words)
        // "The deploy tool will remind the operator …": a mechanism does the reminding.
        case .awareness where PreventionClass.hasMechanismSubject(before: words.lowerBound, in: sentence, prose: prose):
            return true
        case .effort, .awareness:
            // A channel ("#eng") is where people are told, not a mechanism; automation counts
            // only when it qualifies the reminder itself ("an automated reminder"), not its topic.
            let near = max(sentence.lowerBound, words.lowerBound - 2)..<min(sentence.upperBound, words.upperBound + 2)
            // The obligation that promises care ("extra caution is required") is no measure of it.
            let promise = words.upperBound..<min(sentence.upperBound, words.upperBound + 3)
            return sentence.contains { !words.contains($0) && !(promise.contains($0) && Commitment.obligations.contains($0, in: prose))
                    && (Deliverables.statesMethod(at: $0, in: prose)
                    || Deliverables.isQuantity(at: $0, in: prose) && !prose.text(at: $0).hasPrefix("#")) }
                || near.contains { automation.contains($0, in: prose) }
        case .outcome where isAttributed(words.lowerBound, in: sentence, prose: prose):
            return true
        case .exploration:
            // What is to be explored comes after the verb, and a mechanism in it is the topic
            // ("look into why the canary missed it"), as for an improvement's object; a subject
            // ("the pipeline team") names no mechanism to come.
            let after = words.upperBound..<sentence.upperBound
            // "will review every maintenance plan before it is scheduled": a review of every one
            // of a kind is a standing gate, not open-ended exploration.
            if (after.lowerBound..<min(after.upperBound, after.lowerBound + 2)).contains(where: { ["every", "each", "all"].contains(prose.text(at: $0)) }) { return true }
            // "explore better ways to test schema migrations", "whether a different design …":
            // what follows a possibility is the aim of the search, so only a number, a method or
            // a clause that delivers bounds it.
            if (after.lowerBound..<min(after.upperBound, after.lowerBound + 4)).contains(where: { Deliverables.possibilities.contains($0, in: prose) }) {
                return after.contains { Deliverables.isQuantity(at: $0, in: prose) || Deliverables.statesMethod(at: $0, in: prose) }
                    || Deliverables.hasDeliveringClause(after: after.lowerBound, before: after.upperBound, in: prose)
            }
            // (A measured means or a making method is a quantity or a method, which this reads.)
            return Deliverables.improvementIsSpecific(object: words.upperBound, in: after, prose: prose, skipping: words)
        case .outcome:
            // A promised outcome may name its means anywhere.
            return sentence.contains { !words.contains($0) && Deliverables.isMeasure(at: $0, in: prose) }
                || Deliverables.hasDeliveringClause(after: words.upperBound, before: sentence.upperBound, in: prose)
        }
    }

    /// Whether a promised outcome is attributed to a thing ("the new limits will ensure this
    /// never happens", "…, which ensures …"): the means is named, and any excess is
    /// over-promising, not vagueness. An outcome promised by people ("we will ensure") is not.
    private static func isAttributed(_ start: Int, in sentence: Range<Int>, prose: Prose) -> Bool {
        var index = start - 1
        while index >= sentence.lowerBound && ["will", "would", "should", "shall", "can", "must", "help", "helps"].contains(prose.text(at: index)) {
            index -= 1
        }
        guard index >= sentence.lowerBound, index < start - 1 || ["which", "that"].contains(prose.text(at: index)) else { return false }
        return !agents.contains(index, in: prose)
    }

    /// Who promises an outcome without a means.
    private static let agents: WordSet = ["we", "i", "team", "us", "everyone", "engineers", "they", "you", "will", "committed", "and", "steps", "measures", "action"]

    /// Prepositions that open what a quality holds against ("resilient to", "safe against").
    private static let complements: WordSet = ["to", "against"]

    private static let beForms: WordSet = ["be", "been", "being", "is", "are", "was", "were"]

    /// Words that make a reminder a mechanism ("an automated reminder").
    private static let automation: WordSet = ["automated", "automatic", "automatically", "bot", "calendar", "scheduled"]

    /// Whether exploration at `anchor` is promised rather than reported: an instruction
    /// ("Revisit how we …"), after a modal or "to" ("we will research", "continue to
    /// explore"), under way ("we are reviewing"), or a review begun ("we have begun a broad
    /// review of …").
    private static func isPromisedExploration(at anchor: Int, in prose: Prose, instructions: Bool) -> Bool {
        let sentence = prose.sentence(containing: anchor)
        var index = anchor - 1
        if !nouns.contains(anchor, in: prose) {
            // An instruction in a list, or after a label that points forward ("Next steps: think about …").
            if Commitment.isInstruction(anchor, sentence: sentence, in: prose)
                && (instructions || Commitment.isCommitted(before: anchor, in: prose, instructions: false)) { return true }
            while index >= sentence.lowerBound && adverbs.contains(index, in: prose) { index -= 1 }
            guard index >= sentence.lowerBound else { return false }
            let previous = prose.text(at: index)
            if previous.hasSuffix("'ll") || modals.contains(previous) { return true }
            // "It's worth looking into …": a recommendation, unless it was one ("was worth").
            if previous == "worth" { return index == sentence.lowerBound || !["was", "were"].contains(prose.text(at: index - 1)) }
            // "plan to review", "continue to explore"; not "paged the team to investigate".
            if previous == "to" { return Commitment.isCommitted(before: anchor, in: prose, instructions: false) }
            // Under way now, since the incident or from now on: "we are reviewing", "we've been
            // reviewing", "we will be reviewing"; not "we had been investigating the wrong host".
            if prose.text(at: anchor).hasSuffix("ing") && ["am", "is", "are", "we're", "keep", "continue", "been", "be"].contains(previous) {
                return !isPastPerfect(before: anchor, in: sentence, prose: prose)
            }
        }
        // "a broad review of": a determiner and adjectives, after a verb that starts one.
        while index >= sentence.lowerBound && !determiners.contains(index, in: prose) && anchor - index <= 3 { index -= 1 }
        guard index > sentence.lowerBound, determiners.contains(index, in: prose) else { return false }
        return starters.contains(index - 1, in: prose)
    }

    /// Exploration named as a thing, promised only when one is begun ("we have begun an
    /// assessment of …"), never as an instruction ("Investigation is in progress" is a status).
    /// Words before an exploration word that make it a noun ("further investigation", "a review").
    private static let nounMarkers: WordSet = ["a", "an", "the", "further", "general", "full", "thorough", "detailed", "broader", "wider", "deeper", "formal", "more", "additional", "another"]

    private static let nouns: WordSet = ["investigation", "investigations", "assessment", "assessments", "evaluation", "evaluations", "analysis", "analyses", "exploration"]

    private static let adverbs: WordSet = ["also", "further", "carefully", "closely", "thoroughly", "then", "first", "actively", "properly", "fully", "now"]
    private static let modals: WordSet = ["will", "shall", "should", "must", "let's"]
    private static let determiners: WordSet = ["a", "an", "the"]
    private static let starters: WordSet = [
        "begun", "begin", "began", "started", "start", "launched", "launch", "conduct", "conducting", "undertake", "undertaking",
        "perform", "performing", "initiated", "initiate", "do", "doing", "hold", "holding", "run", "running", "schedule",
    ]
}
