#!/bin/sh
# pmlint's benchmark, one command from a fresh clone: builds release binaries, installs the peer
# linters (rumdl, pymarkdownlnt) into a private virtual environment, then measures.
# Arguments go to the benchmark: --json for tracking, --documents N for a smaller corpus, --help.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

[ -x /usr/bin/time ] || { echo "Benchmarks/run.sh: peak memory needs GNU time (apt-get install time)" >&2; exit 2; }

# The Swift runtime is linked statically: it saves the dynamic loader's work at every start.
# The build log is shown only when the build fails (static Foundation's linker notes are noise).
build="swift build -c release --static-swift-stdlib --scratch-path .build-release"
echo "Building release binaries…" >&2
log=$(mktemp)
$build >"$log" 2>&1 || { cat "$log" >&2; rm -f "$log"; exit 2; }
rm -f "$log"
binaries=$($build --show-bin-path)

venv="$root/.venv-bench"
if [ ! -x "$venv/bin/rumdl" ] || [ ! -x "$venv/bin/pymarkdown" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet rumdl pymarkdownlnt >&2
fi

cd "$root/Benchmarks"
exec python3 -m pmbench --binaries "$binaries" --venv "$venv" --fixtures "$root/Fixtures" "$@"
