"""What the words after `afterview` are: a command, a file to open, options for the window or for Qt."""

from __future__ import annotations

from pathlib import Path

from desktop.core.file_kinds import CARD_PHOTOS, IMPORTABLE

# Qt's own options that take a value (`-style Fusion`), left to Qt by the window.
QT_OPTIONS_WITH_VALUE = ("-style", "-platform", "-stylesheet", "-qwindowgeometry", "-qwindowtitle", "-display")


def words(argv: list[str]) -> list[str]:
    """The arguments that are neither options nor the values of the options the window takes."""
    found, rest = [], iter(argv)
    for arg in rest:
        if arg in ("--data-dir", *QT_OPTIONS_WITH_VALUE):
            next(rest, None)
        elif not arg.startswith("-"):
            found.append(arg)
    return found


def is_openable(argument: str) -> bool:
    """A launch argument is a file to open when it names an existing file or folder (of card photos), or ends as
    a file Afterview reads."""
    path = Path(argument)
    return path.suffix.lower() in IMPORTABLE + CARD_PHOTOS or path.exists()
