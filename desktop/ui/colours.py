"""Every colour of the window, declared once with its light and its dark value; no widget writes a colour.

Plain strings, no Qt: the contrast test reads them without a display. `desktop.ui.style` turns the chosen
scheme into the style sheet and the palette, and hands widgets a colour by its role.
"""

from __future__ import annotations

from dataclasses import dataclass

LIGHT, DARK = "light", "dark"


@dataclass(frozen=True)
class Role:
    light: str
    dark: str

    def value(self, scheme: str) -> str:
        return self.dark if scheme == DARK else self.light


# Surfaces.
WINDOW = Role("#ffffff", "#1d2126")  # pages, fields, tables
SIDEBAR = Role("#f3f4f6", "#262b31")  # the navigation and calendar bars
PANEL = Role("#f3f6f6", "#272d33")  # a box inside a page: the person to call, feedback
HEADER = Role("#fafafa", "#23282e")  # table headers
HOVER = Role("#e8eaee", "#323940")
SELECTION = Role("#dde9ea", "#23484b")
BORDER = Role("#e2e4e8", "#363d45")
BORDER_STRONG = Role("#cfd4dc", "#4b545e")  # button and field outlines
GRID = Role("#f0f1f3", "#2b3137")
# Text.
INK = Role("#1f2933", "#e6e9ed")  # body text and headings
INK_SOFT = Role("#3d4a5c", "#c5ccd6")  # second lines, roles, greetings
LABEL = Role("#4b5563", "#b5bcc6")  # section labels, table headers
MUTED = Role("#626975", "#9aa3ae")  # hints and finished rows
DISABLED = Role("#a0a6b0", "#69727d")  # a disabled button's text (WCAG exempts disabled controls)
SELECTED_INK = Role("#1d4c4f", "#d3eef0")  # text on SELECTION
# The accent: the brand, the primary button, focus.
ACCENT = Role("#2f6f73", "#6cbfc4")  # as text or outline
ACCENT_FILL = Role("#2f6f73", "#2f6f73")  # the primary button's face; white text reads on both
ON_ACCENT = Role("#ffffff", "#ffffff")
ACCENT_FILL_DISABLED = Role("#b9cfd0", "#3a5052")
# States.
ERROR = Role("#b3261e", "#f2a19b")
ERROR_BACKGROUND = Role("#fdecea", "#3d2322")
ERROR_INK = Role("#8c1d18", "#f8cdc9")  # text on ERROR_BACKGROUND
WARNING = Role("#8f6000", "#e6b84f")
WARNING_STRONG = Role("#9a3412", "#f4a77a")  # a number that cannot be called, a clash
WARNING_BACKGROUND = Role("#fff4d6", "#3a3120")
WARNING_BORDER = Role("#f0d58c", "#7a6330")
WARNING_INK = Role("#7a4b00", "#f3d58a")  # text on WARNING_BACKGROUND, a template marker's text
OK = Role("#2e7d32", "#86cf8d")
OK_BACKGROUND = Role("#e6f4ea", "#1f3526")
OK_INK = Role("#1e4620", "#bfe6c4")  # text on OK_BACKGROUND
# Kinds of dates on the calendar and in a timeline: dots and their labels.
INTERVIEW = Role("#2f6f73", "#6cbfc4")
NOTE = Role("#2563eb", "#8db4ff")
CALL = Role("#15803d", "#6fd08f")
MOVE_ON = Role("#b3261e", "#f2a19b")
PERSONAL = Role("#7c3aed", "#c4a6ff")
CONFLICT = Role("#b45309", "#f0a94e")
# Drawn on a photo of a card, whatever the scheme: the text found (faint), the field chosen (marked).
PHOTO_TEXT = Role("#0078d4", "#0078d4")
PHOTO_MARK = Role("#d83b01", "#d83b01")
PHOTO_MARK_FILL = Role("#ffc800", "#ffc800")
PAPER = Role("#ffffff", "#ffffff")  # the card the self-test draws for the OCR engine to read
# Decoration only, never text: the empty pages' large icons.
ORNAMENT = Role("#9aa5b1", "#6b7682")
# The tray icon sits on the desktop's panel, not in this window: one colour that reads on light and dark panels.
TRAY = Role("#2f6fde", "#2f6fde")
TRAY_BADGE = Role("#d93025", "#d93025")

# Pairs a reader must be able to read, with the WCAG AA minimum each needs (4.5, or 3 for large or bold text
# of 14 pt and more, and for icons). Checked in both schemes by tests/ui/test_colours.py.
READABLE: list[tuple[Role, Role, float]] = [
    *((ink, surface, 4.5) for ink in (INK, INK_SOFT, LABEL, MUTED, ERROR, WARNING, WARNING_STRONG, OK, ACCENT,
                                      INTERVIEW, NOTE, CALL, MOVE_ON, PERSONAL, CONFLICT)
      for surface in (WINDOW, SIDEBAR, PANEL, HEADER)),
    (SELECTED_INK, SELECTION, 4.5), (INK, SELECTION, 4.5), (INK, HOVER, 4.5),
    (ON_ACCENT, ACCENT_FILL, 4.5),
    (ERROR_INK, ERROR_BACKGROUND, 4.5), (WARNING_INK, WARNING_BACKGROUND, 4.5), (INK, WARNING_BACKGROUND, 4.5),
    (OK_INK, OK_BACKGROUND, 4.5), (WARNING_INK, WARNING_BACKGROUND, 4.5),
    (BORDER_STRONG, WINDOW, 1.4),  # an outline is not text; it only has to show
]


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of a #rrggbb colour."""
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio, from 1 (none) to 21 (black on white)."""
    lighter, darker = sorted((relative_luminance(foreground), relative_luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
