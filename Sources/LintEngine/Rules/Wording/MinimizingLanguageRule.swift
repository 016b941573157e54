import PostmortemModel

/// PM104: impact described so as to make it look smaller.
struct MinimizingLanguageRule: Rule {
    private static let impactNoun = "disruption|disruptions|issue|issues|outage|outages|hiccup|hiccups|glitch|blip|degradation|interruption|interruptions|slowdown|delay|delays|problem|impact|incident|inconvenience|downtime|error|errors|unavailability|latency"

    static let list = PhraseList([
        PhraseGroup("“{phrase}” plays the impact down: give the number (how many users or requests, what share) so readers can judge for themselves.",
                    ["a (very) small|tiny number|percentage|fraction|subset|portion|minority|group of", "a handful of",
                     "[only|just] a few|handful|fraction|couple|minority", "[only|just] a small|tiny", "a limited number of",
                     "just {number}", "just a single", "mostly|largely unaffected", "isolated users|customers|cases|accounts"]),
        PhraseGroup("“{phrase}” plays the impact down: say what users could not do and for how long.",
                    ["minor|small|slight|brief|short|momentary|little \(impactNoun)", "(for) a brief|short period|window|moment|time|while",
                     "(only) briefly|momentarily", "slight|slightly", "only (a) minor|slight|brief|short|small|little|limited",
                     "minimal|limited impact|disruption|downtime|effect|inconvenience", "impact|disruption|effect|outage|issue|downtime|interruption|slowdown (on customers|on users|on our customers) be (very|only|relatively) minimal|limited|negligible|small|minor|slight|brief|short|momentary", "negligible", "barely|hardly noticeable|noticed|affected",
                     "merely", "nothing more than", "no|not a big deal", "blip", "hiccup", "glitch"]),
    ], exceptions: ["slightly more|less|over|under|above|below|longer|shorter|fewer|later|earlier (than)", "short-lived"],
       configuredMessage: "“{phrase}” is on the team's list of minimising phrases: state the impact plainly, with numbers.")

    static let description = RuleDescription(
        id: "PM104", name: "minimizing-language",
        summary: "Impact is described in words that make it look smaller than it was.",
        rationale: """
            "A small number of users", "a minor disruption" and "a brief issue" read as dismissive to the \
            people who were affected, and they hide the facts a reader needs: how many, for how long, what \
            they could not do. The rule reads the sections that describe impact (summary, impact, timeline, \
            response, resolution, apology; configurable) and ignores phrases after a negation ("this was not \
            a minor issue"). "Minor version", "only the EU region" and "slightly more than two hours" are fine.
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
        Self.list.book(context.options).findings(in: context.prose, sections: SectionScope.kinds(context.options), negatable: true,
                                                  classes: context.wordClasses)
    }
}
