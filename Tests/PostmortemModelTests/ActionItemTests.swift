import Testing
import MarkdownSyntax
import PostmortemModel

@Suite struct ActionItemTests {
    @Test func tableColumnsAreFoundByHeader() {
        let document = readPostmortem("""
            ## Action Items

            | # | Action | Owner | Priority | Due date | Status | Ticket |
            |---|--------|-------|----------|----------|--------|--------|
            | 1 | Add heartbeat monitor for job X | @dana | P1 | 2024-05-01 | Open | OPS-12 |
            | 2 | Add runbook link |  | P2 | 2024-05-10 | Done |  |
            """)
        let items = document.actionItems
        #expect(items.count == 2)
        #expect(items[0].text == "Add heartbeat monitor for job X")
        #expect(items[0].owner?.value == "@dana")
        #expect(items[0].priority?.value == "P1")
        #expect(items[0].dueDate?.value == "2024-05-01")
        #expect(items[0].ticket?.value == "OPS-12")
        #expect(items[0].isOpen)
        #expect(items[1].owner == nil)
        #expect(!items[1].isOpen)
        #expect(items.allSatisfy { $0.origin == .table })
    }

    /// The status column's first words say whether the work is over, however it is written.
    @Test(arguments: [
        ("Done", true), ("**DONE** (2024-05-03)", true), ("✅", true), ("✅ Shipped", true), ("Won\u{2019}t fix", true),
        ("wont do", true), ("Fixed in #12", true), ("Not done", false), ("In progress", false), ("Open", false),
        ("Donezo", false), ("Erledigt", false), ("", false),
    ])
    func aStatusIsClosedByItsFirstWords(status: String, closed: Bool) {
        #expect(ActionItem.isClosedStatus(status) == closed)
    }

    @Test func alternativeHeadersNameTheSameColumns() {
        let items = readPostmortem("## Follow-ups\n\n| Task | Assignee | Deadline |\n|--|--|--|\n| Rotate certs | SRE team | June 1, 2024 |").actionItems
        #expect(items.first?.owner?.value == "SRE team")
        #expect(items.first?.dueDate?.value == "June 1, 2024")
    }

    @Test func listItemAnnotationsAreRead() {
        let text = """
            ## Action Items

            - [ ] Add alert on cache age (@alice, due 2024-05-01, P1)
            - [x] Add runbook link. Owner: Bob Stone. Due: May 3, 2024. Status: Done
            - Add recover() to every consumer — Chris Evans
            - [JIRA-482] Rotate the signing key, due by 2024-06-01
            """
        let items = readPostmortem(text).actionItems
        #expect(items.count == 4)
        #expect(items[0].text == "Add alert on cache age")
        #expect(items[0].owner?.value == "@alice")
        #expect(items[0].dueDate?.value == "2024-05-01")
        #expect(items[0].priority?.value == "P1")
        #expect(items[0].isChecked == false)
        #expect(items[1].text == "Add runbook link")
        #expect(items[1].owner?.value == "Bob Stone")
        #expect(items[1].dueDate?.value == "May 3, 2024")
        #expect(!items[1].isOpen)
        #expect(items[2].owner?.value == "Chris Evans")
        #expect(items[2].text == "Add recover() to every consumer")
        #expect(items[3].ticket?.value == "JIRA-482")
        #expect(items[3].dueDate?.value == "2024-06-01")
        let bytes = Array(text.utf8)
        #expect(String(decoding: bytes[items[0].textRange], as: UTF8.self) == "Add alert on cache age")
        #expect(String(decoding: bytes[items[0].owner!.range], as: UTF8.self) == "@alice")
    }

    @Test func dueInAnAnnotationListIsADueDateEvenWhenNotADate() {
        let items = readPostmortem("## Action Items\n\n- [ ] Move the list (@yama, due next sprint, P2)\n- [ ] Retry due to timeouts (@ana)").actionItems
        #expect(items.map { $0.dueDate?.value } == ["next sprint", nil])
    }

    @Test func nestedOwnerBulletsBelongToTheirItem() {
        let items = readPostmortem("## Action Items\n\n- Add alert on cache age\n  - Owner: Alice\n  - Due: 2024-05-01").actionItems
        #expect(items.count == 1)
        #expect(items[0].owner?.value == "Alice")
        #expect(items[0].dueDate?.value == "2024-05-01")
    }

    @Test func onlyActionSectionsHoldActionItems() {
        #expect(readPostmortem("## Timeline\n\n- 09:14 deploy (@alice)\n\n## Notes\n\n- [ ] Something").actionItems.isEmpty)
    }

    @Test func severityAndIncidentIDsAreNotTickets() {
        let items = readPostmortem("## Action Items\n\n- Review SEV-2 handling for INC-2024-117 (@ana)").actionItems
        #expect(items.count == 1)
        #expect(items.allSatisfy { $0.ticket == nil })
    }
}
