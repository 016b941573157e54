public struct Diagnostic: Codable, Sendable {
    public var range: LSPRange
    /// 1 error, 2 warning, 3 information, 4 hint.
    public var severity: Int?
    public var code: String?
    public var codeDescription: CodeDescription?
    public var source: String?
    public var message: String
    public var data: DiagnosticData?

    public init(range: LSPRange, severity: Int?, code: String?, codeDescription: CodeDescription?, source: String?,
                message: String, data: DiagnosticData?) {
        self.range = range
        self.severity = severity
        self.code = code
        self.codeDescription = codeDescription
        self.source = source
        self.message = message
        self.data = data
    }

    enum CodingKeys: String, CodingKey { case range, severity, code, codeDescription, source, message, data }

    /// Diagnostics of other servers come back in code action requests with their own `code`
    /// (sometimes a number) and `data`; those members are read leniently instead of failing
    /// the whole request.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        range = try container.decode(LSPRange.self, forKey: .range)
        severity = try? container.decodeIfPresent(Int.self, forKey: .severity)
        code = try? container.decodeIfPresent(String.self, forKey: .code)
        codeDescription = try? container.decodeIfPresent(CodeDescription.self, forKey: .codeDescription)
        source = try? container.decodeIfPresent(String.self, forKey: .source)
        message = try container.decode(String.self, forKey: .message)
        data = try? container.decodeIfPresent(DiagnosticData.self, forKey: .data)
    }
}

public struct CodeDescription: Codable, Sendable {
    public var href: String

    public init(href: String) { self.href = href }
}

/// What pmlint carries in a diagnostic's `data`: its fixes, already in editor positions, so
/// a code action request can offer them without linting again.
public struct DiagnosticData: Codable, Sendable {
    public var fixes: [DiagnosticFix]

    public init(fixes: [DiagnosticFix]) { self.fixes = fixes }
}

public struct DiagnosticFix: Codable, Sendable {
    public var title: String
    public var edits: [TextEdit]
    /// False for a fix that needs the writer's review (never the preferred quick fix, which
    /// editors may apply unasked); absent means safe.
    public var isSafe: Bool?

    public init(title: String, edits: [TextEdit], isSafe: Bool? = nil) {
        self.title = title
        self.edits = edits
        self.isSafe = isSafe
    }
}

public struct PublishDiagnosticsParams: Codable, Sendable {
    public var uri: String
    public var version: Int?
    public var diagnostics: [Diagnostic]

    public init(uri: String, version: Int?, diagnostics: [Diagnostic]) {
        self.uri = uri
        self.version = version
        self.diagnostics = diagnostics
    }
}

public struct DocumentDiagnosticParams: Codable, Sendable {
    public var textDocument: TextDocumentIdentifier
    public var previousResultId: String?
}

/// A `full` report carries the items; an `unchanged` one only the result id.
public struct DocumentDiagnosticReport: Codable, Sendable {
    public var kind: String
    public var resultId: String
    public var items: [Diagnostic]?

    public static func full(resultId: String, items: [Diagnostic]) -> DocumentDiagnosticReport {
        DocumentDiagnosticReport(kind: "full", resultId: resultId, items: items)
    }

    public static func unchanged(resultId: String) -> DocumentDiagnosticReport {
        DocumentDiagnosticReport(kind: "unchanged", resultId: resultId, items: nil)
    }
}
