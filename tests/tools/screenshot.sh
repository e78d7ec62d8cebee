#!/usr/bin/env bash
# Screenshots (PNG) or prints (PDF) a page of a built site in headless
# Chromium, for looking at layout by eye during development.
#
#   tests/tools/screenshot.sh public/dinsos-ntb/mekanisme-pengumpulan-data-kinerja/index.html out.png [WIDTHxHEIGHT]
#   tests/tools/screenshot.sh public/.../index.html out.pdf
set -euo pipefail
page=${1:?usage: screenshot.sh PAGE.html OUT.png|OUT.pdf [WIDTHxHEIGHT]}
out=${2:?usage: screenshot.sh PAGE.html OUT.png|OUT.pdf [WIDTHxHEIGHT]}
size=${3:-1366x2400}
chrome=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome)}
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
url="file://$(realpath "$page")"
flags=(--headless --no-sandbox --disable-gpu --disable-background-networking
  --disable-component-update --disable-sync --no-first-run --hide-scrollbars
  "--user-data-dir=$profile")
case "$out" in
  *.pdf) "$chrome" "${flags[@]}" --no-pdf-header-footer "--print-to-pdf=$out" "$url" ;;
  *) "$chrome" "${flags[@]}" "--window-size=${size/x/,}" "--screenshot=$out" "$url" ;;
esac 2>/dev/null
echo "$out"
