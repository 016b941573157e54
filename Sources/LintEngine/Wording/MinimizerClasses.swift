/// Word classes of minimising, seeded from Princeton WordNet 3.0 at development time (see
/// docs/licenses/WordNet.md) and reviewed by hand: senses that misfire in incident prose were
/// dropped (`transient` names a kind of error, `nominal` a normal state, `passing` and
/// `temporarily` other senses, `sporadic`, `occasional` and `intermittent` a pattern, not a size). Each class extends a list of the minimizing-language
/// rule; phrase words are inflected when the list is compiled, so base forms are enough.
enum MinimizerClasses {
    /// Adjectives of smallness, shortness and slightness (WordNet: the similar-to sets of
    /// `small`, `short`, `slight`, `minimal`, `insignificant`, `momentary`, `negligible`).
    static let slight = "fleeting|momentaneous|modest|trifling|inconsequential|minuscule|miniscule|infinitesimal|imperceptible|unnoticeable|inappreciable|piddling|paltry|smallish|shortish|superficial|isolated|transitory|short-lived"

    /// Adverbs of lessening (WordNet: the synonyms of `barely`, `slightly`, `briefly`,
    /// `momentarily`, `negligibly`): "was only fleetingly unavailable".
    static let lessening = "scarcely|negligibly|insignificantly|trivially|imperceptibly|shortly"

    /// Nouns of a small amount of the affected (WordNet: hyponyms of `small indefinite
    /// quantity`): "a smattering of users", "a small cohort of players".
    static let scant = "smattering|sprinkling|scattering|trickle|pocket|pockets|cohort|dozen|bit"

    /// Setbacks a person waits through (WordNet: hyponyms of `delay`, `interruption`,
    /// `trouble`), read only after a small adjective ("a short wait", "a slight hitch"): alone
    /// most are also verbs ("we could only wait"). `pause`, `lull` and `gap` were dropped: a
    /// pause in deploys or a gap in monitoring is a step of the response.
    static let setbacks = "wait|hitch|snag|stutter|flicker|disturbance|setback|holdup|hold-up|silence|buffering|dropout"

    /// People a service serves (WordNet: hyponyms of `customer`, `user`, `traveler`,
    /// `resident`, `recipient`; `fans`, `readers`, `parents` and `consumers` dropped as also things, `vendors` and
    /// `suppliers` as the team's own partners): the affected, when a minimiser counts them.
    static let servedPeople: Set<String> = [
        "passengers", "travellers", "travelers", "residents", "citizens", "callers", "viewers", "listeners", "learners",
        "borrowers", "patrons", "claimants", "applicants", "donors", "researchers", "testers", "creators",
        "diners", "policyholders", "attendees", "participants", "pupils", "voters", "taxpayers", "beneficiaries",
        "recipients", "homeowners", "couriers", "commuters", "end-users", "subscriber", "passenger", "resident", "caller",
        "viewer", "player", "patient",
    ]
}
