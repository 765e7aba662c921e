"""The window and everything Qt.

Importing PySide6.QtCore replaces Python's `__import__` with PySide6's `__feature__` hook
(builtins.__feature_import__, Python's own kept as builtins.__orig_import__). After every import statement the
hook asks whether the module it returned mentions "PySide6" (shibokensupport.feature._mod_uses_pyside), by
reading its whole source with inspect.getsource, and inspect reads through linecache, which keeps every file it
read for the rest of the process: at start-up 22 MiB of source lines (tracemalloc, linecache.py) for some 600
modules, SQLAlchemy's included, and the CPU to read and split them. The answer only matters to a module that
turns on one of PySide6's optional features (`from __feature__ import snake_case, true_property`), which nothing
here does, so this package puts Python's own `__import__` back as soon as Qt is loaded: every desktop.ui module
imports Qt through this package, so the hook never sees an app module, SQLAlchemy or the standard library.
"""

from __future__ import annotations

import builtins

import PySide6.QtCore  # noqa: F401  (loads Qt here, so that its import hook is undone before anything else)


def _undo_feature_import_hook() -> None:
    """Python's own `__import__` back in place of PySide6's `__feature__` hook (see the module docstring)."""
    original = getattr(builtins, "__orig_import__", None)
    if original is not None and builtins.__import__ is getattr(builtins, "__feature_import__", None):
        builtins.__import__ = original


_undo_feature_import_hook()
