import PostmortemModel

/// PM104: impact described so as to make it look smaller.
struct MinimizingLanguageRule: Rule {
    /// Who or what was affected: a minimiser before these qualifies the impact ("a few
    /// users"), not a team's size or a ratio.
    private static let affected: Set<String> = ([
        "users", "customers", "accounts", "tenants", "requests", "transactions", "orders", "clients", "members", "merchants",
        "sites", "stores", "organizations", "organisations", "workspaces", "projects", "repositories", "builds", "calls", "queries",
        "payments", "sessions", "devices", "subscribers", "visitors", "shoppers", "buyers", "sellers", "invoices", "messages",
        "emails", "webhooks", "uploads", "downloads", "logins", "sign-ins", "signups", "sign-ups", "checkouts", "pages", "traffic",
        "installs", "players", "students", "partners", "integrations", "domains", "keys", "reports", "exports", "files", "records",
        "admins", "regions", "packages", "you", "deliveries", "notifications", "events", "charges", "carts", "schools",
        "tickets", "apps", "pipelines", "shipments", "bookings", "reservations", "listings", "posts", "uploads", "jobs", "user", "customer", "account", "tenant", "request", "transaction", "order", "merchant",
        "attempts", "syncs", "searches", "purchases", "conversions", "lookups", "renders", "streams", "backups", "payouts", "transfers", "refunds", "withdrawals", "deposits",
        "tier", "tiers", "cohort", "cohorts", "segment", "plans", "households", "patients", "drivers", "riders", "guests", "employers",
        // Places and units served, and what people file.
        "wards", "clinics", "branches", "offices", "locations", "venues", "campuses", "hospitals", "pharmacies", "restaurants",
        "applications", "claims", "submissions", "appointments", "prescriptions", "parcels",
        // What people keep with a service: "only a small amount of data", "some of the images".
        "data", "images", "photos", "videos", "documents",
    ] as Set<String>).union(MinimizerClasses.servedPeople)
    private static let population = (affected.sorted() + owners.sorted()).joined(separator: "|")
    /// The affected as counted ("just one region", "only after users"), without possessives:
    /// "only one customer's export" names whose thing was hit.
    private static let counted = affected.sorted().joined(separator: "|")
    /// The affected that are things, not people: "only the scheduled exports" says which
    /// feature failed, where "only the free-tier users" shrinks who was hurt.
    private static let things = affected.subtracting(people).sorted().joined(separator: "|")
    private static let people: Set<String> = ([
        "users", "customers", "accounts", "tenants", "clients", "members", "merchants", "organizations", "organisations", "workspaces",
        "subscribers", "visitors", "shoppers", "buyers", "sellers", "players", "students", "partners", "admins", "you", "schools",
        "user", "customer", "account", "tenant", "merchant", "tier", "tiers", "cohort", "cohorts", "segment", "plans", "households",
        "patients", "drivers", "riders", "guests", "employers",
    ] as Set<String>).union(MinimizerClasses.servedPeople)
    /// Whose thing was hit: a person's possessive ("only one customer's export") names the affected.
    private static let owners = people.filter { !$0.hasSuffix("s") && $0 != "you" }.map { $0 + "'s" }
    /// How long it lasted.
    private static let duration = "seconds|second|minutes|minute|min|mins|hours|hour|moment|moments|period|window|while|time|spell|interval|stretch"
    /// Spans of service counted in runs or turns: "just for one run", "only one night".
    private static let turns = "run|cycle|batch|night|evening|morning|afternoon|shift|day"
    /// Words for the harm itself.
    private static let harm = "inconsistency|inconsistencies|corruption|mismatch|mismatches|disruption|disruptions|issue|issues|outage|outages|hiccup|hiccups|glitch|glitches|blip|blips|degradation|error|timeout|crash|interruption|interruptions|slowdown|slowdowns|delay|delays|problem|problems|impact|incident|inconvenience|downtime|unavailability|latency|effect|effects|increase|rise|uptick|bump|spike|dip|drop|loss|lag|degradations|impairment|unavailable|instability|slowness|nuisance|annoyance|inability|failure|failures|errors|timeouts|hang|hangs|stall|stalls|freeze|freezes|breakage|backlog"
    /// The nouns that name an impact as a whole, as the subject of how small it was.
    private static let impactNouns = "impact|disruption|effect|outage|issue|downtime|interruption|slowdown|loss|degradation|delay|inconvenience|harm|damage"
    private static let small = "minor|small|slight|brief|short|momentary|little|tiny|negligible|minimal|insignificant|trivial|mild|marginal|limited|\(MinimizerClasses.slight)"
    /// Adverbs that shrink how bad or how long an impact was: "briefly unavailable".
    private static let lessened = "briefly|momentarily|slightly|marginally|mildly|somewhat|barely|hardly|lightly|minimally|fleetingly|\(MinimizerClasses.lessening)"
    /// The states a service is in for its users; said of a component they are its symptom.
    private static let impaired = "unavailable|down|degraded|affected|impacted|interrupted|delayed|slower|slow|elevated|disrupted|inaccessible|offline|noticeable|noticed|higher|increased|stale|late|unreachable|unresponsive|impaired|reduced|worse|visible|unusable|longer|later|unable"
    /// Parts of a system whose symptom ("nodes briefly reporting …") is not customer impact.
    private static let components: WordSet = [
        "node", "nodes", "pod", "pods", "replica", "replicas", "host", "hosts", "worker", "workers", "broker", "brokers", "instance",
        "instances", "container", "containers", "shard", "shards", "disk", "disks", "daemon", "process", "processes", "thread",
        "threads", "vm", "vms", "cpu", "memory", "kubelet", "scheduler", "controller", "leader", "primary", "secondary", "cluster",
        "queue", "cache", "caches", "database", "db", "server", "servers", "machine", "machines", "gc", "heap", "canary",
        // Settings: a value that is small by design ("the timeout was just 5 seconds").
        "timeout", "ttl", "interval", "limit", "threshold", "budget", "retention", "pool", "quota", "deadline", "setting", "size",
    ]
    /// The groups whose hits may be a component's symptom.
    private static let lessenedGroups: Set<Int> = [0, 1, 2, 7]
    private static let vagueGroup = 3
    /// The groups that count who was affected.
    private static let populationGroups: Set<Int> = [0, 3, 4, 5]
    /// A small share ("a handful of", "only a portion of") whose noun comes later in the clause.
    private static let shareGroup = 4
    /// A small quantity standing for the affected named before it ("some users, only a few dozen in total").
    private static let pronounGroup = 5
    /// Smallness said of the impact as a predicate ("the impact, which was quite small").
    private static let predicateGroup = 6
    /// A lessening adverb after the state it lessens ("service was interrupted only briefly").
    private static let lessenedAfterGroup = 7
    /// A closing dismissal after the impact (", nothing more", ", that's all").
    private static let dismissalGroup = 8
    /// A size given as a field's value after a label for the impact ("Impact: negligible").
    private static let labelGroup = 9

