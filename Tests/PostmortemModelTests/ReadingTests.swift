import Testing
import MarkdownSyntax
import PostmortemModel

/// How the model reads the forms real postmortems are written in.
@Suite struct ReadingTests {
    @Test func chatLogsStatusUpdatesAndBlockQuotesAreQuoted() {
        let text = """
            ## Appendix

            > dana [2:14 PM]
            > is the queue still growing?

            milo [3 hours ago]
            yes, restarting the consumer

            [Update - 2024-05-02 10h00 UTC]
            The queue is draining.

            [Discussion in the ops channel]
            We agreed to add an alert.

            The consumer was restarted at 14:20.
            """
        let document = readPostmortem(text)
        func isQuoted(_ phrase: String) -> Bool {
            document.quoted.contains(text.utf8.count - text[text.range(of: phrase)!.lowerBound...].utf8.count)
        }
        #expect(isQuoted("is the queue still growing"))
        #expect(isQuoted("restarting the consumer"))
        #expect(isQuoted("The queue is draining"))
        #expect(!isQuoted("We agreed to add an alert"))
        #expect(!isQuoted("The consumer was restarted"))
    }

    @Test func completedItemsInEveryFormAreClosed() {
        let items = readPostmortem("""
            ## Follow-ups

            - [x] Add a disk alert (@ana)
            - Rotate the signing key (done)
            - **DONE** Remove the old consumer
            - ~~Move the cron job~~
            - DONE: Page the billing rota on restarts
            - Rotated the backup credentials after the incident
            - Add a retry budget (in progress)
            - [ ] Added tests are still missing for the parser
            - TODO: Add a dashboard panel
            - Add automated checks for the schema
            - Done: Move the backups to the new bucket
            """).actionItems
        #expect(items.map(\.isOpen) == [false, false, false, false, false, false, true, true, true, true, false])
    }

    @Test func aStatusColumnAndTheFirstColumnWhateverItsName() {
        let items = readPostmortem("""
            ## Action Items

            | Work | Who | Done? |
            |---|---|---|
            | Retire the old format | @li | **DONE** |
            | Publish the schema | @ana | **IN PROGRESS** |
            | N/A | | |
            """).actionItems
        #expect(items.map(\.text) == ["Retire the old format", "Publish the schema"])
        #expect(items.map(\.isOpen) == [false, true])
        #expect(items[1].owner?.value == "@ana")
    }

    @Test func bulletsSayingThereIsNothingToDoAreNoItemsWhateverTheirDecoration() {
        let items = readPostmortem("""
            ## Action items

            - **N/A**
            - — none yet —
            - *Nothing.*
            - There are two ways to read the graph.
            - Nightly backups get a restore test
            - 2 more replicas for the queue
            - Tighten the disk alert
            """).actionItems
        #expect(items.map(\.text) == ["Nightly backups get a restore test", "2 more replicas for the queue", "Tighten the disk alert"])
    }

    @Test func anItemReadsAsDoneFromItsFirstWordOrAVerbInThePastAfterItsSubject() {
        let items = readPostmortem("""
            ## Action items

            - Added a canary stage to the deploy
            - We rotated the leaked token
            - Expand the runbook
            - The team reviewed every alert
            - We will review the alert thresholds
            """).actionItems
        #expect(items.map(\.isOpen) == [false, false, true, false, true])
    }

    @Test func aTableWhoseEveryColumnNamesARoleReadsTheFirstAsTheAction() {
        let items = readPostmortem("## Follow-ups\n\n| Issue | Owner | Status |\n|---|---|---|\n| Rotate the signing key | @li | Open |").actionItems
        #expect(items.map(\.text) == ["Rotate the signing key"])
        #expect(items.first?.owner?.value == "@li")
    }

    @Test(arguments: [" · ", "; ", " | ", ", "])
    func fieldsOnAContinuationLineBelongToTheItem(separator: String) {
        let item = readPostmortem("""
            ## Next steps

            1. Add backoff jitter to every outbound client
               Owner: @bo\(separator)Priority: P1\(separator)Due: 2024-07-12\(separator)Status: Open
            """).actionItems.first
        #expect(item?.text == "Add backoff jitter to every outbound client")
        #expect(item?.owner?.value == "@bo")
        #expect(item?.priority?.value == "P1")
        #expect(item?.dueDate?.value == "2024-07-12")
        #expect(item?.status?.value == "Open")
    }

    @Test func itemsUnderAnActionItemsLineAndStateLines() {
        let items = readPostmortem("""
            ## Detection

            A customer told us.

            Action Items
            - Alert on certificate expiry (@ana)

            ## Lessons learned

            **TODO**: decide on per-tenant queues (@li)

            TODO: this paragraph is a template prompt, not an item.
            """).actionItems
        #expect(items.map(\.text) == ["Alert on certificate expiry", "decide on per-tenant queues"])
    }

    @Test func aTitleIsNotASection() {
        let h1s = readPostmortem("# Queue backlog\n\n# Summary\n\nLate invoices.").allSections
        #expect(h1s.map(\.isTitle) == [true, false])
        let label = readPostmortem("# Title:\n### Queue backlog\n\n# Cause\n\nA bad message.").allSections
        #expect(label.map(\.isTitle) == [true, true, false])
        #expect(readPostmortem("# Summary\n\nLate invoices.").allSections.map(\.isTitle) == [false])
    }

    @Test func questionAndRemediationHeadingsMapToTheirKinds() {
        let catalog = SectionCatalog()
        #expect(catalog.kind(ofHeading: "What went well?") == .mitigators)
        #expect(catalog.kind(ofHeading: "What didn't go so well?") == .lessonsLearned)
        #expect(catalog.kind(ofHeading: "How was it fixed?") == .resolution)
        #expect(catalog.kind(ofHeading: "What we're doing about it") == .actionItems)
        #expect(catalog.kind(ofHeading: "Remediation") == .actionItems)
        #expect(catalog.kind(ofHeading: "Long term solution") == .actionItems)
    }
}
