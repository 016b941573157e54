import LintEngine
import MarkdownSyntax

/// Findings recorded on purpose, so a team adopting pmlint on old postmortems sees only new
/// ones. A finding is identified by its file, its rule and a fingerprint of the text it
/// points at (not its line), so it survives edits above or below it and returns when the
/// text itself changes. Identical findings in one file are counted, not merged away.
public struct Baseline: Sendable {
    public static let version = 1

    struct Key: Hashable {
        var path: String
        var rule: String
        var fingerprint: String
    }

    private var counts: [Key: Int] = [:]
    /// Paths in the baseline are relative to the folder holding it.
    let folder: String

    /// The fingerprint of a finding: its rule and the text it covers with runs of white
    /// space folded (for an empty range, the text of its line), hashed with 64-bit FNV-1a.
    public static func fingerprint(_ diagnostic: Diagnostic, in source: SourceText) -> String {
        var range = diagnostic.range
        if range.isEmpty {
            let line = source.lines.line(containing: range.lowerBound)
            range = source.lines.contentRange(ofLine: line)
        }
        let text = source.text(range).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return hash(diagnostic.ruleID + "\u{0}" + text)
    }

    /// 64-bit FNV-1a of `text`, as 16 hex digits.
    static func hash(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Records every finding of `files`; paths are kept relative to the baseline's folder.
    init(recording files: [FileReport], folder: String) {
        self.folder = folder
        for file in files {
            guard let source = file.source, let path = file.absolutePath else { continue }
            for diagnostic in file.diagnostics {
                counts[Key(path: Self.relative(path, to: folder), rule: diagnostic.ruleID, fingerprint: Self.fingerprint(diagnostic, in: source)), default: 0] += 1
            }
        }
    }

    /// Reads a baseline file written by `--write-baseline`.
    init(json bytes: [UInt8], path: String, folder: String) throws(CommandError) {
        self.folder = folder
        guard let root = try? JSONValue(parsing: bytes), let object = root.objectValue,
              object["version"]?.numberValue == Double(Self.version), let entries = object["findings"]?.arrayValue else {
            throw CommandError("\(path): not a pmlint baseline (expected {\"version\": 1, \"findings\": [...]})")
        }
        for entry in entries {
            guard let fields = entry.objectValue, let file = fields["path"]?.stringValue, let rule = fields["rule"]?.stringValue,
                  let fingerprint = fields["fingerprint"]?.stringValue else {
                throw CommandError("\(path): findings: each entry needs \"path\", \"rule\" and \"fingerprint\"")
            }
            let count = fields["count"]?.numberValue.map { max(1, Int($0)) } ?? 1
            counts[Key(path: file, rule: rule, fingerprint: fingerprint), default: 0] += count
        }
    }

    /// `files` without the findings the baseline records, each baseline entry used at most
    /// as many times as it was recorded.
    func filter(_ files: [FileReport]) -> [FileReport] {
        var remaining = counts
        return files.map { file in
            guard let source = file.source, let path = file.absolutePath else { return file }
            var kept = file
            let relativePath = Self.relative(path, to: folder)
            kept.diagnostics = file.diagnostics.filter { diagnostic in
                let key = Key(path: relativePath, rule: diagnostic.ruleID, fingerprint: Self.fingerprint(diagnostic, in: source))
                guard let left = remaining[key], left > 0 else { return true }
                remaining[key] = left - 1
                return false
            }
            return kept
        }
    }

    /// The baseline file: entries sorted, so it diffs well under version control.
    var json: String {
        let entries = counts.sorted { ($0.key.path, $0.key.rule, $0.key.fingerprint) < ($1.key.path, $1.key.rule, $1.key.fingerprint) }
        return JSONOutput.object([
            ("version", .int(Self.version)),
            ("findings", .array(entries.map { entry in
                .object([("path", .string(entry.key.path)), ("rule", .string(entry.key.rule)),
                         ("fingerprint", .string(entry.key.fingerprint)), ("count", .int(entry.value))])
            })),
        ]).text + "\n"
    }

    public var count: Int { counts.values.reduce(0, +) }

    /// `path` relative to `folder` when inside it, else absolute.
    static func relative(_ path: String, to folder: String) -> String {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
