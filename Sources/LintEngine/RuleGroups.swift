import Dispatch

/// The two halves of a lint that can run at once: the rules that read prose (they share its
/// tokens, built once) and all the others.
enum RuleGroups {
    private static let prose = Set(WordingRules.all.map(ObjectIdentifier.init))

    /// `check` applied to every rule, the two groups on two threads; the results come back
    /// in the order of `rules`.
    static func checkInParallel(_ rules: [any Rule.Type], _ check: (any Rule.Type) -> [Diagnostic]) -> [[Diagnostic]] {
        let groups = [rules.indices.filter { prose.contains(ObjectIdentifier(rules[$0])) },
                      rules.indices.filter { !prose.contains(ObjectIdentifier(rules[$0])) }]
        let results = UnsafeMutableBufferPointer<[Diagnostic]>.allocate(capacity: rules.count)
        results.initialize(repeating: [])
        defer {
            results.deinitialize()
            results.deallocate()
        }
        // Each rule's slot is written by one thread only, so the buffer needs no lock.
        nonisolated(unsafe) let slots = results
        // Compiling the phrase lists is most of a small document's lint. The thread without
        // prose compiles the lists of the prose rules the other thread reaches last, so that
        // the two threads share that work too.
        let compiledAhead = groups[0].reversed().prefix(groups[0].count / 2).compactMap { rules[$0] as? any PhraseListRule.Type }
        withoutActuallyEscaping(check) { check in
            nonisolated(unsafe) let check = check
            DispatchQueue.concurrentPerform(iterations: groups.count) { group in
                if group == 1 { for rule in compiledAhead { _ = rule.list } }
                for index in groups[group] { slots[index] = check(rules[index]) }
            }
        }
        return Array(results)
    }
}
