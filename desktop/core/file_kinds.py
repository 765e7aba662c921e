"""Which files Afterview opens, told by the end of their names: one list for the file dialogs, drops on the
window, files named at launch and the command line's guess of whether a word is a file or a mistyped command."""

from __future__ import annotations

from collections.abc import Callable

from desktop.core.messages import english

CONTACT_FILES = (".vcf", ".vcard")
CALENDAR_FILES = (".ics", ".vcs")  # iCalendar, and vCalendar 1.0
MAIL_FILES = (".eml", ".mbox")
CONNECTION_FILES = (".csv",)  # LinkedIn's Connections.csv
IMPORTABLE = CONTACT_FILES + CALENDAR_FILES + MAIL_FILES + CONNECTION_FILES
# Photos of business cards, read into contacts (desktop.ui.cards.card_reader); HEIC is named so its problem is told.
CARD_PHOTOS = (".jpg", ".jpeg", ".png", ".webp", ".bmp", ".tif", ".tiff", ".gif", ".heic", ".heif")


def _patterns(suffixes: tuple[str, ...]) -> str:
    return " ".join("*" + suffix for suffix in suffixes)


_IMPORT_KINDS = ((english("Everything Afterview reads"), IMPORTABLE), (english("Contacts"), CONTACT_FILES),
                 (english("Invitations"), CALENDAR_FILES), (english("Emails"), MAIL_FILES),
                 (english("LinkedIn connections"), CONNECTION_FILES), (english("All files"), ("",)))


def import_filter(say: Callable[[str], str] = str) -> str:
    """The file dialog's filter for File → Import, in Qt's "Name (*.a *.b);;..." form, each name as `say` gives it
    (the window's language)."""
    return ";;".join(f"{say(name)} ({_patterns(suffixes)})" for name, suffixes in _IMPORT_KINDS)
