"""The app's look: a calm sidebar, plain pages, one accent colour, in the light or the dark scheme.

The scheme follows the system (and its changes while the app runs) unless the Appearance setting forces one.
Widgets never write a colour: a label takes a tone (`set_tone(label, "error")`), a box an object name the
style sheet knows, and a model asks `colour(role)` when it is painted, so a change of scheme repaints all.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QWidget

from desktop.ui import colours as c
from desktop.ui.colours import DARK, LIGHT, Role

# A label's tone: what its text means, and so its colour.
TONES = {"hint": c.MUTED, "soft": c.INK_SOFT, "label": c.LABEL, "error": c.ERROR, "warning": c.WARNING,
         "warning_strong": c.WARNING_STRONG, "ok": c.OK, "accent": c.ACCENT}
# The kinds of dates on the calendar (desktop.operations.calendar.MarkerKind values): their dots.
MARKERS = {"interview": c.INTERVIEW, "note": c.NOTE, "call": c.CALL, "move_on": c.MOVE_ON, "personal": c.PERSONAL,
           "conflict": c.CONFLICT}
# A banner's kind: its background, border and text.
BANNERS = {"error": (c.ERROR_BACKGROUND, c.ERROR, c.ERROR_INK),
           "warning": (c.WARNING_BACKGROUND, c.WARNING_BORDER, c.WARNING_INK),
           "ok": (c.OK_BACKGROUND, c.OK, c.OK_INK)}

_scheme = LIGHT


def scheme() -> str:
    """The scheme the window is painted in now: "light" or "dark"."""
    return _scheme


def colour(role: Role, alpha: int = 255) -> QColor:
    """The role's colour in the current scheme; `alpha` (0 to 255) for a see-through mark."""
    found = QColor(role.value(_scheme))
    found.setAlpha(alpha)
    return found


def marker_colour(kind: str) -> QColor:
    """The dot colour of a kind of calendar date."""
    return colour(MARKERS[kind])


def hex_colour(role: Role) -> str:
    """The role's colour in the current scheme, for rich text and icons."""
    return role.value(_scheme)


def set_tone(widget: QWidget, tone: str) -> None:
    """Colour a label's text by what it says ("hint", "error" ...); "" gives the body text colour back."""
    if tone and tone not in TONES:
        raise ValueError(f"unknown tone {tone!r}")
    set_property(widget, "tone", tone)


def set_banner(widget: QWidget, kind: str) -> None:
    """Make a frame or label a coloured banner ("error", "warning", "ok"); "" makes it plain again."""
    if kind and kind not in BANNERS:
        raise ValueError(f"unknown banner {kind!r}")
    set_property(widget, "banner", kind)


def set_property(widget: QWidget, name: str, value: str) -> None:
    """Set a dynamic property the style sheet matches on, and show its look at once."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    repolish(widget)  # a dynamic property is matched when the widget is polished: polish again so it shows now


def repolish(widget: QWidget) -> None:
    """Polish a widget again, so the style sheet matches its new property or object name."""
    style = widget.style()
    if not isinstance(style, QStyle):
        # PySide keeps its wrapper of a layout item Qt deleted, and hands it back for an object Qt later made at the
        # same address (seen once as a review dialog opened: "'QWidgetItem' object has no attribute 'unpolish'").
        style = QApplication.style()
    style.unpolish(widget)
    style.polish(widget)


def style_sheet(scheme_name: str) -> str:
    """The whole style sheet in one scheme."""
    v = {name: role.value(scheme_name) for name, role in vars(c).items() if isinstance(role, Role)}
    tones = "\n".join(f'*[tone="{tone}"] {{ color: {role.value(scheme_name)}; }}' for tone, role in TONES.items())
    markers = "\n".join(f'*[marker="{kind}"] {{ color: {role.value(scheme_name)}; }}' for kind, role in MARKERS.items())
    banners = "\n".join(
        f'*[banner="{kind}"] {{ background: {bg.value(scheme_name)}; color: {ink.value(scheme_name)}; '
        f'border: 1px solid {border.value(scheme_name)}; border-radius: 6px; padding: 6px; }}'
        for kind, (bg, border, ink) in BANNERS.items())
    return f"""
