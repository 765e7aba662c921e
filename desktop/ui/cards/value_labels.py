"""The labels of a card's emails and phones ("work", "mobile"): kept in English, as vCards and the command line
write them, and shown in the window's language; a label the user typed is kept and shown as typed."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

LABELS: dict[str, tuple[str, ...]] = {
    "email": (QT_TRANSLATE_NOOP("ValueLabels", "work"), QT_TRANSLATE_NOOP("ValueLabels", "home"),
              QT_TRANSLATE_NOOP("ValueLabels", "other")),
    "phone": (QT_TRANSLATE_NOOP("ValueLabels", "work"), QT_TRANSLATE_NOOP("ValueLabels", "mobile"),
              QT_TRANSLATE_NOOP("ValueLabels", "home"), QT_TRANSLATE_NOOP("ValueLabels", "fax"),
              QT_TRANSLATE_NOOP("ValueLabels", "other")),
}
_KNOWN = tuple(dict.fromkeys(LABELS["email"] + LABELS["phone"]))


def shown_label(label: str) -> str:
    """The label as the window shows it: "mobil" for "mobile" in German."""
    return QCoreApplication.translate("ValueLabels", label) if label in _KNOWN else label


def stored_label(text: str) -> str:
    """The label as it is kept: a shown label back in English, anything else as the user typed it."""
    text = text.strip()
    return next((label for label in _KNOWN if text in (label, shown_label(label))), text)
