#!/usr/bin/env bash
# Regenerates everything the documentation takes from the rules themselves: the rule table in
# README.md (`pmlint rules --format markdown`) and one page per rule in docs/rules/
# (`pmlint explain RULE --format markdown`). Run it after changing or adding a rule; the tests
# ReadmeRuleTableTests and RulePageTests fail until it has been run.
set -euo pipefail
cd "$(dirname "$0")/.."

swift build --product pmlint >/dev/null
pmlint=$(swift build --show-bin-path)/pmlint

rm -f docs/rules/PM*.md
for id in $("$pmlint" rules | awk '$1 ~ /^PM[0-9]+$/ { print $1 }'); do
  "$pmlint" explain "$id" --format markdown > "docs/rules/$id.md"
done

"$pmlint" rules --format markdown > docs/rules/.table
python3 - docs/rules/.table <<'PY'
import sys
table = open(sys.argv[1], encoding="utf-8").read().rstrip("\n")
text = open("README.md", encoding="utf-8").read()
begin, end = "<!-- pmlint-rules:begin -->", "<!-- pmlint-rules:end -->"
start, stop = text.index(begin) + len(begin), text.index(end)
open("README.md", "w", encoding="utf-8").write(text[:start] + "\n" + table + "\n" + text[stop:])
PY
rm docs/rules/.table
echo "docs/rules/: $(ls docs/rules | wc -l) pages; README.md rule table updated"
