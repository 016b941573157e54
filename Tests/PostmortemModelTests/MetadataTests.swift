import Testing
import MarkdownSyntax
import PostmortemModel

@Suite struct MetadataTests {
    @Test func boldKeyLinesAreRead() throws {
        let text = "## Summary\n\n**Incident ID:** INC-2024-117  \n**Severity:** SEV-2  \n**Date of incident:** 2024-04-15\n**Document owner:** Priya Raman, Platform"
        let metadata = readPostmortem(text).metadata
        #expect(metadata[.incidentID]?.value == "INC-2024-117")
        #expect(metadata[.severity]?.value == "SEV-2")
        #expect(metadata[.date]?.value == "2024-04-15")
        #expect(metadata[.owner]?.value == "Priya Raman, Platform")
        let severity = try #require(metadata[.severity])
        #expect(String(decoding: Array(text.utf8)[severity.valueRange], as: UTF8.self) == "SEV-2")
        #expect(severity.source == .keyValueLine)
    }

    @Test func colonOutsideTheBoldKeyWorksToo() {
        #expect(readPostmortem("**Status**: Resolved").metadata[.status]?.value == "Resolved")
    }

    @Test func frontMatterFieldsAreRead() {
        let metadata = readPostmortem("---\nincident_id: INC-9\nseverity: SEV-1\nservices:\n  - login\n  - cart\n---\n# T").metadata
        #expect(metadata[.incidentID]?.value == "INC-9")
        #expect(metadata[.services]?.value == "login, cart")
        #expect(metadata[.severity]?.source == .frontMatter)
    }

    /// An MDX page opens with module statements; its exported object is its front matter, and
    /// the statements are neither prose nor sections.
    @Test func anMDXPagesExportedObjectIsItsFrontMatter() throws {
        let text = """
            import { Layout } from '@/components/Layout'
            import Banner from "../banner"

            export const post = {
              author: 'Noor Haddad',
              date: '2025-02-03',
              draft: false,
            }

            export default (props) => <Layout post={post} {...props} />

            ## What happened

            import failures rose after the deploy, and export jobs queued.
            """
        let document = readPostmortem(text)
        #expect(document.metadata[.date]?.value == "2025-02-03")
        #expect(document.metadata[.owner]?.value == "Noor Haddad")
        let date = try #require(document.metadata[.date])
        #expect(String(decoding: Array(text.utf8)[date.valueRange], as: UTF8.self) == "2025-02-03")
        #expect(document.preamble.isEmpty)
        #expect(document.sections.first?.blocks.count == 1)
    }

    @Test func bulletsAndTablesAreRead() {
        let metadata = readPostmortem("""
            - Severity: SEV-3
            - Affected services: Login, Cart, User Preferences
            - Impact started at: November 10, 2022 2:12 PM

            | Dimension | Detail |
            |---|---|
            | Duration | 2 hours 33 minutes |
            """).metadata
        #expect(metadata[.severity]?.source == .listItem)
        #expect(metadata[.services]?.value == "Login, Cart, User Preferences")
        #expect(metadata[.impactStarted]?.value == "November 10, 2022 2:12 PM")
        #expect(metadata[.duration]?.value == "2 hours 33 minutes")
        #expect(metadata[.duration]?.source == .table)
    }

    @Test func plainProseWithAColonIsNotMetadata() {
        let metadata = readPostmortem("The root cause: a cache deploy failed.\nNote: see below.").metadata
        #expect(metadata.entries.isEmpty)
    }

    @Test func actionItemsAndTimelinesAreNotMetadata() {
        let metadata = readPostmortem("## Action Items\n\n- Owner: Alice\n\n## Timeline\n\n- Resolved: 11:47").metadata
        #expect(metadata[.owner] == nil)
        #expect(metadata[.resolved] == nil)
    }

    @Test func blockQuotesAndCodeAreNotRead() {
        let metadata = readPostmortem("> **Severity:** SEV-1\n\n```\n**Severity:** SEV-2\n```").metadata
        #expect(metadata[.severity] == nil)
    }
}
