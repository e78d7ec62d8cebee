#!/usr/bin/env bash
# Regenerates the Word fixtures in tests/fixtures/word/ (see its README.md):
#
#   1. the .docx files the writer makes (sopgen_synth::wordgen, seeds in
#      tests/suite/wordgen/benih.rs): dinsos-ntb, dpmd-nganjuk, dinsos-selayar;
#   2. dkp-jambi.doc: the writer's dkp-jambi.docx saved by LibreOffice as
#      Word 97;
#   3. dispersip-balangan.docx: the hand-written dispersip-balangan.fodt
#      saved by LibreOffice as Word 2007-365.
#
# Needs cargo and LibreOffice (soffice). The tests need neither LibreOffice
# nor this script: they read the committed files.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=tests/fixtures/word
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
WORDGEN_OUT="$tmp" cargo test --quiet --test suite -- --ignored wordgen::regenerate_fixtures
for name in dinsos-ntb dpmd-nganjuk dinsos-selayar; do
  cp "$tmp/$name.docx" "$out/$name.docx"
done
lo() { soffice "-env:UserInstallation=file://$tmp/profile" --headless "$@" >/dev/null; }
lo --convert-to 'doc:MS Word 97' --outdir "$tmp/doc" "$tmp/dkp-jambi.docx"
cp "$tmp/doc/dkp-jambi.doc" "$out/dkp-jambi.doc"
lo --convert-to 'docx:MS Word 2007 XML' --outdir "$tmp/fodt" "$out/dispersip-balangan.fodt"
cp "$tmp/fodt/dispersip-balangan.docx" "$out/dispersip-balangan.docx"
echo "tests/fixtures/word/ regenerated"
