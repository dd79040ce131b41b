#!/usr/bin/env bash
# Render an eval HTML report headless and save a PNG, to check how it looks.
#   scripts/screenshot_report.sh REPORT.html [OUT.png] [WIDTH,HEIGHT]
# Needs Chromium (Debian: apt-get install -y chromium).
set -euo pipefail

report=${1:?usage: scripts/screenshot_report.sh REPORT.html [OUT.png] [WIDTH,HEIGHT]}
out=${2:-/tmp/report.png}
size=${3:-1400,2000}
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [[ -z $browser ]]; then
    echo "error: no Chromium found; install it with  apt-get install -y chromium" >&2
    exit 1
fi
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
"$browser" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$profile" \
    --screenshot="$out" --window-size="$size" "file://$(realpath "$report")" 2>/dev/null
echo "$out"
