import Foundation
import Testing

/// Neither program may run anything a document or configuration names, or open the network.
/// Both are plain Swift over the C library, so any way to do either would have to show up
/// as one of these calls in `Sources/`.
@Suite("Security")
struct SecurityTests {
    static let forbidden = ["Process(", "posix_spawn", "system(", "popen(", "execv", "execl", "fork(", "dlopen(",
                            "URLSession", "socket(", "connect(", "getaddrinfo", "Data(contentsOf", "String(contentsOf"]

    @Test("no source file can start a process, load code or open a connection")
    func noExecutionOrNetwork() throws {
        let sources = RegressionCorpusTests.files(under: "Sources").filter { $0.pathExtension == "swift" }
        #expect(sources.count > 100)
        for file in sources {
            let text = try String(contentsOf: file, encoding: .utf8)
            for token in Self.forbidden where text.contains(token) {
                Issue.record("\(file.lastPathComponent) uses \(token)")
            }
        }
    }

    @Test("the scan does see a forbidden call")
    func scanCanFail() {
        #expect(Self.forbidden.contains { "let task = Process()".contains($0) })
    }
}
