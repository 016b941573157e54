import PostmortemModel

/// PM104: impact described so as to make it look smaller.
struct MinimizingLanguageRule: Rule {
    /// Who or what was affected: a minimiser before these qualifies the impact ("a few
    /// users"), not a team's size or a ratio.
    private static let affected: Set<String> = [
        "users", "customers", "accounts", "tenants", "requests", "transactions", "orders", "clients", "members", "merchants",
        "sites", "stores", "organizations", "organisations", "workspaces", "projects", "repositories", "builds", "calls", "queries",
        "payments", "sessions", "devices", "subscribers", "visitors", "shoppers", "buyers", "sellers", "invoices", "messages",
        "emails", "webhooks", "uploads", "downloads", "logins", "sign-ins", "signups", "sign-ups", "checkouts", "pages", "traffic",
        "installs", "players", "students", "partners", "integrations", "domains", "keys", "reports", "exports", "files", "records",
        "admins", "regions", "packages", "you", "deliveries", "notifications", "events", "charges", "carts", "schools",
        "tickets", "apps", "pipelines", "shipments", "bookings", "reservations", "listings", "posts", "uploads", "jobs", "user", "customer", "account", "tenant", "request", "transaction", "order", "merchant",
    ]
    private static let population = affected.sorted().joined(separator: "|")
    /// The affected that are things, not people: "only the scheduled exports" says which
    /// feature failed, where "only the free-tier users" shrinks who was hurt.
    private static let things = affected.subtracting(people).sorted().joined(separator: "|")
    private static let people: Set<String> = [
        "users", "customers", "accounts", "tenants", "clients", "members", "merchants", "organizations", "organisations", "workspaces",
        "subscribers", "visitors", "shoppers", "buyers", "sellers", "players", "students", "partners", "admins", "you", "schools",
        "user", "customer", "account", "tenant", "merchant",
    ]
    /// How long it lasted.
    private static let duration = "seconds|second|minutes|minute|min|mins|hours|hour|moment|moments|period|window|while|time|spell|interval|stretch"
    /// Words for the harm itself.
    private static let harm = "inconsistency|inconsistencies|corruption|mismatch|mismatches|disruption|disruptions|issue|issues|outage|outages|hiccup|hiccups|glitch|glitches|blip|blips|degradation|interruption|interruptions|slowdown|slowdowns|delay|delays|problem|problems|impact|incident|inconvenience|downtime|unavailability|latency|effect|effects|increase|rise|uptick|bump|spike|dip|drop|loss|lag|degradations|impairment|unavailable|instability|slowness|nuisance|annoyance"
    /// The nouns that name an impact as a whole, as the subject of how small it was.
    private static let impactNouns = "impact|disruption|effect|outage|issue|downtime|interruption|slowdown|loss|degradation|delay|inconvenience"
    private static let small = "minor|small|slight|brief|short|momentary|little|tiny|negligible|minimal|insignificant|trivial|mild|marginal|limited"
    /// Adverbs that shrink how bad or how long an impact was: "briefly unavailable".
    private static let lessened = "briefly|momentarily|slightly|marginally|mildly|somewhat|barely|hardly"
    /// The states a service is in for its users; said of a component they are its symptom.
    private static let impaired = "unavailable|down|degraded|affected|impacted|interrupted|delayed|slower|slow|elevated|disrupted|inaccessible|offline|noticeable|noticed|higher|increased|stale|late|unreachable|unresponsive|impaired|reduced|worse|visible|unusable"
    /// Parts of a system whose symptom ("nodes briefly reporting …") is not customer impact.
    private static let components: Set<String> = [
        "node", "nodes", "pod", "pods", "replica", "replicas", "host", "hosts", "worker", "workers", "broker", "brokers", "instance",
        "instances", "container", "containers", "shard", "shards", "disk", "disks", "daemon", "process", "processes", "thread",
        "threads", "vm", "vms", "cpu", "memory", "kubelet", "scheduler", "controller", "leader", "primary", "secondary", "cluster",
        "queue", "cache", "caches", "database", "db", "server", "servers", "machine", "machines", "gc", "heap", "canary",
        // Settings: a value that is small by design ("the timeout was just 5 seconds").
        "timeout", "ttl", "interval", "limit", "threshold", "budget", "retention", "pool", "quota", "deadline", "setting", "size",
    ]
    private static let lessenedGroups = 0...2
    private static let vagueGroup = 3

