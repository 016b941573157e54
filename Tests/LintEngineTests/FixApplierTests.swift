import Testing
@testable import LintEngine

@Suite struct FixApplierTests {
    @Test func editsApplyInOffsetOrderWhateverOrderTheyCome() {
        let bytes = Array("abcdef".utf8)
        let out = FixApplier.apply([TextEdit(range: 4..<5, newText: "E"), .insert("X", at: 0), TextEdit(range: 1..<3, newText: "")], to: bytes)
        #expect(String(decoding: out, as: UTF8.self) == "XadEf")
    }

    @Test func overlappingFixesWaitForTheNextRun() {
        let first = Diagnostic(ruleID: "PM001", ruleName: "a", severity: .error, message: "", range: 0..<1,
                               fixes: [Fix(title: "one", edits: [TextEdit(range: 0..<3, newText: "x")])])
        let second = Diagnostic(ruleID: "PM002", ruleName: "b", severity: .error, message: "", range: 0..<1,
                                fixes: [Fix(title: "two", edits: [TextEdit(range: 2..<4, newText: "y")])])
        let (out, applied) = FixApplier.applySafeFixes(of: [first, second], to: Array("abcdef".utf8))
        #expect(applied == 1)
        #expect(String(decoding: out, as: UTF8.self) == "xdef")
    }
}

extension FixApplierTests {
    @Test func insertionsAtOnePointLandInTheOrderGiven() {
        let make = { (text: String) in
            Diagnostic(ruleID: "PM001", ruleName: "missing-section", severity: .error, message: "", range: 0..<1,
                       fixes: [Fix(title: text, edits: [.insert(text, at: 1)])])
        }
        let (out, applied) = FixApplier.applySafeFixes(of: [make("B"), make("C")], to: Array("AD".utf8))
        #expect(applied == 2)
        #expect(String(decoding: out, as: UTF8.self) == "ABCD")
    }
}

extension FixApplierTests {
    @Test func thousandsOfFixesAreAllAppliedWhenTheyDoNotOverlap() {
        let bytes = Array(String(repeating: "ab", count: 5_000).utf8)
        let diagnostics = (0..<5_000).reversed().map { index in
            Diagnostic(ruleID: "PM005", ruleName: "placeholder-text", severity: .warning, message: "", range: 0..<1,
                       fixes: [Fix(title: "b→B", edits: [TextEdit(range: (2 * index + 1)..<(2 * index + 2), newText: "B")])])
        }
        let (out, applied) = FixApplier.applySafeFixes(of: diagnostics, to: bytes)
        #expect(applied == 5_000)
        #expect(String(decoding: out, as: UTF8.self) == String(repeating: "aB", count: 5_000))
    }

    @Test func anEditInsideAnAcceptedReplacementWaits() {
        let replace = Diagnostic(ruleID: "PM001", ruleName: "a", severity: .error, message: "", range: 0..<1,
                                 fixes: [Fix(title: "one", edits: [TextEdit(range: 1..<5, newText: "-")])])
        let inside = Diagnostic(ruleID: "PM002", ruleName: "b", severity: .error, message: "", range: 0..<1,
                                fixes: [Fix(title: "two", edits: [.insert("!", at: 3)])])
        let after = Diagnostic(ruleID: "PM003", ruleName: "c", severity: .error, message: "", range: 0..<1,
                               fixes: [Fix(title: "three", edits: [.insert("?", at: 6)])])
        let (out, applied) = FixApplier.applySafeFixes(of: [replace, inside, after], to: Array("abcdefg".utf8))
        #expect(applied == 2)
        #expect(String(decoding: out, as: UTF8.self) == "a-f?g")
    }
}
