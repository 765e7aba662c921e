"""Paper: the locale's page size, page sizes by name, and a Qt application for printing without a display."""

from __future__ import annotations

import os

from PySide6.QtCore import QLocale
from PySide6.QtGui import QGuiApplication, QPageSize

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}


def default_page_size(locale: QLocale | None = None) -> str:
    """Letter where people measure in US units, A4 everywhere else (the UK included)."""
    system = (locale or QLocale()).measurementSystem()
    return "Letter" if system == QLocale.MeasurementSystem.ImperialUSSystem else "A4"


def page_size(name: str) -> QPageSize:
    """The page size called `name` (A4 or Letter, any case)."""
    for known, size_id in PAGE_SIZES.items():
        if known.lower() == name.strip().lower():
            return QPageSize(size_id)
    raise ValueError(f"unknown page size '{name}'; expected {' or '.join(PAGE_SIZES)}")


def offscreen_application() -> QGuiApplication:
    """The running Qt application, or a new one that draws offscreen: the command line has no display."""
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication(["afterview"])
