/// libFuzzer entry point: arbitrary bytes → SourceText → parser → model → every rule in one
/// of the two profiles → the fix loop, checked by `LintInvariants` (Tests/RobustnessTests). A broken
/// invariant aborts, so libFuzzer saves the input as a crash. Built by `Fuzz/run.sh lint`.
@_cdecl("LLVMFuzzerTestOneInput")
public func lintFuzzerTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    // One profile per input, picked by its length: half the work per execution, and the
    // mutator, which changes lengths all the time, still reaches both.
    let configuration = LintInvariants.configurations[size % LintInvariants.configurations.count]
    let problems = LintInvariants.violations(for: Array(UnsafeBufferPointer(start: data, count: size)), with: configuration)
    if !problems.isEmpty { fatalError(problems.joined(separator: "\n")) }
    return 0
}
