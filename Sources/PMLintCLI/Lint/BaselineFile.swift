import LintEngine

/// Where `--baseline` / `--write-baseline` keep their findings.
struct BaselineFile {
    /// As the user wrote it, for messages.
    let path: String
    let absolutePath: String

    init(_ path: String, currentDirectory: String) {
        self.path = path
        absolutePath = PathName.absolute(path, in: currentDirectory)
    }

    func read() throws(CommandError) -> Baseline {
        let bytes: [UInt8]
        do throws(CommandError) {
            bytes = try FileSystem.readFile(absolutePath).bytes
        } catch {
            throw CommandError("\(path): \(error.description)")
        }
        return try Baseline(json: bytes, path: path, folder: PathName.parent(of: absolutePath))
    }

    /// Records `files` and writes the baseline (atomically when it replaces an older one).
    func write(_ files: [FileReport]) throws(CommandError) -> Baseline {
        let baseline = Baseline(recording: files, folder: PathName.parent(of: absolutePath))
        let bytes = Array(baseline.json.utf8)
        do throws(CommandError) {
            if FileSystem.kind(of: absolutePath) == .missing {
                try SafeFileWriter.create(absolutePath, with: bytes)
            } else {
                try SafeFileWriter.replace(absolutePath, readAs: try FileSystem.readFile(absolutePath), with: bytes)
            }
        } catch {
            throw CommandError("\(path): \(error.description)")
        }
        return baseline
    }
}
