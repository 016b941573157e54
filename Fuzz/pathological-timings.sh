#!/usr/bin/env bash
# Times a release `pmlint` (every rule on, opt-in ones too) on the hostile documents of
# issue 8 at their full size (Tests/RobustnessTests/PathologicalLintTests lints smaller cuts
# in a debug build) and at 2x and 4x, to show that lint time grows linearly.
# Usage: Fuzz/pathological-timings.sh [pmlint executable]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
pmlint=${1:-$root/.build/release/pmlint}
[[ -x $pmlint ]] || (cd "$root" && swift build -c release --product pmlint)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
rules=$("$pmlint" rules | awk '$1 ~ /^PM[0-9]+$/ {printf "%s\"%s\": \"warning\"", sep, $1; sep=", "}')
echo "{\"rules\": {$rules}}" > "$work/.pmlint.json"
python3 - "$work" <<'PY'
import sys
work = sys.argv[1]
section = ("## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n| 13:02 | Alert fired; the on-call engineer was paged |\n\n"
           "## Summary\n\nThe cache failed and we should have noticed sooner. Customers saw errors for 50 minutes.\n\n"
           "- [ ] Add an alert — owner: @dana, due 2024-05-01\n\n> Quoted *emphasis* and `code` with é, 日本, 🔥.\n\n")
shapes = {
    "10MB-document": lambda k: section * (k * 10_000_000 // len(section.encode()) + 1),
    "100k-row-table": lambda k: "## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n" + "".join(
        f"| {r // 60 % 24:02}:{r % 60:02} | step {r} |\n" for r in range(k * 100_000)),
    "10k-nested-quotes": lambda k: "## Summary\n\n" + "> " * (k * 10_000) + "deep\n",
    "10k-nested-lists": lambda k: "## Summary\n\n" + "- " * (k * 10_000) + "deep\n",
    "1MB-line": lambda k: "## Summary\n\n" + "We should have caught it, a *human error* in `config` [here](x). " * (k * 16_000) + "\n",
    "100k-headings": lambda k: "## Summary\n\nText.\n\n" * (k * 100_000),
    "unclosed-fence": lambda k: "## Summary\n\n```\n" + "## Timeline\n\n- 13:02 alert fired\n\n" * (k * 20_000),
    "unclosed-comment": lambda k: "## Summary\n\n<!-- open\n" + "## Timeline\n\n- 13:02 alert fired\n\n" * (k * 20_000),
}
for name, make in shapes.items():
    for k in (1, 2, 4):
        open(f"{work}/{name}-{k}x.md", "w", encoding="utf-8").write(make(k))
PY
printf '%-20s %12s %12s %12s\n' document 1x 2x 4x
for name in 10MB-document 100k-row-table 10k-nested-quotes 10k-nested-lists 1MB-line 100k-headings unclosed-fence unclosed-comment; do
    row=$(printf '%-20s' "$name")
    for k in 1 2 4; do
        start=$(date +%s.%N)
        (cd "$work" && "$pmlint" --quiet --format json "$name-${k}x.md" > /dev/null) || true
        row+=$(printf ' %11.2fs' "$(echo "$(date +%s.%N) - $start" | bc)")
    done
    echo "$row"
done
