#!/usr/bin/env bash
# Linux packaging check for CI: freeze, self-test the bundle, build the .deb and tarball, install the .deb,
# self-test the installed app, start it the way the menu entry does, uninstall. Exits non-zero on any failure.
#
#   bash packaging/ci_packaging.sh [OUT_DIR]     (default: dist; the .deb and .tar.gz are left there)
#
# Needs root (or sudo) for dpkg, and desktop-file-utils. PYTHON defaults to .venv/bin/python.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=$(realpath -m "${1:-$ROOT/dist}")
PYTHON=${PYTHON:-$ROOT/.venv/bin/python}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export QT_QPA_PLATFORM=offscreen
SUDO=""
[[ $(id -u) == 0 ]] || SUDO=sudo

step() { echo "==> $*"; }

step "freezing with PyInstaller"
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN --distpath "$WORK/dist" --workpath "$WORK/build" \
    "$ROOT/packaging/afterview.spec"
BUNDLE="$WORK/dist/afterview"

step "self-test of the frozen bundle"
"$BUNDLE/afterview" --self-test

step "building the .deb and the tarball"
desktop-file-validate "$ROOT/packaging/linux/afterview.desktop"
mapfile -t ARTIFACTS < <(PYTHON="$PYTHON" "$ROOT/packaging/linux/build_deb.sh" "$BUNDLE" "$OUT")
DEB=${ARTIFACTS[0]}
printf '    %s\n' "${ARTIFACTS[@]}"

step "installing $DEB"
$SUDO dpkg -i "$DEB"
# remove the package however the checks below end, so a failed run leaves the machine as it found it
trap '$SUDO dpkg --purge afterview >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT

step "self-test of the installed app"
/usr/bin/afterview --self-test

step "starting the app as the menu entry does"
EXEC=$(sed -n 's/^Exec=//p' /usr/share/applications/afterview.desktop | sed 's/ *%[fFuU]//')
VERSION=$("$PYTHON" -c 'import sys, tomllib; print(tomllib.load(open(sys.argv[1], "rb"))["project"]["version"])' \
    "$ROOT/pyproject.toml")
$EXEC --version | grep -F "$VERSION"

step "uninstalling"
$SUDO dpkg -r afterview
if [[ -e /opt/afterview || -e /usr/bin/afterview ]]; then
    echo "ci_packaging.sh: dpkg -r left files behind" >&2
    exit 1
fi
step "packaging checks passed"
