#!/usr/bin/env bash
# Renders a report.html in headless Chromium and saves a screenshot, checking that it is not blank.
# Usage: training/render-report.sh REPORT_DIR/report.html OUT.png [WIDTHxHEIGHT]
set -euo pipefail
html=${1:?usage: render-report.sh REPORT.html OUT.png [WIDTHxHEIGHT]}
out=${2:?usage: render-report.sh REPORT.html OUT.png [WIDTHxHEIGHT]}
size=${3:-1200x2400}
chromium=$(command -v chromium || command -v chromium-browser || true)
[ -n "$chromium" ] || { echo "render-report: chromium not installed (Debian package 'chromium')" >&2; exit 2; }
[ -f "$html" ] || { echo "render-report: $html: no such file" >&2; exit 2; }
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
abs=$(cd "$(dirname "$html")" && pwd)/$(basename "$html")
"$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --disable-sync --no-first-run --hide-scrollbars --user-data-dir="$profile" \
  --screenshot="$out" --window-size="${size/x/,}" "file://$abs" >/dev/null 2>&1
bytes=$(stat -c %s "$out")
[ "$bytes" -gt 30000 ] || { echo "render-report: $out is only $bytes bytes: the page did not render" >&2; exit 1; }
echo "render-report: $out ($bytes bytes)"
