/// The word classes `blame-language` builds its phrases from, each written as one `a|b|c`
/// alternative for a phrase slot (the phrase list inflects each word).
///
/// Seeded at development time from Princeton WordNet 3.0 (see docs/licenses/WordNet.md), then
/// reviewed by hand: senses that incident prose uses of systems and data ("lax permissions",
/// "a haphazard rollout", "a rash of timeouts", "lazy loading", "the parser misread the
/// date") are left out or kept only where a person must be the subject. pmlint never reads
/// WordNet at run time.
enum BlameClasses {
    /// Judgements of a person's care or competence, true of people and not of systems:
    /// WordNet's `careless` (sense 1 and its similar adjectives), `negligent`, `inattentive`,
    /// `incompetent`, `imprudent`, `thoughtless`, `heedless`, `irresponsible` and
    /// `unprofessional`, with their adverbs and nouns. Left out: `lax`, `slack`, `haphazard`,
    /// `cursory`, `casual`, `rash`, `lazy`, `slow`, `derelict`, `careless` of an object
    /// ("clumsy" and "reckless" are kept: they already were).
    static let judgements = [
        "careless", "carelessly", "carelessness", "negligent", "negligently", "negligence", "sloppy", "sloppily", "sloppiness",
        "slipshod", "slapdash", "heedless", "heedlessly", "heedlessness", "remiss", "neglectful", "forgetful", "forgetfulness",
        "absent-minded", "absent-mindedly", "absentminded", "incompetent", "incompetently", "incompetence", "inept", "ineptly",
        "ineptitude", "ineptness", "feckless", "bungling", "unskilled", "inexpert", "inexperienced", "unqualified", "underqualified",
        "amateurish", "unprofessional", "irresponsible", "irresponsibly", "irresponsibility", "thoughtless", "thoughtlessly",
        "thoughtlessness", "unthinking", "unthinkingly", "imprudent", "imprudently", "imprudence", "injudicious", "foolhardy",
        "incautious", "incautiously", "reckless", "recklessly", "recklessness", "inattentive", "inattention", "inattentiveness",
        "clumsy", "laziness", "dereliction",
    ]

    /// Verbs of doing a task wrongly that a person, and rarely a system, is the subject of:
    /// WordNet's `bungle` (sense 1), the hyponyms of `err` and the `mis-` verbs of its verb index
    /// that name a person's act (`misconfigure`, `mistype`, `misclick`, `fat-finger` are ours).
    /// Left out: those a program does as often (`misdirect`, `misfire`, `misalign`, `mismatch`,
    /// `misdeliver`, `misrepresent`) and those of speech or conduct (`misspeak`, `misbehave`).
    static let misdoing = "rubber-stamp|skim|botch|bungle|fumble|flub|muff|fat-finger|mistype|misconfigure|misread|misjudge|misclick|misunderstand"
        + "|misinterpret|mishandle|miscalculate|misapply|miscount|misestimate|misgauge|misidentify|mislabel|mislay|misplace"
        + "|misremember|misspell|mismanage|misconstrue"

    /// Verbs of leaving something undone: WordNet's `neglect` (senses 1 and 4), `overlook`
    /// (sense 1), `forget` (senses 1, 3) and `omit` (sense 2). `miss`, `drop`, `skip` and
    /// `ignore` are left out here: systems miss, drop, skip and ignore as often as people, so
    /// the rule reads them only before a signal or with a person right before.
    static let neglecting = "forget|neglect|overlook|omit|disregard|leave out|skip over|pass over"

    /// Adverbs of harm done by accident or in haste: WordNet's `accidentally`, `inadvertently`
    /// (`unwittingly`, `unknowingly`), `mistakenly` (`erroneously`), `hastily` (`hurriedly`)
    /// and `carelessly` (`heedlessly`), with the adverbs of the judgements above.
    static let accident = "accidentally|unintentionally|inadvertently|unwittingly|unknowingly|mistakenly|erroneously|carelessly"
        + "|heedlessly|wrongly|negligently|recklessly|blindly|hastily|hurriedly|sloppily|incorrectly|improperly|lazily|haphazardly"
        + "|thoughtlessly|unthinkingly|inadequately|insufficiently"

    /// Judgements of one act of a person, read before what they did ("Jin's rushed deploy"):
    /// WordNet's `hasty` (senses 1, 2: `hurried`, `rushed`, `overhasty`) and `faulty`, with
    /// `incorrect`, `mistaken` and `flawed` (`careless` and `sloppy` judge the act wherever
    /// they stand: they are `judgements`).
    static let faultyActs = "incorrect|faulty|mistaken|hasty|overhasty|hurried|rushed|flawed"

    /// Nouns of a human error: WordNet's `mistake` (sense 1) and its hyponyms that name one
    /// act (`slip`, `oversight`, `lapse`, `omission`, `blunder`, `miscalculation`, `mix-up`,
    /// `typo`), with `misstep` and `misjudgment`. Left out: those of writing (`erratum`,
    /// `corrigendum`) and of speech.
    static let humanError = "mistake|error|oversight|blunder|typo|slip|misstep|slip-up|screw-up|goof|gaffe|bungle|botch|foul-up"
        + "|cock-up|mix-up|miscalculation|misjudgment|misjudgement|lapse|omission"
}

extension BlameClasses {
    /// The verbs of `misdoing` and `neglecting` no program is said to do: a capitalised word
    /// the lists cannot know stands as a name before them ("Tereza overlooked …").
    static let personalMisdoing = "rubber-stamp|skim|forget|neglect|overlook|disregard|botch|bungle|flub|muff|fat-finger|mistype|misclick|misjudge"
        + "|misunderstand|misremember|mismanage|misconstrue"

    /// Every inflected form of the words of an `a|b|c` class, by the phrase lists' own
    /// inflection; read when the rule first runs, never per token.
    static func forms(of alternatives: String) -> Set<String> {
        var forms: Set<String> = []
        for word in alternatives.split(separator: "|") where !word.contains(" ") {
            Inflection.forEachForm(of: Array(word.utf8)) { forms.insert(String(decoding: $0, as: UTF8.self)) }
        }
        return forms
    }

    /// The forms of the one-word verbs of `misdoing` and `neglecting`, whose own word may also be
    /// a noun or an adjective ("a misunderstanding", "the misconfigured node").
    static let verbForms = forms(of: misdoing + "|" + neglecting)
}
