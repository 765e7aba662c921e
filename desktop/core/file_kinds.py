"""Which files Afterview opens, told by the end of their names: one list for the file dialogs, drops on the
window, files named at launch and the command line's guess of whether a word is a file or a mistyped command."""

from __future__ import annotations

CONTACT_FILES = (".vcf", ".vcard")
CALENDAR_FILES = (".ics",)
IMPORTABLE = CONTACT_FILES + CALENDAR_FILES
# The file dialog's filter for File → Import, in Qt's "Name (*.a *.b)" form.
IMPORT_FILTER = f"Contacts and calendars ({' '.join('*' + suffix for suffix in IMPORTABLE)});;All files (*)"