#sidebar {{ background: {v['SIDEBAR']}; border-right: 1px solid {v['BORDER']}; }}
#brand {{ font-size: 17pt; font-weight: 600; color: {v['ACCENT']}; padding: 2px 8px 14px 8px; }}
#nav {{ background: transparent; border: 1px solid transparent; border-radius: 6px; font-size: 11pt; outline: 0; }}
#nav:focus {{ border-color: {v['ACCENT']}; }}
#nav::item {{ padding: 8px 8px; border-radius: 6px; color: {v['INK']}; }}
#nav::item:selected {{ background: {v['SELECTION']}; color: {v['SELECTED_INK']}; }}
#nav::item:hover:!selected {{ background: {v['HOVER']}; }}
#pages {{ background: {v['WINDOW']}; }}
#pageTitle {{ font-size: 18pt; font-weight: 600; color: {v['INK']}; }}
#pageSubtitle {{ color: {v['MUTED']}; padding-bottom: 6px; }}
#emptyTitle {{ font-size: 15pt; font-weight: 600; color: {v['INK']}; padding: 8px; }}
#emptyText {{ color: {v['LABEL']}; font-size: 10.5pt; margin-bottom: 12px; }}
QPushButton {{ padding: 6px 14px; border: 1px solid {v['BORDER_STRONG']}; border-radius: 6px;
              background: {v['WINDOW']}; color: {v['INK']}; }}
QPushButton:hover {{ background: {v['SIDEBAR']}; }}
QPushButton:focus {{ border: 2px solid {v['ACCENT']}; padding: 5px 13px; }}
QPushButton:checked {{ background: {v['SELECTION']}; border-color: {v['ACCENT']}; color: {v['SELECTED_INK']}; }}
QPushButton:disabled {{ color: {v['DISABLED']}; border-color: {v['BORDER']}; }}
QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
QPushButton#primary {{ background: {v['ACCENT_FILL']}; color: {v['ON_ACCENT']}; border-color: {v['ACCENT_FILL']}; }}
QPushButton#primary:focus {{ border: 2px solid {v['INK']}; }}
QPushButton#primary:disabled {{ background: {v['ACCENT_FILL_DISABLED']}; border-color: {v['ACCENT_FILL_DISABLED']}; }}
QTableView, QListView, QTreeView {{ border: 1px solid {v['BORDER']}; border-radius: 6px; gridline-color: {v['GRID']};
             selection-background-color: {v['SELECTION']}; selection-color: {v['SELECTED_INK']}; }}
QTableView:focus, QListView:focus, QTreeView:focus {{ border-color: {v['ACCENT']}; }}
#sections::item {{ padding: 6px 10px; }}
QTableView::item {{ padding: 4px 8px; }}
QHeaderView::section {{ background: {v['HEADER']}; border: none; border-bottom: 1px solid {v['BORDER']};
                       padding: 6px 8px; color: {v['LABEL']}; font-weight: 600; }}
QStatusBar {{ color: {v['MUTED']}; }}
#contactDetail {{ border: 1px solid transparent; border-radius: 6px; }}
#contactDetail:focus {{ border-color: {v['ACCENT']}; }}
QToolButton:focus {{ border: 2px solid {v['ACCENT']}; border-radius: 4px; }}
QToolTip {{ background: {v['PANEL']}; color: {v['INK']}; border: 1px solid {v['BORDER_STRONG']}; }}
#callWho, #feedbackBox {{ background: {v['PANEL']}; border-radius: 8px; }}
#feedbackTitle {{ color: {v['LABEL']}; font-weight: 600; }}
#cardTabs QTabBar::tab {{ padding: 6px 14px; border: none; border-bottom: 2px solid transparent;
                        color: {v['LABEL']}; }}
#cardTabs QTabBar::tab:selected {{ border-bottom-color: {v['ACCENT']}; color: {v['INK']}; font-weight: 600; }}
#cardTabs QTabBar::tab:hover:!selected {{ color: {v['INK']}; }}
#cardTabs QTabBar::tab:selected:focus {{ background: {v['HOVER']}; }}
QLabel[photo="empty"] {{ border: 1px dashed {v['BORDER_STRONG']}; border-radius: 6px; color: {v['MUTED']}; }}
#composerName {{ font-size: 14pt; font-weight: 600; color: {v['INK']}; }}
#composerCard, #saveState, #handwritingState {{ color: {v['MUTED']}; }}
#scheduleState {{ color: {v['SELECTED_INK']}; }}
#sectionLabel {{ color: {v['LABEL']}; font-weight: 600; padding-bottom: 2px; }}
#noteBody {{ border: 1px solid {v['BORDER_STRONG']}; border-radius: 6px; padding: 6px; font-size: 11pt;
            selection-background-color: {v['SELECTION']}; selection-color: {v['SELECTED_INK']}; }}
