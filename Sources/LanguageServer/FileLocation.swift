import Foundation

/// Between the editor's document URIs and file-system paths.
enum FileLocation {
    /// The path of a `file:` URI; nil for other schemes (`untitled:`), which have no folder
    /// and so no configuration file.
    static func path(of uri: String) -> String? {
        guard let url = URL(string: uri), url.isFileURL else { return nil }
        return url.path
    }

    /// The `file:` URI of an absolute path; nil for anything else (such as "editor settings").
    static func uri(ofPath path: String) -> String? {
        guard path.hasPrefix("/") else { return nil }
        return URL(fileURLWithPath: path).absoluteString
    }
}
