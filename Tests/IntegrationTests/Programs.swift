import Foundation
import Testing

/// Where the tests find the repository, this package's built executables and the editors.
enum Programs {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    static let scripts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Scripts").path

    /// A product of this package: next to the test bundle, as `swift test` builds it.
    static func built(_ name: String) -> String {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(name).path
        return FileManager.default.isExecutableFile(atPath: besideTests) ? besideTests : repository + "/.build/debug/" + name
    }

    /// The test's PATH with the folder of the built `pmlint` and `pmlint-lsp` first, so that
    /// set-ups that name them without a folder, as the README's do, find these.
    static var pathWithBuiltProducts: String {
        (built("pmlint-lsp") as NSString).deletingLastPathComponent + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "")
    }

    /// The first executable called `name` on PATH, as a shell would find it.
    static func onPath(_ name: String) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        return folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static let neovim = onPath("nvim")
    static let emacs = onPath("emacs")
    static let vim = onPath("vim")
    static let git = onPath("git")
    static let python = onPath("python3")
    /// Debian's package installs `chromium`; other systems name it differently.
    static let chromium = ["chromium", "chromium-browser", "google-chrome"].lazy.compactMap(onPath).first

    /// Whether Python can run pre-commit (`python3 -m pre_commit`, which needs no console script on PATH).
    static let hasPreCommit: Bool = {
        guard let python else { return false }
        return (try? run(python, ["-c", "import pre_commit"]))?.status == 0
    }()

    /// Whether Vim can load ALE as the README's snippet does (`packadd ale`), with the jobs
    /// and timers ALE needs.
    static let vimHasALE: Bool = {
        guard let vim else { return false }
        let probe = try? run(vim, ["-N", "-i", "NONE", "-u", "NONE", "-es", "-c",
                                   "if has('job') && has('timers') | packadd ale | if exists('g:loaded_ale') | qall! | endif | endif | cquit!"])
        return probe?.status == 0
    }()

    /// Whether Emacs has the package `library` (Eglot is built in from 29; Debian's elpa-eglot
    /// and elpa-lsp-mode before), once the installed packages are activated as at start-up.
    static func emacsHas(_ library: String) -> Bool {
        guard let emacs else { return false }
        let probe = try? run(emacs, ["--batch", "--eval", "(progn (package-activate-all) (kill-emacs (if (locate-library \"\(library)\") 0 1)))"])
        return probe?.status == 0
    }
}

/// What a finished program left behind.
struct Finished {
    let status: Int32
    /// Standard output and standard error, interleaved as written.
    let output: String
}

/// Runs a program to its end (killed after `timeout` seconds, which fails the test), with
/// the test's environment plus `environment`.
func run(_ executable: String, _ arguments: [String], in folder: String? = nil, environment: [String: String] = [:],
         timeout: TimeInterval = 120) throws -> Finished {
    let log = FileManager.default.temporaryDirectory.appendingPathComponent("pmlint-editor-\(UUID().uuidString).log")
    try #require(FileManager.default.createFile(atPath: log.path, contents: nil), "cannot create \(log.path)")
    defer { try? FileManager.default.removeItem(at: log) }
    let handle = try FileHandle(forWritingTo: log)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = handle
    process.standardError = handle
    let ended = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in ended.signal() }
    try process.run()
    if ended.wait(timeout: .now() + timeout) == .timedOut {
        process.terminate()
        ended.wait()
        Issue.record("\(executable) \(arguments.joined(separator: " ")) did not finish in \(Int(timeout)) s")
    }
    try handle.close()
    return Finished(status: process.terminationStatus, output: String(decoding: try Data(contentsOf: log), as: UTF8.self))
}
