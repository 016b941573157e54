@testable import LintEngine

/// Prose read from plain text as one block, the way the extractor reads a paragraph whose
/// inline parse is all text.
func prose(_ text: String) -> Prose {
    let bytes = Array(text.utf8)
    return Prose(source: bytes, pieces: [.text(0..<bytes.count)])
}

/// The text each hit of `phrases` covers in `text`, as written.
func matchedTexts(_ phrases: [String], in text: String, exceptions: [String] = []) -> [String] {
    let book = PhraseBook(groups: [PhraseGroup("{phrase}", phrases)], exceptions: exceptions)
    let words = prose(text)
    return book.hits(in: words).map { hit in
        let range = words.range(of: hit.match)
        return String(decoding: Array(text.utf8)[range], as: UTF8.self)
    }
}