    static let list = PhraseList([
        PhraseGroup("“{phrase}” plays the impact down: give the number (how many users or requests, what share) so readers can judge for themselves.",
                    ["a|an (very|relatively|extremely|fairly) small|tiny|limited|minor|negligible|marginal|modest number|percentage|fraction|subset|portion|minority|share|proportion|group|handful|amount|set|slice|sliver of (the|our) ({any}) ({any}) \(population)",
                     "a handful|couple of (the|our) ({any}) ({any}) \(population)", "a few (of) (the|our) ({any}) \(population)",
                     "[only|just|merely|barely|hardly] (for) (a|an) (very) few|handful|fraction|couple|minority|small|tiny|limited|single|one|two|three|some|several|{number} (number|percentage|percent|subset|portion|share|group|set) (of) (the|our) ({any}) ({any}) \(population)|\(duration)|\(harm)",
                     "[only|just|merely] ({any}) ({any}) \(population)", "[only|just|merely] (around|about|roughly|approximately|under|some) {number} ({any}) \(population)",
                     "a mere|meager|paltry ({any}) ({any})", "mostly|largely|virtually|practically unaffected|unimpacted", "isolated users|customers|cases|accounts|reports|incidents",
                     "not many \(population)", "\(population) be (only|just|merely) (a) (very|small|tiny|relatively|quite) few|handful|couple|fraction|minority"]),
        PhraseGroup("“{phrase}” plays the impact down: say what users could not do and for how long.",
                    ["\(small) (and|or) ({any}) \(harm)", "minor|small|slight error|errors",
                     "(for) a|an (very|relatively) brief|short|momentary|small|quick|little period|window|moment|time|while|spell|interval|stretch",
                     "for (only|just) a few|couple (of) (short|brief) \(duration)", "a few|couple (of) (short|brief) \(duration) of \(impaired)|\(harm)|errors|failed|failing|broken",
                     "short-lived \(harm)", "low-impact", "nothing major|serious|significant|dramatic|big",
                     "[merely|just|only|simply] (a|an) ({any}) ({any}) \(harm)",
                     "\(impactNouns) (on customers|on users|on our customers) be (very|only|relatively|fairly|quite|pretty|rather) minimal|limited|negligible|small|minor|slight|brief|short|momentary|insignificant|trivial|mild|modest|low|little",
                     "barely|hardly noticeable|noticed|affected", "\(impactNouns) be only|just|barely|hardly|mostly|rarely noticeable|visible|noticed", "nothing more than", "[no|not|wasn't|isn't|was not|is not] (such|really|that) (a) big deal", "blip", "hiccup", "glitch"]),
        PhraseGroup("“{phrase}” plays the impact down: say what users could not do and for how long.",
                    ["(only|just) \(lessened) \(impaired)", "[only|just|merely] partially|partly \(impaired)", "(only|just) last|lasted (only|just) briefly|momentarily|moments", "(only|just) \(lessened) (be) \(impaired)"]),
        PhraseGroup("“{phrase}” leaves the number out although the document has numbers: say how many were affected.",
                    ["some|several|certain|various (of) (the|our) \(population)", "a number|subset|portion|fraction|group|percentage|share|minority of (the|our) ({any}) \(population)"],
                    severity: .info),
    ], exceptions: ["slightly more|less|over|under|above|below|longer|shorter|fewer|later|earlier (than)", "short-lived",
                    // "Just before noon", "just under half": a time or a bound, not a number.
                    "[only|just|merely] one|before|after|under|over|finished|started|as ({any}) ({any}) \(population)",
                    "[only|just|merely] the|these|those ({any}) ({any}) \(things)"],
       configuredMessage: "“{phrase}” is on the team's list of minimising phrases: state the impact plainly, with numbers.")

