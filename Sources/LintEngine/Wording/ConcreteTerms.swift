/// Words that make a prevention statement checkable: a named mechanism (alert, threshold,
/// test, runbook), an owner or a date. A sentence with one of them, a number, an `@owner`,
/// a code span or an identifier (`cache_age_seconds`, `JIRA-123`) is specific enough, even
/// if it also says "improve monitoring".
enum ConcreteTerms {
    static func isConcrete(at index: Int, in prose: Prose) -> Bool {
        switch prose.tokens[index].kind {
        case .code, .autolink: return true
        case .markup: return false
        case .word: break
        }
        return isIdentifierOrNumber(prose.text(at: index)) || words.contains(index, in: prose) && !isUnfilled(after: index, in: prose)
    }

    /// Whether a placeholder follows the word ("owner TBD", "due: ?"): the slot is named, not filled.
    private static func isUnfilled(after index: Int, in prose: Prose) -> Bool {
        index + 1 < prose.tokens.count && prose.tokens[index + 1].kind == .word && prose.tokens[index + 1].run == prose.tokens[index].run
            && placeholders.contains(index + 1, in: prose)
    }

    private static let placeholders: WordSet = ["tbd", "tbc", "tba", "unassigned", "unknown", "none", "pending", "todo"]

    /// An `@owner`, a number or an identifier (`cache_age_seconds`): a word that measures or
    /// names one thing, whatever it stands next to.
    static func isIdentifierOrNumber(_ text: String) -> Bool {
        text.hasPrefix("@") || text.contains(where: { $0.isNumber || $0 == "_" })
    }

    static let words: WordSet = [
        "alert", "alerts", "alarm", "alarms", "monitor", "monitors", "threshold", "thresholds", "check", "checks", "test", "tests",
        "runbook", "runbooks", "playbook", "playbooks", "limit", "limits", "quota", "quotas", "owner", "owners", "owned", "deadline",
        "due", "dashboard", "dashboards", "canary", "canaries", "slo", "slos", "sla", "timeout", "timeouts", "validation",
        "validator", "lint", "linter", "feature-flag", "flag", "flags", "breaker", "rollback", "pager", "pagerduty", "opsgenie",
        "ticket", "jira", "metric", "metrics", "probe", "probes", "heartbeat", "gate", "gates", "pipeline", "ci", "checklist",
        "script", "cron", "retry", "retries", "backoff", "failover", "replica", "replicas", "quorum", "guard", "guardrail",
        "assertion", "schema", "migration", "approval", "approvals", "reviewer", "codeowners", "alerting-rule", "page", "pages",
        "paging", "sprint", "quarter", "monday", "tuesday", "wednesday", "thursday", "friday", "january", "february", "march",
        "april", "june", "july", "august", "september", "october", "november", "december", "q1", "q2", "q3", "q4",
    ]
}
