extension PostmortemTemplate {
    /// The blameless engineering review: incident facts first, then what happened, why, how
    /// it was found and fixed, and what will change. Key timestamps follow the incident
    /// tooling convention of impact start, report, identification, fix and closure.
    public static let `internal` = PostmortemTemplate(profile: "internal", preamble: """
        ---
        pmlint: internal
        ---

        # Postmortem: [short description of the incident]

        <!-- Blameless review: describe systems and decisions, not people's faults. -->

        """, sections: [
        Section(kind: .keyInformation, heading: "Key Information", body: """
            - **Incident ID:** INC-YYYY-NNN
            - **Severity:** SEV-1 / SEV-2 / SEV-3
            - **Status:** TBD
            - **Date:** YYYY-MM-DD
            - **Document owner:** [Name, team]
            - **Affected services:** [specific service/system]

            Key timestamps (UTC):

            - **Impact started:** YYYY-MM-DD HH:MM
            - **Reported:** YYYY-MM-DD HH:MM
            - **Identified:** YYYY-MM-DD HH:MM
            - **Mitigated:** YYYY-MM-DD HH:MM
            - **Resolved:** YYYY-MM-DD HH:MM

            """),
        Section(kind: .summary, heading: "Summary", body: """
            TODO: In two to five sentences, say what failed, who noticed what, how long it
            lasted and how it ended. Someone who reads nothing else should know the scope.

            """),
        Section(kind: .impact, heading: "Impact", body: """
            | Measure | Value |
            |---------|-------|
            | Duration | HH:MM |
            | Users or tenants affected | TBD |
            | Failed requests | TBD |
            | Error budget used | TBD |
            | Systems affected downstream | TBD |

            """),
        Section(kind: .timeline, heading: "Timeline", body: """
            Times are UTC, taken from logs, alerts and the incident channel.

            | Time (UTC) | Event |
            |------------|-------|
            | HH:MM | First sign of trouble (change deployed, metric moved) |
            | HH:MM | Alert fired or report received |
            | HH:MM | Responder acknowledged |
            | HH:MM | Cause identified |
            | HH:MM | Mitigation applied |
            | HH:MM | Service back to normal |

            """),
        Section(kind: .rootCause, heading: "Root Cause", body: """
            TODO: Explain the failure in plain words, then ask why until you reach a system or
            process gap.

            1. Why did users see the failure? TBD
            2. Why did that happen? TBD
            3. Why was that possible? TBD
            4. Why was nothing in place to stop it? TBD
            5. Why did our process allow that? TBD

            Contributing factors:

            - TBD

            """),
        Section(kind: .detection, heading: "Detection", body: """
            - **Detected by:** TBD (alert, customer report, an engineer noticing)
            - **Time to detect:** TBD
            - **Time to acknowledge:** TBD

            TODO: Which signals existed but did not alert, or alerted late?

            """),
        Section(kind: .resolution, heading: "Resolution", body: """
            TODO: The steps that restored service, in order.

            - **Mitigation during the incident:** TBD
            - **Permanent fix:** TBD

            """),
        Section(kind: .actionItems, heading: "Action Items", body: """
            | # | Action | Owner | Priority | Due date | Status |
            |---|--------|-------|----------|----------|--------|
            | 1 | TODO: a specific, checkable change | @engineer | P1 | YYYY-MM-DD | Open |
            | 2 | TODO: a specific, checkable change | @engineer | P2 | YYYY-MM-DD | Open |

            """),
        Section(kind: .lessonsLearned, heading: "Lessons Learned", body: """
            - **What went well:** TBD
            - **What went poorly:** TBD
            - **Where we got lucky:** TBD

            """),
    ])
}
