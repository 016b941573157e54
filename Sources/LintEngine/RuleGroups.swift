import Dispatch

/// The rules of a lint on two threads. The rules that read prose share its tokens, built
/// once: the first thread builds them and runs the first half of those rules; the second
/// runs all the other rules, then the second half of the prose rules, by which time the
/// prose is usually built (if not, it waits for it: see `DocumentMemo`). On the first lint
/// of a process, each thread also compiles the phrase lists of the rules it runs.
enum RuleGroups {
    private static let prose = Set(WordingRules.readingDocumentProse.map(ObjectIdentifier.init))

    /// `check` applied to every rule, on two threads; the results come back in the order of `rules`.
    static func checkInParallel(_ rules: [any Rule.Type], _ check: (any Rule.Type) -> [Diagnostic]) -> [[Diagnostic]] {
        let proseRules = rules.indices.filter { prose.contains(ObjectIdentifier(rules[$0])) }
        let half = (proseRules.count + 1) / 2
        let groups = [Array(proseRules.prefix(half)),
                      rules.indices.filter { !prose.contains(ObjectIdentifier(rules[$0])) } + proseRules.dropFirst(half)]
        let results = UnsafeMutableBufferPointer<[Diagnostic]>.allocate(capacity: rules.count)
        results.initialize(repeating: [])
        defer {
            results.deinitialize()
            results.deallocate()
        }
        // Each rule's slot is written by one thread only, so the buffer needs no lock.
        nonisolated(unsafe) let slots = results
        withoutActuallyEscaping(check) { check in
            nonisolated(unsafe) let check = check
            DispatchQueue.concurrentPerform(iterations: groups.count) { group in
                for index in groups[group] { slots[index] = check(rules[index]) }
            }
        }
        return Array(results)
    }
}
