#!/usr/bin/env bash
# Check a one-folder build: the frozen app's GUI smoke test and a headless signed report, offline.
set -euo pipefail
DIST=${1:?usage: dist-check.sh dist/model-strategy-studio}
APP="$DIST/model-strategy"
WORK=$(mktemp -d)
export MSS_CACHE_DIR="$WORK/cache" MSS_DATA_DIR="$WORK/data" QT_QPA_PLATFORM=offscreen
# unshare -n needs root (CI has it); elsewhere the check runs without the namespace and says so.
if unshare -n true 2>/dev/null; then OFFLINE="unshare -n"; else OFFLINE=""; echo "note: unshare -n unavailable"; fi
SAMPLE="$DIST/_internal/resources/samples/de-manufacturing-sme.json"
$OFFLINE "$APP" kb info
$OFFLINE "$APP" gui --smoke-test
if "$APP" identity --help >/dev/null 2>&1; then
  printf 'dist-check passphrase\n' > "$WORK/pass"
  $OFFLINE "$APP" identity create --name "Dist Check" --organization "Model Strategy Studio" --out "$WORK/id.p12" --passphrase-file "$WORK/pass"
  $OFFLINE "$APP" report "$SAMPLE" -o "$WORK/report.pdf" --identity "$WORK/id.p12" --passphrase-file "$WORK/pass"
  $OFFLINE "$APP" verify "$WORK/report.pdf"
fi
echo "dist-check ok"
