import MarkdownSyntax
import PostmortemModel

/// A section the profile requires (or recommends) is absent.
struct MissingSectionRule: Rule {
    static let description = RuleDescription(
        id: "PM001", name: "missing-section",
        summary: "A section the profile requires is missing.",
        rationale: """
            Each section answers a question reviewers will ask: what happened, who was hurt, in \
            which order, why, and what changes. A missing section is usually a question nobody \
            answered, so the rule asks only when the question is answered nowhere: not under \
            another heading that answers it too ("Recovery and lessons learned", "What went \
            wrong" for the causes), a labelled line (`**Impact:** …`), the untitled paragraphs \
            that open the document (the summary), a status page's log of updates (the timeline), \
            action items or timeline rows the model read elsewhere, or, for the apology, an \
            apology anywhere or a statement that no customer was harmed. Missing required sections \
            are warnings and recommended ones information, not errors: real teams write good \
            reviews in shapes no template foresaw (a status-page entry, a security disclosure), \
            and a shape is the team's call, not a reason to block a build. The fix inserts the \
            section where the profile places it, with the profile template's prompts under it \
            (which fail as placeholders until written); it is unsafe, applied only by \
            `--fix --unsafe-fixes` or from the editor, since adding a section is the writer's call.
            """,
        defaultSeverity: .warning, isFixable: true, hasUnsafeFixes: true,
        triggering: [
            RuleExample("""
                # Cache outage
                ## Summary
                Dashboards served stale data for two hours. No data was lost.
                ↓## Impact
                All Professional accounts saw yesterday's data.
                ## Root Cause
                A cache deploy failed silently.
                ## Detection
                A customer ticket.
                ## Resolution
                Rolled back.
                ## Action Items
                - [ ] Add a freshness alert (@priya, due 2024-05-01, P1)
                ## Lessons Learned
                Check accuracy, not liveness.
                """, isWrappable: false),
            RuleExample("""
                ## Summary
                Checkout failed for 40 minutes.
                ↓## What Happened (Timeline)
                - **9:14am ET:** Deploy
                ## How We Responded
                We rolled back.
                ## What We're Changing
                1. A config validator in the deploy pipeline.
                ## Apology and Commitment
                We are sorry for the failed payments this caused.
                """, profile: "external", isWrappable: false),
            RuleExample("""
                ## Summary
                Checkout failed for 40 minutes.
                ## What Happened (Timeline)
                - **9:14am ET:** Deploy
                ## Why It Happened
                A config error.
                ## How We Responded
                We rolled back.
                ↓## What We're Changing
                1. A config validator.
                """, profile: "external", isWrappable: false),
        ],
        nonTriggering: [
            RuleExample("""
                # 2024-03-02 Build cache full (#12)

                The build cache disk filled overnight and every build fell back to a cold start for six hours.

                **Impact:** builds took four times longer until 14:00 UTC.
                **Detection:** a developer noticed slow builds and paged the on-call.

                ## Timeline

                - 08:00 UTC disk full
                - 14:00 UTC old entries purged

                ## What went wrong

                - Nothing pruned the cache.

                ## Recovery and lessons learned

                We purged entries older than a week. Caches need an owner.

                Follow-ups:

                - Prune the cache nightly (@ines, due 2024-03-20, P2)
                """),
            RuleExample("""
                ## Summary
                Checkout failed for 40 minutes.
                ## Impact
                12% of orders failed.
                ## Timeline
                - 09:14 UTC deploy
                ## Root Cause
                A config error.
                ## Detection
                Alert fired.
                ## Resolution
                Rolled back.
                ## Action Items
                - [ ] Validate config (@priya, due 2024-05-01, P1)
                ## Lessons Learned
                Validate early.
                """),
            RuleExample("""
                ## Incident summary
                Login failed.
                ## Customer impact
                All users.
                ## Incident timeline
                - 12:00 reported
                ## Contributors
                A poison pill event.
                ## How it was detected
                Pager.
                ## Recovery
                Restarted.
                ## Follow-up actions
                - Add a recover() wrapper — @chris
                ## Learnings and risks
                Key person risk.
                """),
            RuleExample("""
                ## Summary
                Checkout failed.
                ## What Happened (Timeline)
                - **9:14am ET:** Deploy
                ## Why It Happened
                A config error.
                ## How We Responded
                We rolled back.
                ## What We're Changing
                1. A config validator.
                ## Apology and Commitment
                We're sorry.
                """, profile: "external"),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        let document = context.document
        let placement = SectionPlacement(document: document, profile: context.profile)
        let template = PostmortemTemplate.named(context.profile.name) ?? PostmortemTemplate.named(context.profile.audience.rawValue)
        var findings: [Finding] = []
        for requirement in context.profile.sections where requirement.level != .optional && !document.coverage.answers(requirement.kind) {
            if requirement.kind == .apology && MissingApologyRule.owesNothing(context, apologisingIn: nil) { continue }
            let spot = placement.spot(for: requirement.kind)
            let where_ = spot.after.map { " It belongs after \"\($0.title)\"." } ?? spot.before.map { " It belongs before \"\($0.title)\"." } ?? ""
            let level = requirement.level == .required ? "required" : "recommended"
            let insertion = placement.insertion(of: requirement.title, body: template?.section(requirement.kind)?.body ?? "", at: spot)
            // Whether and where a section belongs is the writer's call, so the fix is unsafe:
            // offered in the editor and applied by `--fix --unsafe-fixes`, never by `--fix`.
            let fixes = placement.startsSection(insertion)
                ? [Fix(title: "Insert \(IndefiniteArticle.before(requirement.title)) \"\(requirement.title)\" section", edits: [insertion], isSafe: false)]
                : []
            findings.append(Finding(range: spot.anchorRange,
                                    message: "Missing \(level) section \"\(requirement.title)\".\(where_)",
                                    fixes: fixes, severity: requirement.level == .required ? .warning : .info))
        }
        return findings
    }
}
