import Testing
import PostmortemModel

/// Where real teams answer a template's questions without its headings. Each document is
/// written in our own words after a form seen in public postmortems.
@Suite struct SectionCoverageTests {
    @Test func aHeadingThatJoinsTwoNamesAnswersBoth() {
        let document = readPostmortem("# Queue backlog\n\n## Recovery and lessons learned\n\nWe drained the queue by hand.\n")
        #expect(document.coverage.answers(.resolution))
        #expect(document.coverage.answers(.lessonsLearned))
        #expect(!document.coverage.answers(.rootCause))
    }

    @Test func lessonsThatListWhatWeWillDoHoldTheActionItems() {
        let listed = readPostmortem("# Lag\n\n## Lessons learned\n\nWe were slow to tell users.\n\n- We will add an alert on replica lag.\n")
        #expect(listed.coverage.answers(.actionItems))
        let reflected = readPostmortem("# Lag\n\n## Lessons learned\n\n- Replica lag hides behind healthy dashboards.\n")
        #expect(!reflected.coverage.answers(.actionItems))
    }

    @Test func whatWentWrongNamesTheCauses() {
        let document = readPostmortem("# Evictions\n\n## What went wrong\n\n- The scheduler packed too many workers on one node.\n")
        #expect(document.coverage.answers(.rootCause))
        #expect(document.coverage.answers(.lessonsLearned))
    }

    @Test func labelledLinesAnswerTheirQuestion() {
        let document = readPostmortem("""
            # Staging down (#3)

            **Impact**: the staging site answered nothing for a day.

            Root cause: the disk filled with old images.

            **Actions planned:**

            - Prune images nightly (@ana)
            """)
        #expect(document.coverage.answers(.impact))
        #expect(document.coverage.answers(.rootCause))
        #expect(document.coverage.answers(.actionItems))
        #expect(!document.coverage.answers(.detection))
    }

    @Test func theOpeningParagraphIsTheSummaryAndTellsWhatItTells() {
        let document = readPostmortem("""
            # Security notice

            A contributor reported to us that a leaked access token could push to our package index; we revoked it within \
            the hour and found no package had been changed.

            ## Details

            The token sat in a public build log.
            """)
        #expect(document.coverage.answers(.summary))
        #expect(document.coverage.answers(.detection))
        #expect(document.coverage.answers(.resolution))
        #expect(document.coverage.answers(.response))
        #expect(!document.coverage.answers(.timeline))
    }

    @Test func aShortOpeningLineIsNotASummary() {
        let document = readPostmortem("# Outage\n\nDraft, do not share.\n\n## Timeline\n\n- 09:00 UTC alert\n")
        #expect(!document.coverage.answers(.summary))
    }

    @Test func bulletsUnderWhatHappenedTellTheStoryButUntimedTimelineBulletsAreEvents() {
        let story = readPostmortem("""
            # Search down

            ## What happened?

            * On Saturday afternoon the search pages of the shop returned an error page or an empty list of results.
            * Product pages kept working for everyone.
            """)
        #expect(story.coverage.answers(.summary))
        #expect(story.coverage.answers(.impact))
        let spoken = readPostmortem("""
            # Search down

            ## So, what happened?

            * On Saturday afternoon the search pages of the shop returned an error page or an empty list of results.
            * Product pages kept working for everyone.
            """)
        #expect(spoken.sections.first?.subsections.map(\.kind) == [.timeline])
        #expect(spoken.coverage.answers(.summary))
        let events = readPostmortem("""
            # Search down

            ## Timeline

            - Someone tried the nightly archive on a laptop and found it would not unpack at all.
            - We rebuilt the archive with the older compiler and it unpacked correctly.
            """)
        #expect(!events.coverage.answers(.summary))
    }

    @Test func aCauseExplainedUnderAnotherHeadingIsTheRootCause() {
        let underImpact = readPostmortem("""
            # Disclosure

            ## What was affected

            Anyone could have merged a change unreviewed. This is due to a flaw in how the bot read diffs.

            ## What we did

            We turned the bot off.
            """)
        #expect(underImpact.coverage.answers(.rootCause))
        let defectNamed = readPostmortem("""
            # Installs broken

            [Resolved]
            Going back to the correct signing key and serving downloads over HTTPS again fixed installs.

            [Update]
            Installs from the package mirror fail.
            """)
        #expect(defectNamed.coverage.answers(.rootCause))
        let unexplained = readPostmortem("# Installs broken\n\n## Impact\n\nInstalls failed for a day.\n\n## Resolution\n\nWe restarted the mirror.\n")
        #expect(!unexplained.coverage.answers(.rootCause))
    }

    @Test func aPostWhoseFirstHeadingIsSecondLevelOpensWithItsSummaryAndListsItsChanges() {
        let document = readPostmortem("""
            ## 2024-03-02 Mirror outage

            For nine hours on 2 March the package mirror served expired certificates, so every install from it failed.

            To keep this from happening again, we have made these changes:

            1. A nightly job renews the certificates and pages us when renewal fails.
            2. A daily check warns two weeks before any certificate expires.
            """)
        #expect(document.sections.first?.isTitle == true)
        #expect(document.coverage.answers(.summary))
        #expect(document.coverage.answers(.actionItems))
        let story = readPostmortem("## 2024-03-02 Mirror outage\n\nThe mirror served expired certificates for nine hours on 2 March, so installs failed.\n\n- The mirror was slow.\n- Installs failed.\n")
        #expect(!story.coverage.answers(.actionItems))
    }

    @Test func paragraphsAfterOneSayingChangesWereMadeAgainstARepeatAreTheChanges() {
        let response = readPostmortem("""
            # Leaked deploy key

            ## Response

            Beyond rotating the key, we made a few changes to lower the risk of a similar leak in the future.

            Deploy images are now built only from clean checkouts on our own runners.

            Personal access keys now expire after thirty days.
            """)
        #expect(response.coverage.answers(.actionItems))
        let narrative = readPostmortem("""
            # Leaked deploy key

            ## Response

            We reviewed the changes in the audit log for the whole week.

            Nothing else had been touched.
            """)
        #expect(!narrative.coverage.answers(.actionItems))
    }

    @Test func aStatusPagesUpdatesAreTheTimeline() {
        let document = readPostmortem("""
            [Resolved]
            The mirror answers again; packages install normally.

            [Update - 2024-02-01 10h20 UTC]
            We are moving the mirror to a new host.
            """)
        #expect(document.coverage.answers(.timeline))
    }

    @Test func aTimelineHeadingWithADateAfterADash() {
        let document = readPostmortem("# Outage\n\n## Timeline - March 3, 2024\n\n- 16:37 plugins updated\n- 17:39 builds stall\n")
        #expect(document.sections[0].subsections.first?.kind == .timeline)
        #expect(document.timeline.entries.count == 2)
    }

    @Test func aTitleWithAColonStaysATitle() {
        let document = readPostmortem("# Retrospective: Release 12\n\n## Summary\n\nThe release stalled for an hour.\n")
        #expect(document.sections.first?.isTitle == true)
    }
}
