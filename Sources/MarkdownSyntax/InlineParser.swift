/// Placeholder: the inline parser lands here.
struct InlineParser {
    let bytes: UnsafeBufferPointer<UInt8>
    let linkLabels: Set<String>

    func parse(_ content: InlineContent) -> [Inline] {
        content.segments.map { Inline(kind: .text, range: $0) }
    }

    static func comments(in content: InlineContent, bytes: UnsafeBufferPointer<UInt8>, linkLabels: Set<String>) -> [Range<Int>] {
        []
    }
}
