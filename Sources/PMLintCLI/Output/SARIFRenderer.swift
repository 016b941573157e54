import LintEngine
import MarkdownSyntax

/// `--format sarif`: a SARIF 2.1.0 log for code-scanning services. Every rule pmlint has is
/// described (so a service can show rules that found nothing this time), and every finding
/// carries its region in UTF-16 columns and its fixes as replacements.
enum SARIFRenderer {
    static let schema = "https://json.schemastore.org/sarif-2.1.0.json"

    static func render(_ report: LintReport) -> String {
        let documentation = ruleDocumentation(of: report)
        let rules = RuleRegistry.descriptions
        let index = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($0.element.id, $0.offset) })
        var results: [JSONOutput] = []
        for file in report.files {
            guard let source = file.source else { continue }
            for diagnostic in file.diagnostics {
                results.append(result(diagnostic, path: file.path, source: source, ruleIndex: index[diagnostic.ruleID]))
            }
        }
        let driver: JSONOutput = .object([
            ("name", .string("pmlint")), ("version", .string(PMLintVersion.current)),
            ("informationUri", .string(PMLintVersion.documentationURL)),
            ("rules", .array(rules.map { rule($0, documentation: documentation) })),
        ])
        let run: JSONOutput = .object([
            ("tool", .object([("driver", driver)])),
            ("columnKind", .string("utf16CodeUnits")),
            ("results", .array(results)),
            ("invocations", .array([.object([("executionSuccessful", .bool(report.allFailures.isEmpty)),
                                             ("toolExecutionNotifications", .array(report.allFailures.map { failure in
                                                 .object([("level", .string("error")), ("message", .object([("text", .string(failure))]))])
                                             }))])])),
        ])
        return JSONOutput.object([("$schema", .string(schema)), ("version", .string("2.1.0")), ("runs", .array([run]))]).text
    }

    /// A SARIF log lists its rules once for the whole run, so their links come from the first
    /// linted document's configuration (`ruleDocs`); a run normally shares one `.pmlint.json`.
    private static func ruleDocumentation(of report: LintReport) -> RuleDocumentation {
        report.files.lazy.compactMap(\.configuration).first?.ruleDocumentation ?? RuleDocumentation()
    }

    private static func rule(_ rule: RuleDescription, documentation: RuleDocumentation) -> JSONOutput {
        var help = rule.rationale
        if !rule.options.isEmpty {
            help += "\n\nOptions:\n" + rule.options.map { "- \($0.name) (default \($0.defaultValue)): \($0.summary)" }.joined(separator: "\n")
        }
        return .object([
            ("id", .string(rule.id)), ("name", .string(rule.name)),
            ("shortDescription", .object([("text", .string(rule.summary))])),
            ("fullDescription", .object([("text", .string(rule.rationale))])),
            ("help", .object([("text", .string(help))])),
            ("helpUri", .string(documentation.url(forRule: rule.id))),
            ("defaultConfiguration", .object([("enabled", .bool(!rule.isOptIn)), ("level", .string(level(rule.defaultSeverity)))])),
            ("properties", .object([("profiles", .array(Audience.allCases.filter(rule.applies(to:)).map { .string($0.rawValue) })),
                                    ("fixable", .bool(rule.isFixable))])),
        ])
    }

    private static func result(_ diagnostic: Diagnostic, path: String, source: SourceText, ruleIndex: Int?) -> JSONOutput {
        var members: [(String, JSONOutput)] = [("ruleId", .string(diagnostic.ruleID))]
        if let ruleIndex { members.append(("ruleIndex", .int(ruleIndex))) }
        members += [
            ("level", .string(level(diagnostic.severity))),
            ("message", .object([("text", .string(diagnostic.message))])),
            ("locations", .array([.object([("physicalLocation", .object([
                ("artifactLocation", artifact(path)), ("region", region(diagnostic.range, in: source)),
            ]))])])),
            ("partialFingerprints", .object([("pmlint/v1", .string(Baseline.fingerprint(diagnostic, in: source)))])),
        ]
        if !diagnostic.fixes.isEmpty {
            members.append(("fixes", .array(diagnostic.fixes.map { fix in
                .object([("description", .object([("text", .string(fix.title))])),
                         ("artifactChanges", .array([.object([("artifactLocation", artifact(path)), ("replacements", .array(fix.edits.map { edit in
                             .object([("deletedRegion", region(edit.range, in: source)), ("insertedContent", .object([("text", .string(edit.newText))]))])
                         }))])]))])
            })))
        }
        return .object(members)
    }

    private static func region(_ range: Range<Int>, in source: SourceText) -> JSONOutput {
        let start = SourcePosition(range.lowerBound, in: source)
        let end = SourcePosition(range.upperBound, in: source)
        return .object([("startLine", .int(start.line)), ("startColumn", .int(start.utf16Column)),
                        ("endLine", .int(end.line)), ("endColumn", .int(end.utf16Column))])
    }

    /// A relative path resolved against the checkout (`%SRCROOT%`), or a `file://` URI.
    private static func artifact(_ path: String) -> JSONOutput {
        var encoded = ""
        for byte in path.utf8 {
            let isPlain = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || "-._~/".utf8.contains(byte)
            encoded += isPlain ? String(UnicodeScalar(byte)) : "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
        }
        if path.hasPrefix("/") { return .object([("uri", .string("file://" + encoded))]) }
        return .object([("uri", .string(encoded)), ("uriBaseId", .string("%SRCROOT%"))])
    }

    private static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }
}
