/// Where the report's links to documents point: relative to the folder the page is
/// written to, so that the page and the documents can move together.
enum DocumentLinks {
    /// - Parameters:
    ///   - document: the document's absolute path (nil for standard input: no link target).
    ///   - shown: the path as the report shows it, used when the page goes to standard output.
    ///   - folder: the absolute folder of `--output`, nil for standard output.
    static func href(document: String?, shown: String, from folder: String?) -> String {
        guard let document, let folder else { return encode(shown) }
        let from = folder.split(separator: "/")
        let to = document.split(separator: "/")
        let common = zip(from, to).prefix { $0 == $1 }.count
        let parts = Array(repeating: "..", count: from.count - common) + to.dropFirst(common).map(String.init)
        return encode(parts.joined(separator: "/"))
    }

    /// Percent-encodes what a URL path cannot hold as written.
    private static func encode(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            let char = Character(Unicode.Scalar(byte))
            if byte < 0x80, char.isLetter || char.isNumber || "/._-~".contains(char) {
                out.append(char)
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return out
    }
}
