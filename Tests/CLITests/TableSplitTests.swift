import Testing

/// A disable comment on its own line between table rows ends the table, so the rows below
/// silently stop being action items: pmlint reports it, and a disable comment at the end of
/// a row keeps the table whole.
@Suite struct TableSplitTests {
    let folder = TemporaryFolder()
    let table = """
        ## Action Items

        | Action | Owner | Due |
        |--------|-------|-----|
        | Add a disk alert | @dana | 2030-05-01 |

        """

    init() {
        folder.makeFolder(".git")
    }

    func openItems(_ name: String) -> String {
        String(CLIRun.inProcess(["actions", name], in: folder.path).output.split(separator: "\n").last ?? "")
    }

    @Test func aCommentLineBetweenRowsIsReportedAndTheFixKeepsTheTableWhole() {
        folder.write("pm.md", table + """
            <!-- pmlint-disable-next-line action-item-owner -->
            | Review the thresholds | | 2030-06-01 |
            | Rotate the keys | @li | 2030-06-02 |

            """)
        let run = CLIRun.inProcess(["pm.md"], in: folder.path)
        #expect(run.output.contains("pm.md:6:1: error: This comment ends the table above: the 2 rows below it are plain text, no longer table rows."))
        #expect(openItems("pm.md") == "1 open action item in 1 document, 0 overdue")
        _ = CLIRun.inProcess(["pm.md", "--fix"], in: folder.path)
        #expect(String(decoding: folder.bytes("pm.md"), as: UTF8.self).contains(
            "| Add a disk alert | @dana | 2030-05-01 |\n| Review the thresholds | | 2030-06-01 | <!-- pmlint-disable-line action-item-owner -->\n"))
        #expect(openItems("pm.md") == "3 open action items in 1 document, 0 overdue")
        let after = CLIRun.inProcess(["pm.md"], in: folder.path)
        #expect(!after.output.contains("PM015"))
        #expect(!after.output.contains(#"Action item "Review the thresholds" has no owner"#))
    }

    @Test func aDisableCommentAtTheEndOfARowSilencesOnlyThatRow() {
        folder.write("pm.md", table + """
            | Review the thresholds | | 2030-06-01 | <!-- pmlint-disable-line action-item-owner -->
            | Rotate the keys | | 2030-06-02 |

            """)
        let run = CLIRun.inProcess(["pm.md"], in: folder.path)
        #expect(openItems("pm.md") == "3 open action items in 1 document, 0 overdue")
        #expect(!run.output.contains(#"Action item "Review the thresholds" has no owner"#))
        #expect(run.output.contains(#"Action item "Rotate the keys" has no owner"#))
    }
}
