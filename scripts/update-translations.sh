#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources (app, widgets, models). A string that moved to another
# translator context keeps its translation (scripts/carry-translations.py); then translate the Korean
# entries that are still unfinished (tests/core/tst_translations fails until you do).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
cd "$ROOT"
# First with the vanished entries kept, so that moved strings can take their old translation...
"$LUPDATE" -locations none -source-language en -I "$ROOT" app widgets models -ts translations/opsconsole_ko.ts \
  -target-language ko "$@" >/dev/null
python3 scripts/carry-translations.py translations/opsconsole_ko.ts
# ...then without them.
"$LUPDATE" -no-obsolete -locations none -source-language en -I "$ROOT" app widgets models \
  -ts translations/opsconsole_ko.ts -target-language ko "$@"
"$LUPDATE" -no-obsolete -locations none -source-language en -pluralonly -I "$ROOT" app widgets models \
  -ts translations/opsconsole_en.ts -target-language en "$@"
