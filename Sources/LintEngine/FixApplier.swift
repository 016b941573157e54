/// Applies text edits to a document's bytes.
public enum FixApplier {
    /// Applies the safe fixes of `diagnostics` in one pass, and the unsafe ones too when
    /// `includingUnsafe` (`--unsafe-fixes`). A fix whose edits overlap an already accepted fix
    /// is left for the next run, so no edit ever lands on bytes another edit changed. Returns
    /// the new bytes and how many fixes were applied.
    public static func applySafeFixes(of diagnostics: [Diagnostic], to bytes: [UInt8],
                                      includingUnsafe: Bool = false) -> (bytes: [UInt8], applied: Int) {
        let (accepted, applied) = acceptedSafeEdits(of: diagnostics, includingUnsafe: includingUnsafe)
        return (apply(accepted, to: bytes), applied)
    }

    /// The edits `applySafeFixes` makes and how many fixes they come from. Public so that the
    /// fuzzer and property tests can check that no byte outside these edits ever changes.
    public static func acceptedSafeEdits(of diagnostics: [Diagnostic], includingUnsafe: Bool = false) -> (edits: [TextEdit], applied: Int) {
        var accepted: [TextEdit] = []
        var taken = SortedRanges()
        var applied = 0
        for fix in diagnostics.flatMap(\.fixes) where fix.isSafe || includingUnsafe {
            guard !fix.edits.contains(where: { taken.conflicts(with: $0.range) }) else { continue }
            fix.edits.forEach { taken.insert($0.range) }
            accepted += fix.edits
            applied += 1
        }
        return (accepted, applied)
    }

    /// The ranges of accepted edits, sorted by start, so that a new edit is checked against
    /// its neighbours only: thousands of fixes in one file stay cheap.
    struct SortedRanges {
        private var ranges: [Range<Int>] = []

        /// The index of the first range starting at or after `offset`.
        private func firstIndex(startingAtOrAfter offset: Int) -> Int {
            var low = 0, high = ranges.count
            while low < high {
                let mid = (low + high) / 2
                if ranges[mid].lowerBound < offset { low = mid + 1 } else { high = mid }
            }
            return low
        }

        mutating func insert(_ range: Range<Int>) {
            ranges.insert(range, at: firstIndex(startingAtOrAfter: range.lowerBound + 1))
        }

        /// Accepted ranges are pairwise compatible, so only those starting inside `range`
        /// and the one just before it can conflict with it.
        func conflicts(with range: Range<Int>) -> Bool {
            var index = firstIndex(startingAtOrAfter: range.upperBound + 1)
            while index > 0 {
                index -= 1
                let other = ranges[index]
                if FixApplier.overlap(other, range) { return true }
                if other.lowerBound < range.lowerBound && !other.isEmpty { return false }
            }
            return false
        }
    }

    /// Applies non-overlapping edits (in any order) to `bytes`.
    public static func apply(_ edits: [TextEdit], to bytes: [UInt8]) -> [UInt8] {
        // Stable sort keeps insertions at one offset in the order they were given.
        let ordered = edits.enumerated().sorted { ($0.element.range.lowerBound, $0.offset) < ($1.element.range.lowerBound, $1.offset) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + edits.reduce(0) { $0 + $1.newText.utf8.count })
        var cursor = 0
        for (_, edit) in ordered {
            let start = max(edit.range.lowerBound, cursor)
            out += bytes[cursor..<min(start, bytes.count)]
            out += Array(edit.newText.utf8)
            cursor = max(cursor, min(edit.range.upperBound, bytes.count))
        }
        out += bytes[min(cursor, bytes.count)...]
        return out
    }

    /// Two ranges conflict when they share a byte, or when one inserts inside the other.
    /// Insertions at one point do not conflict: they land in the order given.
    static func overlap(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        if a.isEmpty && b.isEmpty { return false }
        return a.lowerBound < b.upperBound && b.lowerBound < a.upperBound
            || (a.isEmpty && b.contains(a.lowerBound)) || (b.isEmpty && a.contains(b.lowerBound))
    }
}
