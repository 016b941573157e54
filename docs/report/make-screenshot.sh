#!/bin/sh
# Makes docs/report/report.png: generates a made-up two-year archive of 400 postmortems,
# renders its `pmlint report` and takes a screenshot of the page's top in headless Chromium.
# Needs python3 and chromium (Debian: apt-get install chromium). The same sources give the
# same page (SOURCE_DATE_EPOCH and --today are fixed).
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
command -v chromium >/dev/null 2>&1 || { echo "make-screenshot.sh: chromium is not on PATH (apt-get install chromium)" >&2; exit 2; }
swift build --product pmlint >/dev/null
pmlint="$(swift build --show-bin-path)/pmlint"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 Tests/IntegrationTests/Scripts/generate-archive.py "$work/postmortems" --documents 400 --end 2024-12-31
(cd "$work" && SOURCE_DATE_EPOCH=1735689600 "$pmlint" report postmortems --today 2025-01-15 --output report.html)
# --no-sandbox: Chromium's sandbox refuses to start as root, as in CI containers.
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
    --window-size=1200,1500 --screenshot="$root/docs/report/report.png" "file://$work/report.html" >/dev/null 2>&1
echo "wrote docs/report/report.png ($(wc -c <"$root/docs/report/report.png") bytes)"
