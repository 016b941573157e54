/// Applies text edits to a document's bytes.
public enum FixApplier {
    /// Applies the safe fixes of `diagnostics` in one pass. A fix whose edits overlap an
    /// already accepted fix is left for the next run, so no edit ever lands on bytes another
    /// edit changed. Returns the new bytes and how many fixes were applied.
    public static func applySafeFixes(of diagnostics: [Diagnostic], to bytes: [UInt8]) -> (bytes: [UInt8], applied: Int) {
        let (accepted, applied) = acceptedSafeEdits(of: diagnostics)
        return (apply(accepted, to: bytes), applied)
    }

    /// The edits `applySafeFixes` makes and how many fixes they come from. Public so that the
    /// fuzzer and property tests can check that no byte outside these edits ever changes.
    public static func acceptedSafeEdits(of diagnostics: [Diagnostic]) -> (edits: [TextEdit], applied: Int) {
        var accepted: [TextEdit] = []
        var applied = 0
        for fix in diagnostics.flatMap(\.fixes) where fix.isSafe {
            let overlaps = fix.edits.contains { edit in accepted.contains { Self.overlap($0.range, edit.range) } }
            guard !overlaps else { continue }
            accepted += fix.edits
            applied += 1
        }
        return (accepted, applied)
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
