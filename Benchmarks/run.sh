#!/bin/sh
# pmlint's benchmark, one command from a fresh clone: builds release binaries, installs the peer
# linters (rumdl, pymarkdownlnt) into a private virtual environment, then measures.
# Arguments go to the benchmark: --json for tracking, --documents N for a smaller corpus, --help.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

# The Swift runtime is linked statically: it saves the dynamic loader's work at every start.
build="swift build -c release --static-swift-stdlib --scratch-path .build-release"
$build >&2
binaries=$($build --show-bin-path)

venv="$root/.venv-bench"
if [ ! -x "$venv/bin/rumdl" ] || [ ! -x "$venv/bin/pymarkdown" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet rumdl pymarkdownlnt >&2
fi

cd "$root/Benchmarks"
exec python3 -m pmbench --binaries "$binaries" --venv "$venv" --fixtures "$root/Fixtures" "$@"
