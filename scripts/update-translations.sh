#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources (app, widgets, models). Then translate the
# Korean entries that lupdate marks unfinished (tests/core/tst_translations fails until you do).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
cd "$ROOT"
"$LUPDATE" -no-obsolete -locations none -source-language en -I "$ROOT" app widgets models -ts translations/opsconsole_ko.ts \
  -target-language ko "$@"
"$LUPDATE" -no-obsolete -locations none -source-language en -pluralonly -I "$ROOT" app widgets models \
  -ts translations/opsconsole_en.ts -target-language en "$@"
