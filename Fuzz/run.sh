#!/usr/bin/env bash
# Builds and runs one libFuzzer target: Fuzz/run.sh lint|lsp [SECONDS] [extra libFuzzer flags]
# (SECONDS 0 only builds; a file as extra flag replays that one input.)
#   lint  arbitrary bytes through parser, model, every rule (both profiles) and every fix
#   lsp   arbitrary byte streams through the language server's frame reader and dispatcher
# The package's modules are compiled straight with swiftc, instrumented for coverage and
# address sanitizer, into .build-fuzz/ (ignored by git; `swift build` never sees Fuzz/).
# The growing corpus lives in .build-fuzz/corpus-TARGET; it starts from the fixtures and the
# regression corpus. A crash, hang (> 10 s) or broken invariant is written to
# .build-fuzz/artifacts-TARGET/; copy it into Fixtures/fuzz-regressions/TARGET/ once fixed so
# that `swift test` replays it.
set -euo pipefail
target=${1:?usage: Fuzz/run.sh lint|lsp [SECONDS] [libFuzzer flags...]}
seconds=${2:-60}
shift $(( $# >= 2 ? 2 : 1 ))
root=$(cd "$(dirname "$0")/.." && pwd)
out=$root/.build-fuzz
mkdir -p "$out/modules" "$out/artifacts-$target" "$out/corpus-$target"
flags=(-sanitize=fuzzer,address -O -g -I "$out/modules")

earlier=()  # the objects of the modules before this one, which it may import
module() {  # module NAME: one whole-module object and its interface, rebuilt when out of date
    local name=$1 object=$out/modules/$1.o
    local sources; sources=$(find "$root/Sources/$name" -name '*.swift' | sort)
    local newer=false dependency
    for dependency in "${earlier[@]}"; do [[ $dependency -nt $object ]] && newer=true; done
    earlier+=("$object")
    if ! $newer && [[ -f $object ]] && [[ -z $(find "$root/Sources/$name" -name '*.swift' -newer "$object") ]]; then return; fi
    echo "compiling $name" >&2
    # shellcheck disable=SC2086
    swiftc "${flags[@]}" -wmo -parse-as-library -module-name "$name" -emit-module \
        -emit-module-path "$out/modules/$name.swiftmodule" -c $sources -o "$object"
}

case $target in
lint)
    modules=(MarkdownSyntax PostmortemModel LintEngine)
    harness=("$root/Fuzz/LintFuzzer.swift" "$root/Tests/RobustnessTests/LintInvariants.swift")
    seeds=("$root/Fixtures/clean" "$root/Fixtures/broken" "$root/Fixtures/fix")
    # Every execution lints the input and its fixed versions with every rule under address
    # sanitizer, about 10 ms plus 5 ms per KB: 2 KB keeps it near 50 a second, and parser and
    # rule bugs show in small inputs (longer seeds are cut to it).
    options=(-max_len=2048 -dict="$root/Fuzz/markdown.dict")
    ;;
lsp)
    modules=(MarkdownSyntax PostmortemModel LintEngine LSPTypes JSONRPC LanguageServer)
    harness=("$root/Fuzz/ServerFuzzer.swift" "$root/Tests/RobustnessTests/ServerHarness.swift")
    seeds=("$root/Fuzz/lsp-seeds")
    # The server logs every bad frame on standard error; libFuzzer's own report survives.
    options=(-max_len=16384 -dict="$root/Fuzz/lsp.dict" -close_fd_mask=2)
    ;;
*) echo "unknown target $target (lint or lsp)" >&2; exit 2 ;;
esac
[[ -d $root/Fixtures/fuzz-regressions/$target ]] && seeds+=("$root/Fixtures/fuzz-regressions/$target")

for name in "${modules[@]}"; do module "$name"; done
objects=(); for name in "${modules[@]}"; do objects+=("$out/modules/$name.o"); done
echo "linking $target-fuzzer" >&2
swiftc "${flags[@]}" -use-ld=lld -parse-as-library -module-name "${target^}Fuzz" "${harness[@]}" "${objects[@]}" -o "$out/$target-fuzzer"
[[ $seconds == 0 ]] && exit 0

cd "$out"
# The Swift runtime's own crash backtracer fights the address sanitizer's report.
export SWIFT_BACKTRACE=enable=no
exec "./$target-fuzzer" "${options[@]}" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$out/artifacts-$target/" "$@" "$out/corpus-$target" "${seeds[@]}"
