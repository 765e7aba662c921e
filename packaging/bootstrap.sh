#!/usr/bin/env bash
# Set up what Afterview needs on this machine, then run the app or the tests.
#   bash packaging/bootstrap.sh app [ARGS...]    run Afterview (ARGS go to the app)
#   bash packaging/bootstrap.sh test [ARGS...]   run the test suite (ARGS go to pytest)
set -euo pipefail
cd "$(dirname "$0")/.."
verb="${1:-app}"
shift || true

# Qt's runtime libraries on Debian/Ubuntu. Offscreen tests need none beyond a base image; a real window
# (xcb) needs these. Installed when run as root, otherwise the exact command is printed.
QT_PACKAGES="libegl1 libgl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3 libxcb-cursor0
 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xfixes0
 libxcb-xkb1 libxcb-shm0 libxcb-sync1 libglib2.0-0 fonts-dejavu-core"
if command -v dpkg >/dev/null 2>&1; then
  missing=""
  for package in $QT_PACKAGES; do
    dpkg -s "$package" >/dev/null 2>&1 || missing="$missing $package"
  done
  if [ -n "$missing" ]; then
    if [ "$(id -u)" = "0" ]; then
      echo "Installing Qt runtime libraries:$missing"
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
    else
      echo "Qt needs these system libraries; please run:" >&2
      echo "  sudo apt-get install -y$missing" >&2
      [ "$verb" = "test" ] || exit 1
    fi
  fi
fi

# The virtual environment, rebuilt only when pyproject.toml changes.
python="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
stamp=".venv/.afterview-installed"
wanted="$(sha256sum pyproject.toml | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ]; then
  echo "Installing Afterview and its Python dependencies into .venv ..."
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[test,packaging]"
  # RapidOCR asks for opencv-python, whose Linux build carries a Qt 5 of its own for windows Afterview never opens;
  # the headless build of the same OpenCV takes its place, so neither the app nor its bundle holds a second Qt
  opencv="$(.venv/bin/python -c 'import importlib.metadata as m; print(m.version("opencv-python"))' 2>/dev/null || true)"
  if [ -n "$opencv" ]; then  # uninstalled first: its Qt plugins under cv2/qt would otherwise stay behind
    .venv/bin/python -m pip uninstall -q -y opencv-python
    .venv/bin/python -m pip install -q --force-reinstall --no-deps "opencv-python-headless==$opencv"
  fi
  echo "$wanted" > "$stamp"
fi

case "$verb" in
  app) exec .venv/bin/afterview "$@" ;;
  test) QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" exec .venv/bin/python -m pytest "$@" ;;
  *) echo "usage: bash packaging/bootstrap.sh app|test [ARGS...]" >&2; exit 2 ;;
esac