    /// Whose: any determiner of the affected ("a few of your jobs", "their accounts").
    private static let whose = "the|our|your|their|these|those"
    /// Small quantities and shares: what "only", "just" or "a" make of the affected.
    private static let fewness = "few|handful|fraction|couple|minority|portion|subset|sliver|share|part|small|tiny|little|limited|single|one|two|three|some|several|half|{number}|\(MinimizerClasses.scant)"
    private static let shares = "number|percentage|percent|subset|portion|share|group|set|amount|minority|fraction|proportion|slice|sliver|handful|part|\(MinimizerClasses.scant)"
    /// Degrees of smallness: "really quite small".
    private static let degree = "very|relatively|extremely|fairly|quite|pretty|rather|really|comparatively|only|just|so"

    static let list = PhraseList([
        PhraseGroup("“{phrase}” plays the impact down: give the number (how many users or requests, what share) so readers can judge for themselves.",
                    ["a|an (very|relatively|extremely|fairly) small|tiny|limited|minor|negligible|marginal|modest number|percentage|fraction|subset|portion|minority|share|proportion|group|handful|amount|set|slice|sliver of (\(whose)) ({any}) ({any}) \(population)",
                     "a handful|couple of (\(whose)) ({any}) ({any}) \(population)", "a few (of) (\(whose)) ({any}) \(population)",
                     "(very|relatively|extremely|comparatively) few (of) (\(whose)) ({any}) ({any}) \(population)",
                     "[only|just|merely|barely|hardly] (for) (a|an) (very) \(fewness) (\(shares)) (of) (\(whose)) ({any}) ({any}) \(population)|\(duration)|\(harm)",
                     "[only|just|merely] (for) a|an (single|short|brief|little|few) moment|while|minute|second|hour|instant|day|night|morning|afternoon",
                     // A span of time that is all the impact was: "only the last hour".
                     "[only|just|merely] (for|during) the first|last|final (few|couple|{number}) (of) \(duration)",
                     "seconds|minutes|hours|days|moments only",
                     // "Down for just under an hour", "only around 40 minutes", "only a matter of minutes".
                     "[only|just|merely] under|shy of (a|an|{number}) (few|couple) (of) \(duration)",
                     "[only|just|merely] (for) about|around|roughly|approximately|some|maybe|perhaps {number} \(duration)",
                     "[only|just|merely|mere] (for) a matter of \(duration)",
                     "[only|just|merely] (for) a|an|one|single (single|short|brief) \(turns)",
                     // "Barely any merchants noticed": the affected, scarcely any of them.
                     "barely|hardly|scarcely any (of) (\(whose)) ({any}) \(population)",
                     "[only|just|merely] ({any}) ({any}) \(population)", "[only|just|merely] (around|about|roughly|approximately|under|some) {number} (of) (\(whose)) ({any}) ({any}) \(population)",
                     "a mere|meager|paltry ({any}) ({any})", "mostly|largely|virtually|practically unaffected|unimpacted", "isolated users|customers|cases|accounts|reports|incidents",
                     "not many \(population)", "\(population) be (only|just|merely) (a) (very|small|tiny|relatively|quite) few|handful|couple|fraction|minority|those",
                     // Reassurance that the affected did not notice: "most users noticed nothing".
                     "most|many (of) (\(whose)) (\(population)) (will|would|may|might|probably|likely) (have) [noticed nothing|seen nothing|not noticed|never noticed|not have noticed|not even noticed|did not notice|didn't notice|wouldn't have noticed|won't have noticed|not notice]",
                     "(largely|mostly) unnoticed by (most|many) (of) (\(whose)) (\(population))", "largely|mostly unnoticed"]),
        PhraseGroup("“{phrase}” plays the impact down: say what users could not do and for how long.",
                    ["\(small) (and|or) ({any}) \(harm)", "\(small) \(MinimizerClasses.setbacks)", "minor|small|slight error|errors",
                     "(for) a|an (very|relatively) brief|short|momentary|small|quick|little period|window|moment|time|while|spell|interval|stretch",
                     "for (only|just) a few|couple (of) (short|brief) \(duration)", "a few|couple (of) (short|brief) \(duration) of \(impaired)|\(harm)|errors|failed|failing|broken",
                     // "Just over a minute of downtime": how long the harm lasted, rounded down.
                     "[only|just|merely] over|under (a|an|{number}) (few|couple) (of) \(duration) of \(harm)",
                     "during|in a|an|that|this (very|relatively) brief|short|momentary|fleeting window|moment|spell|interval",
                     "mostly|purely|merely|only|largely|just cosmetic",
                     "short-lived \(harm)", "low-impact", "nothing major|serious|significant|dramatic|big|critical",
                     "[merely|just|only|simply] (a|an) ({any}) ({any}) \(harm)",
                     // "Just over nine hours" is a bound; "only" or "a little" over it shrinks it.
                     "only (a little|slightly) over|under|above|below|about|around|roughly|past (a|an|{number}|half) (few|couple) (of) \(duration)",
                     "[just|merely] [a little|slightly] over|under|above|below|past (a|an|{number}|half) (few|couple) (of) \(duration)",
                     "\(impactNouns) (on|to|for) (our|the) (\(population)) be (very|only|relatively|fairly|quite|pretty|rather) minimal|limited|negligible|small|minor|slight|brief|short|momentary|insignificant|trivial|mild|modest|low|little",
                     "barely|hardly|scarcely (have|be|have been) noticeable|noticed|affected|notice|felt|feel|register", "\(impactNouns) be only|just|barely|hardly|mostly|rarely noticeable|visible|noticed", "nothing more than", "[no|not|wasn't|isn't|was not|is not] (such|really|that) (a) big deal", "blip", "hiccup", "glitch"]),
        PhraseGroup("“{phrase}” plays the impact down: say what users could not do and for how long.",
                    ["(only|just) \(lessened) \(impaired)", "[only|just|merely] partially|partly \(impaired)", "(only|just) last|lasted (only|just) briefly|momentarily|moments", "(only|just) \(lessened) (be) \(impaired)",
                     "[a bit|a little|a tad|a touch] \(impaired)",
                     // The affected's experience, lessened: "may have briefly seen stale balances".
                     "\(lessened) see|experience|encounter|notice|face|lose|receive|get|observe|hit"]),
        PhraseGroup("“{phrase}” leaves the number out although the document has numbers: say how many were affected.",
                    ["some|several|certain|various (of) (the|our) \(population)", "a number|subset|portion|fraction|group|percentage|share|minority of (the|our) ({any}) \(population)"],
                    severity: .info),
        PhraseGroup("“{phrase}” plays the impact down: give the number (how many users or requests, what share) so readers can judge for themselves.",
                    ["(a|an) (very|relatively|extremely|fairly) small|tiny|limited|minor|negligible|marginal|modest \(shares) of",
                     "a handful|couple|few of", "[only|just|merely] (a|an) (very) \(fewness) (\(shares)) of"]),
        PhraseGroup("“{phrase}” plays the impact down: give the number (how many users or requests, what share) so readers can judge for themselves.",
                    ["[only|just|merely] (a|an) (very) few|handful|couple|fraction|minority (dozen|hundred)", "very|relatively|extremely|so few"]),
        PhraseGroup("“{phrase}” plays the impact down: say what users could not do and for how long.",
                    ["\(small)|short-lived (one)"]),
        PhraseGroup("“{phrase}” plays the impact down: say what users could not do and for how long.",
                    ["[only|just|merely] \(lessened)"]),
        PhraseGroup("“{phrase}” dismisses the impact: say what users could not do and for how long.",
                    ["nothing more|else", "that's|that is all"]),
        PhraseGroup("“{phrase}” plays the impact down: give the number (how many users or requests, what share) so readers can judge for themselves.",
                    ["\(impactNouns) \(small)"]),
    ], exceptions: ["slightly more|less|over|under|above|below|fewer (than)",
                    // "A bit longer than planned": a comparison of times, not a lessened state
                    // ("slightly longer queue times" is one).
                    "[a bit|a little|a tad|a touch|slightly] longer|later|earlier|shorter than",
                    // "Just before noon", "just under half": a time or a bound, not a number.
                    "[only|just|merely] one|before|after|under|over|finished|started|as ({any}) ({any}) \(counted)",
                    // "Just before the crash": a point in time next to an event, not its size.
                    "[only|just|merely] before|after|until|since (the|a|an|this|that) ({any}) \(harm)",
                    "[only|just|merely] the|these|those ({any}) ({any}) \(things)",
                    // "Just a few seconds after the deploy": a point in time, not how long.
                    "[only|just|merely] (for) (about|around|roughly|approximately|some) (a|an|one|{number}) (few|couple) (of) \(duration)|\(turns) after|before|later|earlier|ago|into|since",
                    // A release's number: "a minor version bump".
                    "minor|patch version|release|upgrade|update|bump ({any})"],
       configuredMessage: "“{phrase}” is on the team's list of minimising phrases: state the impact plainly, with numbers.")

