#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#else
import Darwin
#endif

/// Replaces a file's contents without ever leaving it half written: the new bytes go to a
/// temporary file in the target's own folder (same file system, so `rename` is atomic),
/// which takes the original's mode and then replaces the target. A symlink is followed, so
/// the link stays a link and its target changes. A file that changed since it was read is
/// left alone: someone else's edit is never overwritten.
enum SafeFileWriter {
    static func replace(_ path: String, readAs original: FileSystem.Snapshot, with bytes: [UInt8]) throws(CommandError) {
        let target = FileSystem.realPath(path) ?? path
        try ensureUnchanged(target, since: original)
        let folder = target.lastIndex(of: "/").map { String(target[..<$0]) } ?? "."
        var template = Array((folder + "/.pmlint-fix-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw CommandError("cannot create a temporary file next to it: \(FileSystem.errorText())") }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var renamed = false
        defer { if !renamed { unlink(temporary) } }
        let written = Result { () throws(CommandError) in try fill(fd, with: bytes, mode: original.mode) }
        close(fd)
        try written.get()
        try ensureUnchanged(target, since: original)
        guard rename(temporary, target) == 0 else { throw CommandError("cannot replace the file: \(FileSystem.errorText())") }
        renamed = true
    }

    /// Writes a new file; one that already exists is never touched.
    static func create(_ path: String, with bytes: [UInt8]) throws(CommandError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw CommandError(errno == EEXIST ? "already exists; not overwritten" : FileSystem.errorText())
        }
        defer { close(fd) }
        try writeAll(bytes, to: fd)
    }

    private static func ensureUnchanged(_ target: String, since original: FileSystem.Snapshot) throws(CommandError) {
        var info = stat()
        guard stat(target, &info) == 0, FileSystem.Identity(info) == original.identity else {
            throw CommandError("changed since it was read; not fixed")
        }
    }

    private static func fill(_ fd: Int32, with bytes: [UInt8], mode: mode_t) throws(CommandError) {
        try writeAll(bytes, to: fd)
        guard fchmod(fd, mode) == 0, fsync(fd) == 0 else { throw CommandError("cannot write: \(FileSystem.errorText())") }
    }

    private static func writeAll(_ bytes: [UInt8], to fd: Int32) throws(CommandError) {
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw CommandError("cannot write: \(FileSystem.errorText())") }
            done += n
        }
    }
}