    static let description = RuleDescription(
        id: "PM104", name: "minimizing-language",
        summary: "Impact is described in words that make it look smaller than it was.",
        rationale: """
            "A small number of users", "a minor disruption" and "a brief issue" read as dismissive to the \
            people who were affected, and they hide the facts a reader needs: how many, for how long, what \
            they could not do. The rule reads the sections that describe impact (summary, impact, timeline, \
            response, resolution, apology; configurable) and reports a minimiser only where it qualifies \
            the impact: who was affected ("a few users"), how long ("a brief period") or how bad ("a \
            minor disruption", "briefly unavailable"), with words between. A ratio ("just 2x"), a team's \
            size, a component's symptom ("the replica was briefly unavailable"), a negated phrase ("this was \
            not a minor issue"), "minor version", "only the EU region" and "slightly more than two hours" \
            are fine. A vague population ("some users") is `info`, and only where the document counts \
            who was affected elsewhere: the number exists and belongs here.
            """,
        defaultSeverity: .warning,
        options: PhraseList.options + [SectionScope.option(default: [.summary, .impact, .timeline, .response, .resolution, .apology],
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
        ])

    func check(_ context: RuleContext) -> [Finding] {
        let prose = context.prose
        let builtIn = context.options.strings("phrases").isEmpty
        var knowsNumbers: Bool?
        return context.hits(of: .minimizing, sections: SectionScope.kinds(context.options), negatable: true).compactMap { hit in
            if builtIn && Self.lessenedGroups.contains(hit.match.payload) && Self.isSymptom(hit.match.tokens, in: prose) { return nil }
            if builtIn && Self.isBelief(before: hit.match.tokens.lowerBound, in: prose) { return nil }
            if builtIn && hit.match.payload == Self.vagueGroup {
                if knowsNumbers == nil { knowsNumbers = Self.countsAffected(in: prose, classes: context.wordClasses) }
                if knowsNumbers != true { return nil }
            }
            return Finding(range: prose.range(of: hit.match), message: hit.message, severity: hit.severity)
        }
    }

    /// Whether the hit describes a part of the system, named as the subject before it ("the
    /// replica was briefly unavailable"), or a metric's movement on one named after it in the
    /// same clause ("a brief spike in CPU on the worker nodes"): a symptom, not what customers
    /// saw.
    private static func isSymptom(_ hit: Range<Int>, in prose: Prose) -> Bool {
        if followsComponent(hit.lowerBound, in: prose) { return true }
        guard hit.contains(where: { movements.contains(prose.text(at: $0)) }) else { return false }
        var index = hit.upperBound
        while index < prose.tokens.count && index < hit.upperBound + 5 && prose.tokens[index].isJoinedToPrevious {
            if components.contains(prose.text(at: index)) { return true }
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
            if beliefs.contains(prose.text(at: position)) { return true }
            position -= 1
        }
        return false
    }

    /// How a metric moves: said of a component ("a brief spike in CPU on the nodes") it is a symptom.
    private static let movements: Set<String> = ["spike", "spikes", "increase", "rise", "uptick", "bump", "dip", "drop", "jump", "surge"]

    private static let beliefs: Set<String> = ["thought", "believed", "assumed", "suspected"]

    private static func followsComponent(_ index: Int, in prose: Prose) -> Bool {
        let sentence = prose.tokens[index].sentence
        var position = index - 1
        while position >= 0 && position >= index - 4 && prose.tokens[position].sentence == sentence {
            if components.contains(prose.text(at: position)) { return true }
            position -= 1
        }
        return false
    }

    /// Whether the document counts who was affected somewhere ("1,240 users", "3% of
    /// requests", "200 affected customers"): then a vague "some users" leaves out a number it
    /// has. A clock time ("22:55 users reported …") counts nothing.
    private static func countsAffected(in prose: Prose, classes: [WordClass]) -> Bool {
        let tokens = prose.tokens
        for index in tokens.indices where classes[index].contains(.number) {
            let number = prose.text(at: index)
            guard number.first?.isNumber == true, !number.contains(":") else { continue }
            var next = index + 1
            if next < tokens.count, countLinks.contains(prose.text(at: next)) { next += 1 }
            if next < tokens.count, affected.contains(prose.text(at: next)) { return true }
        }
        return false
    }

    /// Words between a count and who it counts.
    private static let countLinks: Set<String> = ["of", "affected", "active", "more", "other", "unique", "individual", "distinct", "paying", "total", "impacted"]
}