#checks QScrollBar::handle:vertical {{ background: {v['BORDER_STRONG']}; border-radius: 4px; min-height: 24px; }}
QWidget#qt_calendar_navigationbar {{ background: {v['SIDEBAR']}; border-bottom: 1px solid {v['BORDER']}; }}
QCalendarWidget QToolButton {{ color: {v['INK']}; font-size: 12pt; font-weight: 600; background: transparent;
                               border: none; padding: 4px 10px; }}
QCalendarWidget QToolButton::menu-indicator {{ image: none; }}
QCalendarWidget QToolButton:hover {{ background: {v['HOVER']}; border-radius: 6px; }}
QCalendarWidget QAbstractItemView {{ selection-background-color: {v['SELECTION']};
                                    selection-color: {v['SELECTED_INK']}; outline: 0;
                                    border: 1px solid transparent; }}
QCalendarWidget QAbstractItemView:focus {{ border-color: {v['ACCENT']}; }}
QCalendarWidget QTableView::item {{ padding: 0px; }}
{tones}
*[doubt="warning"] {{ border: 2px solid {v['WARNING']}; border-radius: 4px; padding: 2px; }}
*[doubt="error"] {{ border: 2px solid {v['ERROR']}; border-radius: 4px; padding: 2px; }}
{markers}
{banners}
"""


def palette(scheme_name: str) -> QPalette:
    """Qt's palette from the same colours, for what the style sheet does not paint (fields, menus, dialogs)."""
    p, r = QPalette(), QPalette.ColorRole
    group_roles = {
        r.Window: c.WINDOW, r.WindowText: c.INK, r.Base: c.WINDOW, r.AlternateBase: c.HEADER, r.Text: c.INK,
        # The style draws a field's or a tick box's focus ring in Highlight: the accent, so that it shows.
        # Lists and tables keep their own gentler selection colours from the style sheet.
        r.Button: c.WINDOW, r.ButtonText: c.INK, r.Highlight: c.ACCENT_FILL, r.HighlightedText: c.ON_ACCENT,
        r.ToolTipBase: c.PANEL, r.ToolTipText: c.INK, r.PlaceholderText: c.MUTED, r.Link: c.ACCENT,
        r.LinkVisited: c.ACCENT, r.Light: c.WINDOW, r.Midlight: c.BORDER, r.Mid: c.BORDER_STRONG,
        r.Dark: c.BORDER_STRONG, r.Shadow: c.LABEL, r.BrightText: c.ON_ACCENT, r.Accent: c.ACCENT_FILL,
    }
    for role, colour_role in group_roles.items():
        p.setColor(role, QColor(colour_role.value(scheme_name)))
    for role in (r.Text, r.WindowText, r.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(c.DISABLED.value(scheme_name)))
    return p


def system_is_dark() -> bool:
    """Whether the desktop asks for dark colours (Qt reads it from the platform)."""
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


class Appearance(QObject):
    """Keeps the window in the scheme the user chose ("light", "dark") or the system's ("system")."""

    changed = Signal()

    def __init__(self, app: QApplication, choice: str = "system") -> None:
        super().__init__(app)
        self._app = app
        self._choice = choice
        self._applied = ""
        app.styleHints().colorSchemeChanged.connect(self._update)
        self._update()

    def set_choice(self, choice: str) -> None:
        self._choice = choice
        self._update()

    def _update(self, *_: object) -> None:
        global _scheme
        wanted = self._choice
        if wanted not in (LIGHT, DARK):
            wanted = DARK if system_is_dark() else LIGHT
        if wanted == self._applied:
            return
        self._applied = _scheme = wanted
        if wanted == DARK and self._app.style().name().lower() == "windowsvista":
            self._app.setStyle("Fusion")  # the Vista style paints fields light whatever the palette says
        self._app.setPalette(palette(wanted))
        self._app.setStyleSheet(style_sheet(wanted))
        self.changed.emit()
