import Foundation
import JSONRPC
import LintEngine
import LSPTypes
import MarkdownSyntax

extension LanguageServer {
    /// Quick fixes from each pmlint diagnostic's fixes, comments that silence a rule, and
    /// "fix all" as a source action.
    func codeActions(_ params: CodeActionParams) throws(ResponseError) -> [CodeAction] {
        let uri = params.textDocument.uri
        let (lint, converter) = try analysis(uri)
        func wanted(_ kind: String) -> Bool {
            guard let only = params.context.only else { return true }
            return only.contains { kind == $0 || kind.hasPrefix($0 + ".") }
        }
        var actions: [CodeAction] = []
        if wanted(CodeActionKinds.quickFix) {
            for diagnostic in params.context.diagnostics where diagnostic.source == DiagnosticTranslation.source {
                // Unsafe fixes (inserting a section) are offered but never preferred: editors may
                // apply a preferred fix unasked, and fix all leaves them out too.
                for (index, fix) in (diagnostic.data?.fixes ?? []).enumerated() {
                    actions.append(CodeAction(title: fix.title, kind: CodeActionKinds.quickFix, diagnostics: [diagnostic],
                                              isPreferred: index == 0 && fix.isSafe != false, edit: WorkspaceEdit(changes: [uri: fix.edits])))
                }
                if let action = allowPhrase(diagnostic, in: uri, converter: converter) { actions.append(action) }
                if let rule = diagnostic.code {
                    let source = lint.result.document.source
                    let edits = [SuppressionEdit.disableLine(rule, line: diagnostic.range.start.line, in: source),
                                 SuppressionEdit.disableFile(rule, in: lint.result.document.markdown)]
                    let titles = ["Disable \(rule) for this line", "Disable \(rule) for this file"]
                    for (title, edit) in zip(titles, edits) {
                        actions.append(CodeAction(title: title, kind: CodeActionKinds.quickFix, diagnostics: [diagnostic], isPreferred: nil,
                                                  edit: WorkspaceEdit(changes: [uri: [converter.textEdit(edit)]])))
                    }
                }
            }
        }
        if wanted(CodeActionKinds.fixAll), let edit = fixAll(uri, lint: lint) {
            actions.append(CodeAction(title: "Fix all pmlint problems", kind: CodeActionKinds.fixAll, diagnostics: nil, isPreferred: nil,
                                      edit: WorkspaceEdit(changes: [uri: [converter.textEdit(edit)]])))
        }
        return actions
    }

    /// "Allow this phrase in this project" for a wording rule: the server writes the phrase
    /// into the rule's `allow` option of the nearest `.pmlint.json` (creating one at the
    /// repository root when there is none and the client can create files).
    private func allowPhrase(_ diagnostic: LSPTypes.Diagnostic, in uri: String, converter: PositionConverter) -> CodeAction? {
        guard let code = diagnostic.code, let rule = RuleRegistry.rule(named: code)?.description,
              rule.options.contains(where: { $0.name == "allow" }), let documentPath = FileLocation.path(of: uri) else { return nil }
        let phrase = AllowPhraseEdit.phrase(from: converter.source.text(converter.bytes(of: diagnostic.range)))
        guard !phrase.isEmpty else { return nil }
        let title = "Allow “\(phrase)” for \(rule.id) in this project"
        let edit: WorkspaceEdit
        if let path = configuration(for: uri).file, let uriOfFile = FileLocation.uri(ofPath: path) {
            guard let data = FileManager.default.contents(atPath: path), let old = try? SourceText(utf8: Array(data)),
                  let json = try? JSONDecoder().decode(JSONValue.self, from: data) else { return nil }
            let whole = PositionConverter(source: old, encoding: encoding).range(of: 0..<old.count)
            let text = AllowPhraseEdit.text(AllowPhraseEdit.adding(phrase, ruleID: rule.id, to: json))
            edit = WorkspaceEdit(changes: [uriOfFile: [LSPTypes.TextEdit(range: whole, newText: text)]])
        } else {
            guard client.createsFiles, let newFile = FileLocation.uri(ofPath: AllowPhraseEdit.newFileLocation(forDocumentAt: documentPath)) else { return nil }
            let start = LSPRange(start: Position(line: 0, character: 0), end: Position(line: 0, character: 0))
            let text = AllowPhraseEdit.text(AllowPhraseEdit.adding(phrase, ruleID: rule.id, to: nil))
            edit = WorkspaceEdit(documentChanges: [.createFile(uri: newFile), .edit(uri: newFile, edits: [LSPTypes.TextEdit(range: start, newText: text)])])
        }
        return CodeAction(title: title, kind: CodeActionKinds.quickFix, diagnostics: [diagnostic], isPreferred: nil, edit: edit)
    }

