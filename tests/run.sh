#!/usr/bin/env bash
# Every test of sopgen: the Rust unit and integration tests (the browser
# ones run Debian's `chromium` headless), then the JavaScript tests
# (node --test, with Chromium driven by playwright-core).
#
# Needs: cargo, node and npm, chromium (`apt-get install chromium`).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d tests/js/node_modules ]; then
  npm ci --prefix tests/js --no-audit --no-fund --loglevel=error
fi
cargo test "$@"
# The JavaScript tests use the binary cargo test just built.
node --test tests/js/
