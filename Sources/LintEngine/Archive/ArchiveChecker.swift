import PostmortemModel

/// Runs the cross-document rules over an archive and turns their findings into each
/// document's diagnostics, with that document's configuration and suppression comments.
public enum ArchiveChecker {
    /// The diagnostics of each entry, in the entries' order, each list in document order.
    public static func diagnostics(_ archive: [ArchiveEntry], rules: [any ArchiveRule.Type] = RuleRegistry.archive) -> [[Diagnostic]] {
        var found = Array(repeating: [Diagnostic](), count: archive.count)
        guard archive.count > 1 else { return found }
        for rule in rules {
            let description = rule.description
            for result in rule.init().check(archive) {
                let facts = archive[result.entry].facts
                guard let severity = facts.severities[description.id],
                      !facts.suppressions.isSuppressed(ruleID: description.id, at: result.finding.range.lowerBound) else { continue }
                found[result.entry].append(Diagnostic(ruleID: description.id, ruleName: description.name, severity: severity,
                                                      message: result.finding.message, range: result.finding.range))
            }
        }
        return found.map { $0.sorted(by: Diagnostic.sortedOrder) }
    }

    /// The entries grouped by a key each names (services, tickets, IDs), keys in sorted
    /// order, entries in archive order, each entry once per key.
    static func group(_ archive: [ArchiveEntry], by mentions: (ArchiveFacts) -> [ArchiveFacts.Mention]) -> [(key: String, entries: [(index: Int, mention: ArchiveFacts.Mention)])] {
        var groups: [String: [(index: Int, mention: ArchiveFacts.Mention)]] = [:]
        for (index, entry) in archive.enumerated() {
            var seen: Set<String> = []
            for mention in mentions(entry.facts) where seen.insert(mention.key).inserted {
                groups[mention.key, default: []].append((index, mention))
            }
        }
        return groups.sorted { $0.key < $1.key }.map { (key: $0.key, entries: $0.value) }
    }

    /// "a.md", "a.md and b.md", "a.md, b.md and 3 others": the first two of `shown`, and how
    /// many of `total` are left.
    static func naming(_ shown: [String], total: Int? = nil) -> String {
        let named = Array(shown.prefix(2))
        let rest = (total ?? shown.count) - named.count
        guard rest > 0 else { return named.joined(separator: " and ") }
        return named.joined(separator: ", ") + " and \(rest) other\(rest == 1 ? "" : "s")"
    }
}
