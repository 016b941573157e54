/// libFuzzer entry point: arbitrary bytes → SourceText → parser → model → every rule in both
/// profiles → the fix loop, checked by `LintInvariants` (Tests/RobustnessTests). A broken
/// invariant aborts, so libFuzzer saves the input as a crash. Built by `Fuzz/run.sh lint`.
@_cdecl("LLVMFuzzerTestOneInput")
public func lintFuzzerTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let problems = LintInvariants.violations(for: Array(UnsafeBufferPointer(start: data, count: size)))
    if !problems.isEmpty { fatalError(problems.joined(separator: "\n")) }
    return 0
}
