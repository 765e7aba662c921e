#!/usr/bin/env bash
# Build afterview_<version>_<arch>.deb and afterview-<version>-linux-<arch>.tar.gz from the one-folder bundle.
#
#   packaging/linux/build_deb.sh [BUNDLE_DIR] [OUT_DIR]      (defaults: dist/afterview, dist)
#
# The bundle goes to /opt/afterview, the launcher is the symlink /usr/bin/afterview (PyInstaller's
# bootloader resolves it to find its _internal folder), menu entry and icons go to the usual XDG places.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUNDLE=$(realpath "${1:-$ROOT/dist/afterview}")
OUT=$(realpath -m "${2:-$ROOT/dist}")
PYTHON=${PYTHON:-python3}

[[ -x "$BUNDLE/afterview" ]] || { echo "build_deb.sh: $BUNDLE/afterview is missing; run pyinstaller first" >&2; exit 2; }

VERSION=$("$PYTHON" -c 'import sys, tomllib; print(tomllib.load(open(sys.argv[1], "rb"))["project"]["version"])' \
    "$ROOT/pyproject.toml")
ARCH=$(dpkg --print-architecture)
# What the bundle needs from the system: PyInstaller bundles the X11/xcb, fontconfig, D-Bus and
# ICU libraries, but not libc, the GL/EGL vendor libraries or libwayland/libxcb (see its exclude list).
# libfontconfig1 is listed for its configuration and a default font. tests/packaging checks this list
# against the NEEDED entries of every ELF file in the bundle.
DEPENDS="libc6, libgl1, libegl1, libxcb1, libwayland-client0, libwayland-cursor0, libfontconfig1"
RECOMMENDS="libwayland-egl1, xdg-desktop-portal"

STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
PKG="$STAGE/afterview"

install -d "$PKG/opt/afterview" "$PKG/usr/bin" "$PKG/usr/share/applications" "$PKG/DEBIAN"
cp -a "$BUNDLE/." "$PKG/opt/afterview/"
ln -s /opt/afterview/afterview "$PKG/usr/bin/afterview"
install -m 644 "$ROOT/packaging/linux/afterview.desktop" "$PKG/usr/share/applications/afterview.desktop"
for size in 16 24 32 48 64 128 256 512; do
    install -D -m 644 "$ROOT/resources/icons/afterview-$size.png" \
        "$PKG/usr/share/icons/hicolor/${size}x${size}/apps/afterview.png"
done
install -D -m 644 "$ROOT/resources/icons/afterview.svg" "$PKG/usr/share/icons/hicolor/scalable/apps/afterview.svg"

cat > "$PKG/DEBIAN/control" <<EOF
Package: afterview
Version: $VERSION
Section: utils
Priority: optional
Architecture: $ARCH
Maintainer: Afterview maintainers <maintainers@afterview.invalid>
Installed-Size: $(du -sk "$PKG" | cut -f1)
Depends: $DEPENDS
Recommends: $RECOMMENDS
Description: after the interview: thank-you notes, follow-up calls, reminders
 Afterview keeps the business cards collected at a job interview, drafts one
 thank-you note per person within 48 hours, plans the follow-up call when the
 promised decision date passes, and says when it is time to move on.
 Local first: all data stays in a database file on this computer.
EOF

# Refresh the menu's MIME cache and the icon cache when the tools exist (they are not essential packages).
for script in postinst postrm; do
    cat > "$PKG/DEBIAN/$script" <<'EOF'
#!/bin/sh
set -e
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q /usr/share/applications || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f /usr/share/icons/hicolor/index.theme ]; then
    gtk-update-icon-cache -q -t -f /usr/share/icons/hicolor || true
fi
exit 0
EOF
    chmod 755 "$PKG/DEBIAN/$script"
done

mkdir -p "$OUT"
DEB="$OUT/afterview_${VERSION}_${ARCH}.deb"
TARBALL="$OUT/afterview-${VERSION}-linux-${ARCH}.tar.gz"
dpkg-deb --root-owner-group --build -Zxz "$PKG" "$DEB" >/dev/null
tar -C "$(dirname "$BUNDLE")" --owner=0 --group=0 -czf "$TARBALL" "$(basename "$BUNDLE")"
echo "$DEB"
echo "$TARBALL"
