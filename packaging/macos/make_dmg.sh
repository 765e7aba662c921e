#!/usr/bin/env bash
# Pack dist/Afterview.app into a compressed disk image with an Applications shortcut to drag it onto.
#
#   packaging/macos/make_dmg.sh [APP] [OUT_DIR]      (defaults: dist/Afterview.app, dist)
#
# The app is ad-hoc signed by PyInstaller; signing with a Developer ID and notarising are separate steps.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
APP=${1:-$ROOT/dist/Afterview.app}
OUT=${2:-$ROOT/dist}
PYTHON=${PYTHON:-python3}

[[ -d "$APP/Contents/MacOS" ]] || { echo "make_dmg.sh: $APP is not an app bundle; run pyinstaller first" >&2; exit 2; }
VERSION=$("$PYTHON" -c 'import sys, tomllib; print(tomllib.load(open(sys.argv[1], "rb"))["project"]["version"])' \
    "$ROOT/pyproject.toml")

STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
# ditto keeps the bundle's symlinks, extended attributes and signature intact (cp -R may not)
ditto "$APP" "$STAGE/$(basename "$APP")"
ln -s /Applications "$STAGE/Applications"

mkdir -p "$OUT"
DMG="$OUT/Afterview-$VERSION-macos.dmg"
hdiutil create -volname "Afterview $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG" >/dev/null
hdiutil verify "$DMG" >/dev/null
echo "$DMG"
