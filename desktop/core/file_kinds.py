"""Which files Afterview opens, told by the end of their names: one list for the file dialogs, drops on the
window, files named at launch and the command line's guess of whether a word is a file or a mistyped command."""

from __future__ import annotations

CONTACT_FILES = (".vcf", ".vcard")
CALENDAR_FILES = (".ics", ".vcs")  # iCalendar, and vCalendar 1.0
MAIL_FILES = (".eml", ".mbox")
CONNECTION_FILES = (".csv",)  # LinkedIn's Connections.csv
IMPORTABLE = CONTACT_FILES + CALENDAR_FILES + MAIL_FILES + CONNECTION_FILES
# Photos of business cards, read into contacts (desktop.ui.cards.card_reader); HEIC is named so its problem is told.
CARD_PHOTOS = (".jpg", ".jpeg", ".png", ".webp", ".bmp", ".tif", ".tiff", ".gif", ".heic", ".heif")


def _patterns(suffixes: tuple[str, ...]) -> str:
    return " ".join("*" + suffix for suffix in suffixes)


# The file dialog's filter for File → Import, in Qt's "Name (*.a *.b);;..." form.
IMPORT_FILTER = ";;".join(f"{name} ({_patterns(suffixes)})" for name, suffixes in (
    ("Everything Afterview reads", IMPORTABLE), ("Contacts", CONTACT_FILES), ("Invitations", CALENDAR_FILES),
    ("Emails", MAIL_FILES), ("LinkedIn connections", CONNECTION_FILES))) + ";;All files (*)"
