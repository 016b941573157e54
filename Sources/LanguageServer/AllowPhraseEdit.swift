import Foundation
import LintEngine

/// Adds a phrase to a wording rule's `allow` option in a `.pmlint.json`, keeping every other
/// setting, so "allow this phrase in this project" works in any client without a command.
enum AllowPhraseEdit {
    /// The phrase as the option's syntax reads it: the characters that mean alternatives or
    /// optional words there are left out.
    static func phrase(from text: String) -> String {
        let special: Set<Character> = ["(", ")", "|", "[", "]", "{", "}"]
        return text.filter { !special.contains($0) }.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The configuration `json` (nil for a new file) with `phrase` allowed for rule `ruleID`.
    static func adding(_ phrase: String, ruleID: String, to json: JSONValue?) -> JSONValue {
        var root = json?.objectValue ?? [:]
        var rules = root["rules"]?.objectValue ?? [:]
        let key = rules.keys.first { RuleRegistry.rule(named: $0)?.description.id == ruleID } ?? ruleID
        var setting: [String: JSONValue]
        switch rules[key] {
        case .object(let members)?: setting = members
        case .bool(let enabled)?: setting = ["enabled": .bool(enabled)]
        case .string("on")?: setting = ["enabled": .bool(true)]
        case .string(let severity)?: setting = ["severity": .string(severity)]
        default: setting = [:]
        }
        var options = setting["options"]?.objectValue ?? [:]
        var allowed = options["allow"]?.arrayValue ?? []
        if !allowed.contains(.string(phrase)) { allowed.append(.string(phrase)) }
        options["allow"] = .array(allowed)
        setting["options"] = .object(options)
        rules[key] = .object(setting)
        root["rules"] = .object(rules)
        return .object(root)
    }

    /// Indented JSON with sorted keys, as people keep configuration files.
    static func text(_ json: JSONValue) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // A JSONValue always encodes.
        return String(decoding: try! encoder.encode(json), as: UTF8.self) + "\n"
    }

    /// Where a new configuration goes: the repository root above the document (the folder
    /// holding `.git`, where the resolver stops looking), else the document's own folder.
    static func newFileLocation(forDocumentAt path: String) -> String {
        let start = PathName.parent(of: path)
        var folder = start
        while true {
            if FileManager.default.fileExists(atPath: PathName.join(folder, ".git")) { return PathName.join(folder, ConfigurationFile.name) }
            let parent = PathName.parent(of: folder)
            if parent == folder { return PathName.join(start, ConfigurationFile.name) }
            folder = parent
        }
    }
}
