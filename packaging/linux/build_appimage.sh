#!/usr/bin/env bash
# Build Afterview-<version>-x86_64.AppImage from the one-folder bundle. Meant for hosted CI, which downloads
# appimagetool (it is not a distribution package); point APPIMAGETOOL at it.
#
#   APPIMAGETOOL=./appimagetool packaging/linux/build_appimage.sh [BUNDLE_DIR] [OUT_DIR]
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUNDLE=$(realpath "${1:-$ROOT/dist/afterview}")
OUT=$(realpath -m "${2:-$ROOT/dist}")
PYTHON=${PYTHON:-python3}
APPIMAGETOOL=${APPIMAGETOOL:-appimagetool}

[[ -x "$BUNDLE/afterview" ]] || { echo "build_appimage.sh: $BUNDLE/afterview is missing" >&2; exit 2; }
VERSION=$("$PYTHON" -c 'import sys, tomllib; print(tomllib.load(open(sys.argv[1], "rb"))["project"]["version"])' \
    "$ROOT/pyproject.toml")

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
APPDIR="$WORK/Afterview.AppDir"
install -d "$APPDIR/usr/lib/afterview" "$APPDIR/usr/share/applications"
cp -a "$BUNDLE/." "$APPDIR/usr/lib/afterview/"
# TryExec would hide the entry wherever `afterview` is not on PATH, which is the AppImage's normal case
sed '/^TryExec=/d' "$ROOT/packaging/linux/afterview.desktop" > "$APPDIR/afterview.desktop"
install -m 644 "$APPDIR/afterview.desktop" "$APPDIR/usr/share/applications/afterview.desktop"
install -m 644 "$ROOT/resources/icons/afterview-256.png" "$APPDIR/afterview.png"
install -D -m 644 "$ROOT/resources/icons/afterview-256.png" "$APPDIR/usr/share/icons/hicolor/256x256/apps/afterview.png"
ln -s afterview.png "$APPDIR/.DirIcon"
cat > "$APPDIR/AppRun" <<'EOF'
#!/bin/sh
HERE=$(dirname "$(readlink -f "$0")")
exec "$HERE/usr/lib/afterview/afterview" "$@"
EOF
chmod 755 "$APPDIR/AppRun"

mkdir -p "$OUT"
IMAGE="$OUT/Afterview-$VERSION-x86_64.AppImage"
# extract-and-run: hosted runners have no FUSE for mounting appimagetool itself
ARCH=x86_64 APPIMAGE_EXTRACT_AND_RUN=1 "$APPIMAGETOOL" --no-appstream "$APPDIR" "$IMAGE" >/dev/null
echo "$IMAGE"
