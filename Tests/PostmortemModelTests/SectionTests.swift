import Testing
import MarkdownSyntax
import PostmortemModel

func readPostmortem(_ text: String, aliases: [SectionKind: [String]] = [:]) -> PostmortemDocument {
    PostmortemDocument(markdown: MarkdownDocument(parsing: SourceText(text)),
                       options: ModelOptions(catalog: SectionCatalog(extraAliases: aliases)))
}

@Suite struct SectionTests {
    @Test(arguments: [
        ("What Happened (Timeline)", "timeline"), ("Incident timeline", "timeline"), ("Timeline", "timeline"),
        ("Why It Happened", "root-cause"), ("Root Cause", "root-cause"), ("Contributors", "root-cause"),
        ("Contributing factors", "root-cause"), ("Follow-up actions", "action-items"), ("Action Items", "action-items"),
        ("What We're Changing", "action-items"), ("Corrective actions", "action-items"), ("⏱️ Key Timestamps?", nil),
        ("3. Lessons learned", "lessons-learned"), ("APOLOGY AND COMMITMENT", "apology"), ("Notes", nil),
        ("Postmortem", "lessons-learned"), ("Post-mortem", "lessons-learned"), ("Reflections", "lessons-learned"),
        ("Closing thoughts", "lessons-learned"),
        // A blog's spoken lead-in before a section's name; the lead-in alone names nothing.
        ("So what happened?", "timeline"), ("Okay, so: the root cause", "root-cause"), ("The takeaways", "lessons-learned"),
        ("Our next steps", "action-items"), ("The aftermath", nil), ("So", nil),
    ] as [(String, String?)])
    func headingsMatchTheirCanonicalKind(heading: String, kind: String?) {
        #expect(SectionCatalog().kind(ofHeading: heading)?.rawValue == kind)
    }

    @Test func configuredAliasesAddKinds() {
        let document = readPostmortem("## Chronology\n\n- 09:14 deploy", aliases: [.timeline: ["Chronology"]])
        #expect(document.sections.first?.kind == .timeline)
    }

    @Test func sectionsNestByHeadingLevel() {
        let document = readPostmortem("""
            Intro line.

            # Cache outage
            ## Summary
            Stale data.
            ## Timeline
            ### 2024-04-15
            - 23:50 deploy
            ### 2024-04-16
            - 00:20 rollback
            ## Action Items
            - [ ] Add alert (@ana)
            """)
        #expect(document.preamble.count == 1)
        #expect(document.sections.count == 1)
        let title = document.sections[0]
        #expect(title.title == "Cache outage")
        #expect(title.subsections.map(\.kind) == [.summary, .timeline, .actionItems])
        #expect(title.subsections[1].subsections.map(\.title) == ["2024-04-15", "2024-04-16"])
        #expect(document.allSections.count == 6)
        // A section runs to the end of its last block.
        let timeline = title.subsections[1]
        #expect(document.source.text(timeline.range).hasSuffix("00:20 rollback"))
    }

    @Test func headingsInsideListsAndQuotesDoNotOpenSections() {
        let document = readPostmortem("## Summary\n\n> ## Timeline\n\n- ## Root Cause\n")
        #expect(document.allSections.map(\.kind) == [.summary])
    }

    @Test func headingTitleIsTheTextAReaderSees() {
        let document = readPostmortem("## **What Happened** (`Timeline`) ##")
        #expect(document.sections.first?.title == "What Happened (Timeline)")
        #expect(document.sections.first?.kind == .timeline)
    }

    @Test func frontMatterPicksTheProfile() {
        #expect(readPostmortem("---\npmlint: External\n---\n# Report").requestedProfile == "external")
        #expect(readPostmortem("---\nprofile: internal\n---\n").requestedProfile == "internal")
        #expect(readPostmortem("# No front matter").requestedProfile == nil)
    }
}
