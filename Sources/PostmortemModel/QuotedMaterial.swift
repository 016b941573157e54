import MarkdownSyntax

/// The parts of a postmortem that quote someone rather than say something: block quotes,
/// pasted chat logs (a `name [1:46 PM]` or `name [3 hours ago]` line, then the message) and
/// status-page update blocks (a `[Update - …]` or `[Final message]` line, then the update).
///
/// Rules that judge the author's writing (placeholders, wording) leave quoted material alone:
/// a chat line's `[1:46 PM]` is a time stamp, not a template's bracket, and what someone typed
/// in a channel is not the report's voice. The blocks stay in their sections, so the timeline
/// reader may still read the times they carry.
public struct QuotedMaterial: Sendable {
    /// The quoted blocks, in document order, none inside another.
    public let ranges: [Range<Int>]

    /// Finds the quoted blocks under `root`. Looks at each paragraph's first line only.
    init(root: Block, source: SourceText) {
        var ranges: [Range<Int>] = []
        var stack = Array(root.children.reversed())
        while let block = stack.popLast() {
            switch block.kind {
            case .blockQuote:
                ranges.append(block.range)
            case .paragraph(let content):
                if let first = content.segments.first,
                   Self.isChatHeader(first, in: source.bytes) || Self.isUpdateBlock(content, in: source.bytes) {
                    ranges.append(block.range)
                }
            case .list, .listItem:
                stack.append(contentsOf: block.children.reversed())
            default:
                continue
            }
        }
        self.ranges = ranges
    }

    /// Whether the byte at `offset` lies in quoted material.
    public func contains(_ offset: Int) -> Bool {
        var low = 0
        var high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].upperBound <= offset { low = middle + 1 } else { high = middle }
        }
        return low < ranges.count && ranges[low].contains(offset)
    }

    /// `name [1:46 PM]`, `@name [07:16 AM]`, `name   [3 hours ago]`: one to three words, then a
    /// time of day or a relative time in brackets, and nothing after.
    static func isChatHeader(_ line: Range<Int>, in bytes: [UInt8]) -> Bool {
        guard let open = bytes[line].firstIndex(of: UInt8(ascii: "[")), open > line.lowerBound,
              let close = bytes[open..<line.upperBound].firstIndex(of: UInt8(ascii: "]")),
              bytes[(close + 1)..<line.upperBound].allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") })
        else { return false }
        let name = bytes[line.lowerBound..<open].split(separator: UInt8(ascii: " "))
        guard (1...3).contains(name.count) else { return false }
        return isChatTime(String(decoding: bytes[(open + 1)..<close], as: UTF8.self))
    }

    /// `1:46 PM`, `07:16`, `3 hours ago`, `yesterday`.
    private static func isChatTime(_ text: String) -> Bool {
        let lower = text.lowercased().trimmingSpaces
        if lower.hasSuffix(" ago") || lower == "yesterday" || lower == "just now" { return true }
        var clock = Substring(lower)
        for suffix in [" am", " pm", "am", "pm"] where clock.hasSuffix(suffix) {
            clock = clock.dropLast(suffix.count)
            break
        }
        let parts = clock.split(separator: ":", omittingEmptySubsequences: false)
        return (2...3).contains(parts.count) && parts.allSatisfy { (1...2).contains($0.count) && $0.allSatisfy(\.isNumber) }
    }

    /// A paragraph that is a status page's update: its label line, then the update.
    static func isUpdateBlock(_ content: InlineContent, in bytes: [UInt8]) -> Bool {
        guard content.segments.count > 1, let first = content.segments.first else { return false }
        return isUpdateLabel(first, in: bytes)
    }

    /// A line that is one bracketed status-page label and nothing else, heading the lines of
    /// its paragraph: dated (`[Update - 2024-05-02 10h00 UTC]`) or naming a stage of a status
    /// page (`[Resolved]`, `[Final message]`, `[edit]`).
    static func isUpdateLabel(_ line: Range<Int>, in bytes: [UInt8]) -> Bool {
        guard line.count >= 4, bytes[line.lowerBound] == UInt8(ascii: "["), bytes[line.upperBound - 1] == UInt8(ascii: "]") else { return false }
        let inner = bytes[(line.lowerBound + 1)..<(line.upperBound - 1)]
        guard inner.count <= 80, !inner.contains(UInt8(ascii: "[")), !inner.contains(UInt8(ascii: "]")) else { return false }
        if inner.contains(where: { $0 &- UInt8(ascii: "0") < 10 }) { return true }
        let words = String(decoding: inner, as: UTF8.self).lowercased().split { !$0.isLetter }
        return words.contains { statusPageWords.contains(String($0)) }
    }

    /// The stages and notices of status-page updates.
    private static let statusPageWords: Set<String> = [
        "update", "updated", "message", "initial", "final", "resolved", "monitoring", "identified", "investigating", "issue",
        "edit", "edited", "scheduled", "completed", "notice", "postmortem", "open", "opened", "close", "closed",
    ]
}