    /// Every safe fix, applied as `pmlint --fix` does, as one edit covering what changed;
    /// nil when nothing would change.
    private func fixAll(_ uri: String, lint: LintSnapshot) -> LintEngine.TextEdit? {
        let original = lint.result.document.source
        let fixed = FixApplier.applySafeFixesRepeatedly(to: lint.result, linter: Linter(configuration: configuration(for: uri)))
            .result.document.source
        return fixed.bytes == original.bytes ? nil : TextDifference.edit(from: original.bytes, to: fixed.bytes)
    }
}

/// The comments that silence a rule, placed where they do not change the document's shape.
enum SuppressionEdit {
    /// `pmlint-disable-next-line` on a line of its own above `line` when that line starts a
    /// block (after a blank line, or a heading); otherwise `pmlint-disable-line` at its end,
    /// since a comment line inside a paragraph, list or table would split it.
    static func disableLine(_ rule: String, line: Int, in source: SourceText) -> LintEngine.TextEdit {
        let lines = source.lines
        let line = min(max(line, 0), lines.lineCount - 1)
        let content = lines.contentRange(ofLine: line)
        let text = source.text(content)
        let startsBlock = line == 0 || lines.contentRange(ofLine: line - 1).isEmpty
            || text.drop { $0 == " " }.hasPrefix("#")
        guard startsBlock else {
            return .insert(" <!-- pmlint-disable-line \(rule) -->", at: content.upperBound)
        }
        let indent = text.prefix { $0 == " " || $0 == "\t" }
        return .insert("\(indent)<!-- pmlint-disable-next-line \(rule) -->\(lineEnding(of: line, in: source))", at: content.lowerBound)
    }

    /// `pmlint-disable-file` at the top, after any front matter (which must stay first).
    static func disableFile(_ rule: String, in markdown: MarkdownDocument) -> LintEngine.TextEdit {
        let source = markdown.source
        var offset = 0
        if let frontMatter = markdown.root.children.first, case .frontMatter = frontMatter.kind {
            let lastLine = source.lines.line(containing: frontMatter.range.upperBound)
            offset = lastLine + 1 < source.lines.lineCount ? source.lines.lineStarts[lastLine + 1] : source.count
        }
        let ending = lineEnding(of: 0, in: source)
        let needsBreak = offset == source.count && offset > 0 && !source.bytes.last.map { $0 == 0x0A || $0 == 0x0D }!
        return .insert((needsBreak ? ending : "") + "<!-- pmlint-disable-file \(rule) -->" + ending, at: offset)
    }

    /// The line ending the document already uses, so an inserted line matches its neighbours.
    private static func lineEnding(of line: Int, in source: SourceText) -> String {
        let end = source.lines.contentRange(ofLine: line).upperBound
        return end + 1 < source.count && source.bytes[end] == 0x0D && source.bytes[end + 1] == 0x0A ? "\r\n" : "\n"
    }
}

/// The smallest single edit that turns one text into another.
enum TextDifference {
    static func edit(from old: [UInt8], to new: [UInt8]) -> LintEngine.TextEdit {
        var prefix = 0
        let limit = min(old.count, new.count)
        while prefix < limit && old[prefix] == new[prefix] { prefix += 1 }
        // Both texts share the prefix, so backing off to a character start in one does in both.
        while prefix > 0 && prefix < old.count && old[prefix] & 0xC0 == 0x80 { prefix -= 1 }
        var suffix = 0
        while suffix < limit - prefix && old[old.count - 1 - suffix] == new[new.count - 1 - suffix] { suffix += 1 }
        while suffix > 0 && old[old.count - suffix] & 0xC0 == 0x80 { suffix -= 1 }
        let newText = String(decoding: new[prefix..<new.count - suffix], as: UTF8.self)
        return LintEngine.TextEdit(range: prefix..<old.count - suffix, newText: newText)
    }
}
