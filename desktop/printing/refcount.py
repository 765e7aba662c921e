"""A guard against a PySide6 6.12 reference-count bug that would otherwise abort the interpreter.

On Python 3.11, each call of a Qt method that returns nothing takes one reference from None and never
gives it back (from 3.12 on None is immortal and the loss is harmless). Painting a page makes hundreds
of such calls; after a few thousand None is freed and Python aborts with "deallocating None". Until the
binding is fixed, painting gives back what it took.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def none_references_kept() -> Iterator[None]:
    """Restore None's reference count after the block if the block lost references to it."""
    if sys.version_info >= (3, 12):
        yield
        return
    before = sys.getrefcount(None)
    try:
        yield
    finally:
        # Over-restoring is harmless (None is never freed anyway); under-restoring is what aborts.
        for _ in range(max(0, before - sys.getrefcount(None))):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(None))
