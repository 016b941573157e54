#!/bin/sh
# `pmlint report` against `pmlint lint` on the same documents, side by side in one run with
# a release build: generates an archive (default 10,000 documents over two years), then runs
# lint and report alternately, three times each, and prints each run's wall and CPU seconds,
# peak memory, and the report's size. The issue asks report ≤ 1.5 × lint and < 10 MB.
#     Benchmarks/report-vs-lint.sh [DOCUMENTS] [FOLDER]
# FOLDER (an existing folder of postmortems) is measured instead of a generated archive.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
[ -x /usr/bin/time ] || { echo "report-vs-lint.sh: needs GNU time (apt-get install time)" >&2; exit 2; }
documents=${1:-10000}
build="swift build -c release --scratch-path .build-release"
$build >/dev/null
pmlint="$($build --show-bin-path)/pmlint"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ -n "${2:-}" ]; then
    folder=$(cd "$2" && pwd)
else
    folder="$work/postmortems"
    python3 Tests/IntegrationTests/Scripts/generate-archive.py "$folder" --documents "$documents" --end 2024-12-31
fi
echo "$(find "$folder" -name '*.md' | wc -l) documents, $(du -sh "$folder" | cut -f1)"
for run in 1 2 3; do
    /usr/bin/time -f "lint   run $run: %e s wall, %U+%S s CPU, %M KB peak" "$pmlint" lint "$folder" >/dev/null || true
    SOURCE_DATE_EPOCH=1735689600 /usr/bin/time -f "report run $run: %e s wall, %U+%S s CPU, %M KB peak" \
        "$pmlint" report "$folder" --output "$work/report.html" || true
done
echo "report: $(wc -c <"$work/report.html") bytes"