    static let description = RuleDescription(
        id: "PM104", name: "minimizing-language",
        summary: "Impact is described in words that make it look smaller than it was.",
        rationale: """
            "A small number of users", "a minor disruption" and "a brief issue" read as dismissive to the \
            people who were affected, and they hide the facts a reader needs: how many, for how long, what \
            they could not do. The rule reads the sections that describe impact (summary, impact, timeline, \
            root cause, response, resolution, apology; configurable) and reports a minimiser only where it \
            qualifies the impact: who was affected ("a few users"), how long ("a brief period", "interrupted \
            only briefly") or how bad ("a minor disruption", "briefly unavailable", "nothing more"), with \
            words between. In a root cause a count of things is the cause ("a few malformed messages"), so \
            there only the harm's size or length is read. A ratio ("just 2x"), a team's \
            size, a component's symptom ("the replica was briefly unavailable"), a negated phrase ("this was \
            not a minor issue"), "minor version", "only the EU region" and "slightly more than two hours" \
            are fine. A vague population ("some users") is `info`, and only where the document counts \
            who was affected elsewhere: the number exists and belongs here.
            """,
        defaultSeverity: .warning,
        options: PhraseList.options + [SectionScope.option(default: [.summary, .impact, .timeline, .rootCause, .response, .resolution, .apology],
                                                           "The section kinds whose prose is read.")],
        triggering: [
            RuleExample("## Summary\n\n↓A small number of users saw errors when loading dashboards.\n"),
            RuleExample("## Impact\n\nCustomers experienced a ↓minor disruption to exports.\n"),
            RuleExample("## Summary\n\nOn April 15 we had a ↓brief issue with the API.\n"),
            RuleExample("## Impact\n\nLatency was ↓slightly elevated and ↓only a few requests failed.\n"),
            RuleExample("## Impact\n\nThe outage affected ↓just 40 accounts and had ↓negligible effect on revenue.\n"),
        ],
        nonTriggering: [
            RuleExample("## Impact\n\n1,240 users (3% of active accounts) could not load dashboards for 2 hours 33 minutes.\n"),
            RuleExample("## Impact\n\nOnly the EU region was affected; exports and the API were unaffected throughout.\n"),
            RuleExample("## Resolution\n\nWe rolled back to the previous minor version of the cache client.\n"),
            RuleExample("## Summary\n\nThe incident lasted slightly more than two hours.\n"),
            RuleExample("## Root Cause\n\nA slight clock skew between replicas let the stale snapshot win the election.\n"),
            RuleExample("## Summary\n\nA DNS glitch stopped the importer, and no orders were imported for six days.\n"),
            RuleExample("## Timeline\n\n- 02:10 The importer fails due to a glitch in name resolution; orders stop arriving.\n"),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        let prose = context.prose
        let builtIn = context.options.strings("phrases").isEmpty
        let bytes = context.source.bytes
        var knowsNumbers: Bool?
        return context.hits(of: .minimizing, sections: SectionScope.kinds(context.options), negatable: true).compactMap { hit in
            let words = hit.match.tokens
            if builtIn {
                if Self.lessenedGroups.contains(hit.match.payload) && Self.isSymptom(words, in: prose) { return nil }
                if Self.namesCause(words, in: prose) { return nil }
                // In a root cause a quantity counts the cause ("a few malformed messages"), not who
                // was hurt: there only the harm's size or length is minimised.
                if prose.section(at: words.lowerBound) == .rootCause && Self.populationGroups.contains(hit.match.payload) { return nil }
                if Self.isTaskSpan(words, in: prose) { return nil }
                if Self.isBelief(before: words.lowerBound, in: prose) || Self.isConcessionOrTask(before: words.lowerBound, in: prose) { return nil }
                // "users only" minimises only where it closes its clause ("users only saw" restricts a verb).
                if prose.text(at: words.upperBound - 1) == "only" && Self.isJoined(words.upperBound, in: prose) { return nil }
                // "Only the incident commander": a word for the harm that names a role after it is no impact.
                if Self.isJoined(words.upperBound, in: prose) && Self.roles.contains(prose.text(at: words.upperBound)) { return nil }
                // "A bit later, the on-call …": a comparative of time opening a sentence is a transition.
                if ["later", "earlier"].contains(prose.text(at: words.upperBound - 1)),
                   words.lowerBound == 0 || prose.tokens[words.lowerBound - 1].sentence != prose.tokens[words.lowerBound].sentence { return nil }
                switch hit.match.payload {
                case Self.vagueGroup:
                    if knowsNumbers == nil { knowsNumbers = Self.countsAffected(in: prose, classes: context.wordClasses, bytes: bytes) }
                    if knowsNumbers != true { return nil }
                case Self.shareGroup:
                    guard Self.affectedFollows(words.upperBound, in: prose) || Self.isConfinement(before: words.lowerBound, in: prose) else { return nil }
                case Self.pronounGroup:
                    guard !Self.isJoined(words.upperBound, in: prose) || Self.pronounEnds.contains(prose.text(at: words.upperBound)),
                          Self.affectedPrecedes(words.lowerBound, in: prose) else { return nil }
                case Self.predicateGroup:
                    guard Self.isSaidOfImpact(words.lowerBound, in: prose) || Self.isAnnotation(words, in: prose, bytes: bytes)
                            || Self.isLabelValue(words.lowerBound, bytes: bytes, in: prose) else { return nil }
                case Self.lessenedAfterGroup:
                    guard Self.followsImpairment(words.lowerBound, in: prose) else { return nil }
                case Self.labelGroup:
                    guard Self.isLabelled(words.lowerBound, bytes: bytes, in: prose) else { return nil }
                case Self.dismissalGroup:
                    guard !prose.tokens[words.lowerBound].isJoinedToPrevious, Self.endsSentence(words.upperBound, in: prose),
                          words.lowerBound > 0, prose.tokens[words.lowerBound - 1].sentence == prose.tokens[words.lowerBound].sentence else { return nil }
                default: break
                }
            }
            return Finding(range: prose.range(of: hit.match), message: hit.message, severity: hit.severity)
        }
    }

    private static func isJoined(_ index: Int, in prose: Prose) -> Bool {
        index < prose.tokens.count && prose.tokens[index].isJoinedToPrevious && prose.tokens[index].sentence == prose.tokens[index - 1].sentence
    }

    /// Whether a small word is the value of a label for the impact ("Impact: negligible",
    /// "Customer impact — minor"): an impact noun just before it, a colon or a dash between.
    private static func isLabelValue(_ index: Int, bytes: [UInt8], in prose: Prose) -> Bool {
        guard index > 0, harmSubjects.contains(index - 1, in: prose) else { return false }
        let between = bytes[prose.tokens[index - 1].range.upperBound..<prose.tokens[index].range.lowerBound].filter { $0 != UInt8(ascii: " ") }
        return between.first == UInt8(ascii: ":") || between.first == UInt8(ascii: "-") || between.first == 0xE2
    }

    /// Whether a word for the impact is a label whose value follows ("Impact: negligible").
    private static func isLabelled(_ index: Int, bytes: [UInt8], in prose: Prose) -> Bool {
        var position = prose.tokens[index].range.upperBound
        while position < bytes.count && bytes[position] == UInt8(ascii: " ") { position += 1 }
        return position < bytes.count && [UInt8(ascii: ":"), UInt8(ascii: "-"), 0xE2].contains(bytes[position])
    }

    /// Whether a length of time is how long a task of the response took ("the rollback was
    /// quick, only about four minutes"): the nearest word before it in its sentence that names
    /// what lasted is a task, not the harm or the affected.
    private static func isTaskSpan(_ words: Range<Int>, in prose: Prose) -> Bool {
        guard durationWords.contains(prose.text(at: words.upperBound - 1)) else { return false }
        let sentence = prose.tokens[words.lowerBound].sentence
        var position = words.lowerBound - 1
        while position >= 0 && prose.tokens[position].sentence == sentence {
            let text = prose.text(at: position)
            if tasks.contains(position, in: prose) { return true }
            if harmSubjects.contains(position, in: prose) || affected.contains(text) || impairedStates.contains(position, in: prose) { return false }
            position -= 1
        }
        return false
    }

    private static let durationWords = Set(duration.split(separator: "|").map(String.init))
    /// The steps of a response, whose length is not the impact's.
    private static let tasks: WordSet = [
        "rollback", "rollbacks", "fix", "deploy", "deployment", "recovery", "restore", "restoration", "mitigation", "response",
        "detection", "acknowledgement", "acknowledgment", "failover", "migration", "rollout", "revert", "restart", "reboot",
        "backfill", "repair", "escalation", "diagnosis", "triage",
    ]

    /// Whether the minimiser is a concession ("even a brief outage stops sales") or how long a
    /// task took ("took only six minutes to acknowledge"): neither shrinks the impact.
    private static func isConcessionOrTask(before index: Int, in prose: Prose) -> Bool {
        var index = index
        if index > 0, isJoined(index, in: prose), ["a", "an"].contains(prose.text(at: index - 1)) { index -= 1 }
        guard index > 0, isJoined(index, in: prose) else { return false }
        let previous = prose.text(at: index - 1)
        return previous == "even" || previous == "within" || ["take", "takes", "took", "taken", "taking"].contains(previous)
    }

    /// Whether the affected are counted by the share before `index` ("a handful of the several
    /// thousand scheduled jobs", "a limited set of, mostly trial, accounts"): an affected noun
    /// among the next words of the sentence, before any team or component.
    private static func affectedFollows(_ index: Int, in prose: Prose) -> Bool {
        guard index < prose.tokens.count else { return false }
        let sentence = prose.tokens[index - 1].sentence
        var position = index
        while position < prose.tokens.count && position < index + 7 && prose.tokens[position].sentence == sentence {
            let text = prose.text(at: position)
            // "A negligible number of applications were delayed": the share is who the impact hit;
            // "a small fraction of the day's total": a share of the whole.
            if affected.contains(text) || wholes.contains(position, in: prose) || position > index && impairedStates.contains(position, in: prose) { return true }
            if components.contains(position, in: prose) || staff.contains(position, in: prose) { return false }
            position += 1
        }
        return false
    }

    /// What a share may be a share of: the whole of the affected.
    private static let wholes: WordSet = ["total", "overall", "whole", "service", "platform"]
    private static let impairedStates = WordSet(impaired.split(separator: "|").map(String.init) + ["failed", "lost", "dropped", "rejected", "errored"])

    /// Whether a share is the extent the impact was confined to ("limited to a minor subset of …").
    private static func isConfinement(before index: Int, in prose: Prose) -> Bool {
        index > 1 && prose.tokens[index].isJoinedToPrevious && prose.text(at: index - 1) == "to"
            && ["limited", "confined", "restricted", "isolated", "contained"].contains(prose.text(at: index - 2))
    }

    /// Whether a lessening adverb follows the state it lessens within the clause ("was
    /// interrupted only briefly", "was down, but only briefly").
    private static func followsImpairment(_ index: Int, in prose: Prose) -> Bool {
        prose.hasWord(of: impairedStates, within: 8, before: index)
    }

    /// Whether the words after `index` start another sentence: the match closes its own.
    private static func endsSentence(_ index: Int, in prose: Prose) -> Bool {
        index >= prose.tokens.count || prose.tokens[index].sentence != prose.tokens[index - 1].sentence
    }

    /// Whether a small word stands alone in parentheses, an annotation of a field's value
    /// ("Duration: ~4 min (brief)").
    private static func isAnnotation(_ words: Range<Int>, in prose: Prose, bytes: [UInt8]) -> Bool {
        let range = prose.tokens[words.lowerBound].range.lowerBound..<prose.tokens[words.upperBound - 1].range.upperBound
        return range.lowerBound > 0 && range.upperBound < bytes.count
            && bytes[range.lowerBound - 1] == UInt8(ascii: "(") && bytes[range.upperBound] == UInt8(ascii: ")")
    }

    /// Heads of a role or a team's space that a harm word may qualify ("incident commander").
    private static let roles: WordSet = [
        "commander", "commanders", "lead", "leads", "manager", "managers", "coordinator", "responder", "responders", "channel", "team", "review", "report",
        // Heads of a compound whose first word is an affected thing: "just two data centres".
        "center", "centers", "centre", "centres", "warehouse", "pipeline", "pipelines", "store", "stores", "layer", "plane", "model", "models",
    ]

    /// Whether the affected are named before a quantity that stands for them ("some users,
    /// only a few dozen in total"; "affected customers, of which there were very few").
    private static func affectedPrecedes(_ index: Int, in prose: Prose) -> Bool {
        let sentence = prose.tokens[index].sentence
        var position = index - 1
        while position >= 0 && position >= index - 8 && prose.tokens[position].sentence == sentence {
            let text = prose.text(at: position)
            if people.contains(text) || affected.contains(text) { return true }
            if components.contains(position, in: prose) || staff.contains(position, in: prose) { return false }
            position -= 1
        }
        return false
    }

    /// Whether smallness is said of the impact ("the impact, which was really quite small", "the
    /// incident was a minor one"): a form of "be" before it, past degree words, and a word for
    /// the harm as the subject before that, with no component in between.
    private static func isSaidOfImpact(_ index: Int, in prose: Prose) -> Bool {
        let sentence = prose.tokens[index].sentence
        var position = index - 1
        while position >= 0 && prose.tokens[position].sentence == sentence
                && (degrees.contains(position, in: prose) || prose.text(at: position) == "a") { position -= 1 }
        guard position >= 0, prose.tokens[position].sentence == sentence, beForms.contains(position, in: prose) else { return false }
        var subject = position - 1
        while subject >= 0 && subject >= position - 8 && prose.tokens[subject].sentence == sentence {
            if harmSubjects.contains(subject, in: prose) { return true }
            if components.contains(subject, in: prose) { return false }
            subject -= 1
        }
        return false
    }

    /// What may follow a quantity that stands alone for the affected: "only a handful in total".
    private static let pronounEnds: WordSet = [
        "in", "overall", "altogether", "total", "were", "was", "had", "saw", "could", "of",
        // What the few went through: "only a few noticed slower responses".
        "noticed", "reported", "experienced", "hit", "felt", "lost", "got", "received", "encountered", "faced", "complained",
    ]
    /// Groups of one's own people: a share of them is a team's size, not impact.
    private static let staff: WordSet = ["team", "teams", "engineers", "staff", "employees", "responders", "people", "developers", "operators"]
    private static let degrees: WordSet = ["very", "relatively", "extremely", "fairly", "quite", "pretty", "rather", "really", "comparatively", "only", "just", "so", "overall", "ultimately", "thankfully", "luckily", "fortunately"]
    private static let beForms: WordSet = ["be", "is", "are", "was", "were", "been", "being"]
    /// Words for the harm as a whole, the subject of how small it was.
    private static let harmSubjects: WordSet = [
        "impact", "disruption", "effect", "outage", "issue", "downtime", "interruption", "slowdown", "loss", "degradation", "delay",
        "inconvenience", "incident", "damage", "problem", "blast", "radius", "exposure", "fallout",
    ]

    /// Whether a word for a setback on its own ("glitch", "blip") names what set the incident
    /// off rather than the incident: a system's setback ("a DNS glitch", "a network blip") or
    /// the cause of what followed ("the glitch prevented …", "failed due to a glitch"), when
    /// the impact is told in words of its own.
    private static func namesCause(_ hit: Range<Int>, in prose: Prose) -> Bool {
        guard hit.count == 1, setbacks.contains(hit.lowerBound, in: prose) else { return false }
        let index = hit.lowerBound
        if isJoined(index, in: prose) {
            let before = prose.raw(at: index - 1)
            if before.count >= 2 && before.allSatisfy({ $0.isUppercase || $0.isNumber }) { return true }
            if systems.contains(index - 1, in: prose) || components.contains(index - 1, in: prose) { return true }
        }
        if isJoined(index + 1, in: prose) && consequences.contains(index + 1, in: prose) { return true }
        // "due to a glitch", "caused by a glitch", "because of a glitch".
        var position = index - 1
        if position >= 0 && isJoined(position + 1, in: prose) && articles.contains(position, in: prose) { position -= 1 }
        guard position >= 1 && isJoined(position + 1, in: prose) && isJoined(position, in: prose) else { return false }
        return [("due", "to"), ("caused", "by"), ("triggered", "by"), ("because", "of")].contains { $0 == (prose.text(at: position - 1), prose.text(at: position)) }
    }

    private static let setbacks: WordSet = ["glitch", "glitches", "blip", "blips", "hiccup", "hiccups"]
    /// Whose setback a glitch may be besides a component's.
    private static let systems: WordSet = [
        "network", "networking", "power", "dns", "hardware", "software", "provider", "upstream", "routing", "storage", "connectivity",
        "infrastructure", "certificate", "config", "configuration", "clock", "electrical", "firmware", "vendor", "cloud",
    ]
    /// What a cause does to what follows it.
    private static let consequences: WordSet = [
        "resulted", "results", "caused", "causes", "causing", "led", "leads", "triggered", "triggers", "prevented", "prevents",
        "preventing", "broke", "blocked", "blocking", "stopped", "meant", "made", "interrupted", "knocked", "left",
    ]
    private static let articles: WordSet = ["a", "an", "the", "this", "that"]

    /// Whether the hit describes a part of the system, named as the subject before it ("the
    /// replica was briefly unavailable"), or a metric's movement on one named after it in the
    /// same clause ("a brief spike in CPU on the worker nodes"): a symptom, not what customers
    /// saw.
    private static func isSymptom(_ hit: Range<Int>, in prose: Prose) -> Bool {
        if followsComponent(hit.lowerBound, in: prose) { return true }
        // A machine's own measure inside the hit: "slight packet loss", "a brief CPU spike".
        if hit.contains(where: { measures.contains($0, in: prose) }) { return true }
        guard hit.contains(where: { movements.contains($0, in: prose) }) else { return false }
        var index = hit.upperBound
        while index < prose.tokens.count && index < hit.upperBound + 5 && prose.tokens[index].isJoinedToPrevious {
            if components.contains(index, in: prose) { return true }
            index += 1
        }
        return false
    }

    /// Whether the minimiser is what someone thought at the time ("we initially thought only
    /// a few users were affected"): a belief the sentence reports, usually to correct it.
    private static func isBelief(before index: Int, in prose: Prose) -> Bool {
        let sentence = prose.tokens[index].sentence
        var position = index - 1
        while position >= 0 && prose.tokens[position].sentence == sentence {
            if beliefs.contains(position, in: prose) { return true }
            position -= 1
        }
        return false
    }

    /// How a metric moves: said of a component ("a brief spike in CPU on the nodes") it is a symptom.
    private static let movements: WordSet = ["spike", "spikes", "increase", "rise", "uptick", "bump", "dip", "drop", "jump", "surge"]

    /// What a network or a machine measures of itself.
    private static let measures: WordSet = ["packet", "packets", "cpu", "memory", "gc", "heap", "disk", "clock", "iops", "jitter"]

    private static let beliefs: WordSet = ["thought", "believed", "assumed", "suspected"]

    private static func followsComponent(_ index: Int, in prose: Prose) -> Bool {
        prose.hasWord(of: components, within: 4, before: index)
    }

    /// Whether the document counts who was affected somewhere ("1,240 users", "3% of
    /// requests", "200 affected customers"): then a vague "some users" leaves out a number it
    /// has. A clock time ("22:55 users reported …"), a name's number ("Drop #1 claims") and a
    /// number with the noun in another sentence count nothing.
    private static func countsAffected(in prose: Prose, classes: [WordClass], bytes: [UInt8]) -> Bool {
        let tokens = prose.tokens
        for index in tokens.indices where classes[index].contains(.number) {
            let number = prose.text(at: index)
            let start = tokens[index].range.lowerBound
            guard number.first?.isNumber == true, !number.contains(":"), start == 0 || bytes[start - 1] != UInt8(ascii: "#") else { continue }
            // The counted noun is joined to its number: "from 15 to 30." counts nothing in the heading after it.
            var next = index + 1
            if next < tokens.count, tokens[next].isJoinedToPrevious, countLinks.contains(next, in: prose) { next += 1 }
            if next < tokens.count, tokens[next].isJoinedToPrevious, affected.contains(prose.text(at: next)) { return true }
        }
        return false
    }

    /// Words between a count and who it counts.
    private static let countLinks: WordSet = ["of", "affected", "active", "more", "other", "unique", "individual", "distinct", "paying", "total", "impacted"]
}
