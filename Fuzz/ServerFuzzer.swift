/// libFuzzer entry point: arbitrary bytes as the whole standard input of an in-process
/// language server (frame reader, input thread, dispatcher, every handler), checked by
/// `ServerHarness` (Tests/RobustnessTests). Built by `Fuzz/run.sh lsp`.
@_cdecl("LLVMFuzzerTestOneInput")
public func serverFuzzerTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let problems = ServerHarness.violations(for: Array(UnsafeBufferPointer(start: data, count: size)))
    if !problems.isEmpty { fatalError(problems.joined(separator: "\n")) }
    return 0
}
