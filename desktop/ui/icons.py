"""Icons by purpose. qtawesome is imported on first use, after the window is shown (it costs ~200 ms)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from desktop.ui.colours import INK_SOFT, Role
from desktop.ui.style import hex_colour

NAMES = {
    "today": "mdi6.calendar-check",
    "calendar": "mdi6.calendar-month",
    "opportunities": "mdi6.briefcase-outline",
    "contacts": "mdi6.card-account-details-outline",
    "notes": "mdi6.email-edit-outline",
    "note": "mdi6.email-fast-outline",
    "scheduled": "mdi6.send-clock-outline",
    "call": "mdi6.phone-outgoing",
    "move_on": "mdi6.door-open",
    "interview": "mdi6.account-group-outline",
    "snooze": "mdi6.alarm-snooze",
    "settings": "mdi6.cog-outline",
    "sample": "mdi6.database-import-outline",
    "empty": "mdi6.coffee-outline",
    "about": "mdi6.information-outline",
    "folder": "mdi6.folder-open-outline",
    "import": "mdi6.file-import-outline",
    "check_ok": "mdi6.check-circle-outline",
    "check_warning": "mdi6.alert-outline",
    "check_error": "mdi6.close-circle-outline",
}


def icon(purpose: str, role: Role = INK_SOFT) -> QIcon:
    """The icon drawn in the role's colour of the current scheme; drawn again when the scheme changes."""
    import qtawesome

    return qtawesome.icon(NAMES[purpose], color=hex_colour(role))
