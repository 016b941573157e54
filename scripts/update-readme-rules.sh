#!/usr/bin/env bash
# Rewrites the rule table in README.md from the rules themselves (`pmlint rules --format markdown`).
set -euo pipefail
cd "$(dirname "$0")/.."
table=$(swift run --quiet pmlint rules --format markdown)
python3 - "$table" <<'PY'
import sys
table = sys.argv[1]
text = open("README.md", encoding="utf-8").read()
begin, end = "<!-- pmlint-rules:begin -->", "<!-- pmlint-rules:end -->"
start, stop = text.index(begin) + len(begin), text.index(end)
open("README.md", "w", encoding="utf-8").write(text[:start] + "\n" + table + "\n" + text[stop:])
PY
