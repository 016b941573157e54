import JSONRPC
import LSPTypes
import PostmortemModel

extension LanguageServer {
    /// "+28 min" beside each timeline entry whose time is known, counted from the incident start.
    func inlayHints(_ params: InlayHintParams) throws(ResponseError) -> [InlayHint] {
        let (lint, converter) = try analysis(params.textDocument.uri)
        let timeline = lint.result.document.timeline
        let visible = converter.bytes(of: params.range)
        guard let start = timeline.metrics.start?.instant else { return [] }
        return timeline.entries.compactMap { entry in
            guard let instant = entry.instant, visible.overlaps(entry.timeRange) || visible.lowerBound == entry.timeRange.lowerBound else { return nil }
            return InlayHint(position: converter.position(of: entry.timeRange.upperBound),
                             label: TimelineText.offset(instant.seconds(since: start)), paddingLeft: true)
        }
    }

    /// On the title: time to detect, time to resolve, and the open action items.
    func codeLenses(_ params: DocumentParams) throws(ResponseError) -> [CodeLens] {
        let (lint, converter) = try analysis(params.textDocument.uri)
        let document = lint.result.document
        guard let title = document.allSections.first?.headingRange else { return [] }
        let metrics = document.timeline.metrics
        var parts: [String] = []
        if let ttd = metrics.timeToDetect { parts.append("TTD \(DurationText.describe(ttd))") }
        if let ttr = metrics.timeToResolve { parts.append("TTR \(DurationText.describe(ttr))") }
        let open = document.actionItems.filter(\.isOpen).count
        parts.append(open == 1 ? "1 open action item" : "\(open) open action items")
        return [CodeLens(range: converter.range(of: title), command: Command(title: parts.joined(separator: " · "), command: ""))]
    }

    /// Over a timeline time: the instant in UTC and its offset from the incident start.
    func timelineHover(at offset: Int, in document: PostmortemDocument) -> String? {
        let timeline = document.timeline
        guard let entry = timeline.entries.first(where: { $0.timeRange.contains(offset) }), let instant = entry.instant else { return nil }
        var text = "**\(instant.iso8601(includeDate: entry.isDateKnown))** UTC"
        if let start = timeline.metrics.start?.instant {
            text += ", \(TimelineText.offset(instant.seconds(since: start))) from the incident start"
        }
        if let kind = entry.kind { text += ", \(kind.rawValue)" }
        return text
    }
}

/// How the server writes times for people.
enum TimelineText {
    /// `+28 min`, `+2 h 5 min`, `-3 min`.
    static func offset(_ seconds: Int) -> String {
        (seconds < 0 ? "" : "+") + DurationText.describe(seconds)
    }
}
