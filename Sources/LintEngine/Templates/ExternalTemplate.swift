extension PostmortemTemplate {
    /// The customer-facing report: plain language, no internal names, specific changes, and
    /// an apology that owns the impact.
    public static let external = PostmortemTemplate(profile: "external", preamble: """
        ---
        pmlint: external
        ---

        # Incident report: [short description of the incident]

        <!-- Written for customers: plain language, no blame, no engineer names. -->

        """, sections: [
        Section(kind: .summary, heading: "Summary", body: """
            TODO: On YYYY-MM-DD, say which customers saw what, for how long, whether any data
            was lost, and that the incident is resolved.

            """),
        Section(kind: .timeline, heading: "What Happened (Timeline)", body: """
            - **HH:MM UTC:** TODO: what changed or first went wrong
            - **HH:MM UTC:** TODO: how we learned of the problem
            - **HH:MM UTC:** TODO: cause identified
            - **HH:MM UTC:** TODO: service fully restored

            """),
        Section(kind: .rootCause, heading: "Why It Happened", body: """
            TODO: Explain the cause without jargon, and the deeper reason it was not caught
            sooner.

            """),
        Section(kind: .response, heading: "How We Responded", body: """
            TODO: How quickly we were alerted, what we did to restore service, and how long
            recovery took.

            """),
        Section(kind: .actionItems, heading: "What We're Changing", body: """
            1. **TODO: change:** what exactly will be different, and how it prevents a repeat.
            2. **TODO: change:** what exactly will be different, and how it prevents a repeat.

            """),
        Section(kind: .apology, heading: "Apology and Commitment", body: """
            TODO: Apologise for the specific impact on customers, and say what we commit to.

            """),
        Section(kind: .contact, heading: "Contact", body: """
            TODO: Where customers can ask questions about this incident.

            """),
    ])
}
