import Foundation
@testable import LintEngine

/// The labelled sentences of `Fixtures/wording/` (see its README), each placed in a document.
struct WordingCorpus {
    struct Sample {
        var rule: any Rule.Type
        var profile: String
        var markdown: String
        var sentence: String
        var mustReport: Bool
        var line: Int
    }

    /// Precision and recall of one rule over its samples.
    struct Score: CustomStringConvertible {
        var rule: String
        var truePositives = 0
        var falsePositives = 0
        var falseNegatives = 0
        var trueNegatives = 0
        var misses: [String] = []

        var precision: Double { truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives) }
        var recall: Double { truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives) }
        var count: Int { truePositives + falsePositives + falseNegatives + trueNegatives }

        var description: String {
            let p = (precision * 1000).rounded() / 1000, r = (recall * 1000).rounded() / 1000
            return "\(rule): \(count) sentences, precision \(p), recall \(r) (TP \(truePositives), FP \(falsePositives), FN \(falseNegatives), TN \(trueNegatives))"
        }
    }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/wording")

    let samples: [Sample]

    init() throws {
        var samples: [Sample] = []
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        for file in files {
            let name = String(file.dropLast(4))
            guard let rule = RuleRegistry.rule(named: name) else { throw CorpusError.unknownRule(file) }
            let text = try String(contentsOf: Self.folder.appendingPathComponent(file), encoding: .utf8)
            var profile = "internal", section = "Summary", template = "## {section}\n\n{text}\n"
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if line.hasPrefix("## ") {
                    section = String(line.dropFirst(3))
                } else if line.hasPrefix("@profile ") {
                    profile = String(line.dropFirst(9))
                } else if line.hasPrefix("@template ") {
                    template = line.dropFirst(10).replacingOccurrences(of: "\\n", with: "\n")
                } else if line.hasPrefix("+ ") || line.hasPrefix("- ") {
                    let sentence = String(line.dropFirst(2))
                    let markdown = template.replacingOccurrences(of: "{section}", with: section).replacingOccurrences(of: "{text}", with: sentence)
                    samples.append(Sample(rule: rule, profile: profile, markdown: markdown, sentence: sentence, mustReport: line.hasPrefix("+"),
                                          line: number + 1))
                } else if !line.isEmpty && !line.hasPrefix("#") {
                    throw CorpusError.unreadableLine(file, number + 1)
                }
            }
        }
        self.samples = samples
    }

    /// Scores every rule, given how many findings of the sample's rule a linter reports.
    func scores(findings: (Sample) -> Int) -> [Score] {
        var scores: [String: Score] = [:]
        for sample in samples {
            let name = sample.rule.description.name
            var score = scores[name] ?? Score(rule: name)
            switch (sample.mustReport, findings(sample) > 0) {
            case (true, true): score.truePositives += 1
            case (false, true): score.falsePositives += 1; score.misses.append("unexpected (line \(sample.line)): \(sample.sentence)")
            case (true, false): score.falseNegatives += 1; score.misses.append("missed (line \(sample.line)): \(sample.sentence)")
            case (false, false): score.trueNegatives += 1
            }
            scores[name] = score
        }
        return scores.values.sorted { $0.rule < $1.rule }
    }

    enum CorpusError: Error {
        case unknownRule(String)
        case unreadableLine(String, Int)
    }
}
