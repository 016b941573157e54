import PostmortemModel

/// The effective configuration for one document: built-in defaults, then the nearest
/// `.pmlint.json`, then command-line or editor settings. The CLI and the language server
/// resolve it the same way (`ConfigurationResolver`).
public struct Configuration: Sendable, Equatable {
    /// The profile used when neither an override nor the document's front matter names one.
    public var defaultProfile: String
    /// A profile forced by the command line or the editor; wins over the document's own choice.
    public var profileOverride: String?
    /// Built-in and user-defined profiles by name.
    public var profiles: [String: Profile]
    /// Per-rule settings, keyed by rule ID (`PM010`).
    public var rules: [String: RuleSetting]
    /// Extra heading aliases per section kind.
    public var sectionAliases: [SectionKind: [String]]
    /// Sections required in every profile on top of the profile's own.
    public var extraRequiredSections: [SectionRequirement]
    /// The day against which due dates count as overdue. Front ends set it to today.
    public var today: CalendarDate?
    /// How timelines are read: default zone, day rollover, event keywords.
    public var timeline: TimelineOptions = TimelineOptions()
    /// Where reports and editors link each rule's page (`ruleDocs` in `.pmlint.json`).
    public var ruleDocumentation = RuleDocumentation()
    /// Where each setting came from, by dotted key (`rules.PM010.severity`), for `pmlint config`.
    public var origins: [String: String]
    /// The configuration file read, nil when only defaults and overrides apply.
    public var file: String?

    public init(defaultProfile: String = "internal", profileOverride: String? = nil, profiles: [String: Profile] = Profile.builtIn,
                rules: [String: RuleSetting] = [:], sectionAliases: [SectionKind: [String]] = [:],
                extraRequiredSections: [SectionRequirement] = [], today: CalendarDate? = nil, origins: [String: String] = [:]) {
        self.defaultProfile = defaultProfile
        self.profileOverride = profileOverride
        self.profiles = profiles
        self.rules = rules
        self.sectionAliases = sectionAliases
        self.extraRequiredSections = extraRequiredSections
        self.today = today
        self.origins = origins
        self.file = nil
    }

    /// What the model reader needs from the configuration.
    public var modelOptions: ModelOptions {
        ModelOptions(catalog: SectionCatalog(extraAliases: sectionAliases), timeline: timeline)
    }

    /// The profile called `name` (the default one when there is none of that name) with the
    /// configuration's extra required sections merged in.
    public func profile(named name: String) -> Profile {
        var profile = profiles[name] ?? profiles[defaultProfile] ?? .internal
        for extra in extraRequiredSections { profile.merge(extra) }
        return profile
    }

    /// The settings of rule `id`, empty when the configuration says nothing of it.
    public func setting(for id: String) -> RuleSetting {
        rules[id] ?? RuleSetting()
    }
}

/// What a configuration says about one rule.
public struct RuleSetting: Sendable, Equatable {
    /// Nil keeps the rule's default (on, unless it is opt-in).
    public var isEnabled: Bool?
    public var severity: Severity?
    public var options: [String: JSONValue]

    public init(isEnabled: Bool? = nil, severity: Severity? = nil, options: [String: JSONValue] = [:]) {
        self.isEnabled = isEnabled
        self.severity = severity
        self.options = options
    }
}
