import Foundation
import MarkdownSyntax
import PostmortemModel

/// The owners and handles written in the postmortems of the workspace folders, for owner
/// completion. Read on first use and again when older than a minute, so a large workspace
/// is not read on every keystroke.
final class WorkspaceOwners {
    private let folders: [String]
    private var cached: [String: Int] = [:]
    private var readAt: Date?

    /// Limits that keep the first completion quick in a huge repository.
    private static let maximumFiles = 2_000
    private static let maximumFileSize = 1_000_000

    init(folders: [String]) {
        self.folders = folders
    }

    /// How often each owner is named.
    func counts() -> [String: Int] {
        if let readAt, Date().timeIntervalSince(readAt) < 60 { return cached }
        var counts: [String: Int] = [:]
        var files = 0
        for folder in folders {
            let entries = FileManager.default.enumerator(at: URL(fileURLWithPath: folder), includingPropertiesForKeys: [.fileSizeKey],
                                                         options: [.skipsHiddenFiles, .skipsPackageDescendants])
            while let url = entries?.nextObject() as? URL, files < Self.maximumFiles {
                guard ["md", "markdown"].contains(url.pathExtension.lowercased()),
                      (try? url.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? .max <= Self.maximumFileSize,
                      let data = FileManager.default.contents(atPath: url.path), let source = try? SourceText(utf8: data) else { continue }
                files += 1
                for owner in Self.owners(in: PostmortemDocument(markdown: MarkdownDocument(parsing: source))) { counts[owner, default: 0] += 1 }
            }
        }
        cached = counts
        readAt = Date()
        return counts
    }

    /// The action items' owners and the document owner of one postmortem.
    static func owners(in document: PostmortemDocument) -> [String] {
        let named = document.actionItems.compactMap { $0.owner?.value } + [document.metadata[.owner]?.value].compactMap { $0 }
        return named.filter { !$0.isEmpty }
    }
}
