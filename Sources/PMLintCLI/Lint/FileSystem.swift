import LintEngine
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#else
import Darwin
#endif

/// The few POSIX file operations linting needs, with errors as the one-line text users see.
enum FileSystem {
    enum Kind { case file, directory, missing, other }

    /// A file's bytes and the identity they were read with, so a later write can tell
    /// whether someone else changed the file in between.
    struct Snapshot {
        var bytes: [UInt8]
        var mode: mode_t
        var identity: Identity
    }

    struct Identity: Equatable {
        var device: UInt64
        var inode: UInt64
        var size: Int64
        var modifiedSeconds: Int
        var modifiedNanoseconds: Int

        init(_ info: stat) {
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
            size = Int64(info.st_size)
            modifiedSeconds = Int(info.st_mtim.tv_sec)
            modifiedNanoseconds = Int(info.st_mtim.tv_nsec)
        }
    }

    /// The text of the current `errno`, lower-cased as in the rest of pmlint's messages.
    static func errorText(_ code: Int32 = errno) -> String {
        let text = String(cString: strerror(code))
        return text.prefix(1).lowercased() + text.dropFirst()
    }

    /// What is at `path`, following symlinks.
    static func kind(of path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    /// Whether this process may read `path` (checked while walking, so that one unreadable
    /// file among many is skipped with a warning rather than failing the run).
    static func isReadable(_ path: String) -> Bool {
        access(path, R_OK) == 0
    }

    /// Device and inode of a folder, to walk each real folder once despite symlink loops.
    static func folderIdentity(_ path: String) -> [UInt64]? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return [UInt64(info.st_dev), UInt64(info.st_ino)]
    }

    static func readFile(_ path: String) throws(CommandError) -> Snapshot {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw CommandError(errorText()) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw CommandError(errorText()) }
        guard info.st_mode & S_IFMT != S_IFDIR else { throw CommandError(errorText(EISDIR)) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(info.st_size))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n >= 0 else { throw CommandError(errorText()) }
            if n == 0 { break }
            bytes += chunk[..<n]
        }
        return Snapshot(bytes: bytes, mode: info.st_mode & 0o7777, identity: Identity(info))
    }

    /// Creates `path` and the folders above it that are missing, like `mkdir -p`.
    static func createFolders(_ path: String) throws(CommandError) {
        guard kind(of: path) != .directory else { return }
        let parent = PathName.parent(of: path)
        if parent != path { try createFolders(parent) }
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else {
            throw CommandError("cannot create the folder \(path): \(errorText())")
        }
    }

    /// The names in a folder, sorted; nil when it cannot be read.
    static func list(_ path: String) -> [String]? {
        guard let directory = opendir(path) else { return nil }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    /// Where the symbolic link at `path` points, as written in the link; nil when `path` is
    /// not a symbolic link.
    static func linkTarget(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink(path, &buffer, buffer.count - 1)
        guard length >= 0 else { return nil }
        return String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The real file behind `path` (symlinks resolved), so `--fix` replaces the target and
    /// leaves the link a link.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
