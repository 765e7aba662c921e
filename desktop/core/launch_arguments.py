"""What the words after `afterview` are: a command, a file to open, options for the window or for Qt."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from desktop.core.file_kinds import CARD_PHOTOS, IMPORTABLE

# Qt's own options that take a value (`-style Fusion`), left to Qt by the window.
QT_OPTIONS_WITH_VALUE = ("-style", "-platform", "-stylesheet", "-qwindowgeometry", "-qwindowtitle", "-display")
# The long options the window takes; any other `--word` is the command line's to refuse (a misspelled --version).
WINDOW_OPTIONS = ("--data-dir", "--self-test")


def words(argv: list[str]) -> list[str]:
    """The arguments that are neither options nor the values of the options the window takes."""
    found, rest = [], iter(argv)
    for arg in rest:
        if arg in ("--data-dir", *QT_OPTIONS_WITH_VALUE):
            next(rest, None)
        elif not arg.startswith("-"):
            found.append(arg)
    return found


def is_window_option(argument: str) -> bool:
    """A long option the window reads (`--data-dir=DIR` included), or no long option at all."""
    return not argument.startswith("--") or argument.partition("=")[0] in WINDOW_OPTIONS


def missing_display(argv: list[str], environ: Mapping[str, str], platform: str) -> str | None:
    """Why the window cannot open here, in one line; None when it can, or when only Qt can tell.

    On X11 and Wayland desktops Qt finds its display in DISPLAY or WAYLAND_DISPLAY; without either it aborts
    with a message about libxcb-cursor0 that has nothing to do with the cause.
    """
    if platform in ("win32", "darwin") or "--self-test" in argv:  # the self-test draws offscreen
        return None
    if any(environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        return None
    if "-platform" in argv or "-display" in argv:
        return None
    return ("no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); "
            "the commands work without one: afterview --help")


def is_openable(argument: str) -> bool:
    """A launch argument is a file to open when it names an existing file or folder (of card photos), or ends as
    a file Afterview reads."""
    path = Path(argument)
    return path.suffix.lower() in IMPORTABLE + CARD_PHOTOS or path.exists()
