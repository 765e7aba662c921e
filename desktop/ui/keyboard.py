"""A dialog or page usable from the keyboard, in one place: Tab in reading order and out of text boxes, the first
field focused, Ctrl+Enter; `dialog_ready` also keeps a dialog within the screen.

A form built row by row, with rows added later (a second email, the merge offer), ends up with Qt's default
Tab order: the order the widgets were created. Here the order is read from the layouts instead, top to bottom
and left to right as the eye reads them, and read again whenever a layout changes.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from desktop.ui.i18n import texts
from desktop.ui.screen_fit import keep_on_screen
from desktop.ui.style import repolish

SAVE_KEYS = ("Ctrl+Return", "Ctrl+Enter")  # the main keyboard's Return and the keypad's Enter


def _tab_stop(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def _layout_widgets(layout: QLayout) -> list[QWidget]:
    """The widgets of a layout and its nested layouts, in the order they are seen.

    Found by position (indexOf, getItemPosition) rather than through the layout's items: this runs at every layout
    change, and PySide keeps a wrapper of each layout item it hands out, then gives such a stale wrapper back for a
    new object Qt later makes at the same address ("'QWidgetItem' object has no attribute 'width'").
    """
    owner = layout.parentWidget()
    if owner is None:
        return []
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    parts: list[tuple[tuple[int, int], QWidget | QLayout]] = []
    for part in [*owner.findChildren(QWidget, options=direct), *layout.findChildren(QLayout, options=direct)]:
        index = layout.indexOf(part)
        if index < 0:
            continue
        if isinstance(layout, QFormLayout):
            row, role = layout.getItemPosition(index)
            parts.append(((row, role.value), part))
        elif isinstance(layout, QGridLayout):
            row, column, _rows, _columns = layout.getItemPosition(index)
            parts.append(((row, column), part))
        else:
            parts.append(((index, 0), part))
    widgets: list[QWidget] = []
    for _, part in sorted(parts, key=lambda item: item[0]):
        widgets += _layout_widgets(part) if isinstance(part, QLayout) else [part]
    return widgets


def reading_order(widget: QWidget) -> Iterator[QWidget]:
    """The controls Tab should stop at inside `widget`, in reading order (hidden ones too: they may show)."""
    if isinstance(widget, QScrollArea):
        if widget.widget() is not None:
            yield from reading_order(widget.widget())
    elif isinstance(widget, QTabWidget):
        yield widget.tabBar()
        for index in range(widget.count()):
            yield from reading_order(widget.widget(index))
    elif isinstance(widget, (QStackedWidget, QSplitter)):
        for index in range(widget.count()):
            yield from reading_order(widget.widget(index))
    elif isinstance(widget, QGroupBox) or not _tab_stop(widget) or type(widget) is QWidget:
        if isinstance(widget, QGroupBox) and _tab_stop(widget):
            yield widget  # a group box with a tick of its own
        if widget.layout() is not None:
            for child in _layout_widgets(widget.layout()):
                yield from reading_order(child)
    else:
        yield widget  # a control: its inner parts (a date field's arrows, a list's viewport) are its own affair


class _ReadingOrder(QObject):
    """Sets the Tab order of a window's part from its layouts, now and whenever they change."""

    def __init__(self, root: QWidget) -> None:
        super().__init__(root)
        self._root = root
        self.apply()

    def apply(self) -> None:
        stops = list(reading_order(self._root))
        for before, after in pairwise(stops):
            QWidget.setTabOrder(before, after)
        for stop in stops:
            # Tab moves on to the next control: a text box rarely wants a tab character, and arrows move in a table.
            if isinstance(stop, (QPlainTextEdit, QTextEdit)):
                stop.setTabChangesFocus(True)
            elif isinstance(stop, QAbstractItemView):
                stop.setTabKeyNavigation(False)
        self._watch(self._root)

    def _watch(self, widget: QWidget) -> None:
        """A scroll area's content lays itself out apart from the window (and may be replaced): watch it too."""
        widget.installEventFilter(self)  # installing it again only moves it to the front
        for area in widget.findChildren(QScrollArea):
            if area.widget() is not None:
                area.widget().installEventFilter(self)
                if next(reading_order(area.widget()), None) is not None:
                    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its content takes the focus, and scrolls to it

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.apply()
        return False


def follow_reading_order(root: QWidget) -> None:
    """Keep `root`'s Tab order in reading order: rows added later take their place, not the end of the line."""
    _ReadingOrder(root)


def _name_fields_by_their_labels(root: QWidget) -> None:
    """A form's field without a name of its own is known by its row's label ("Title", "Notes"), read out as the
    keyboard reaches it."""
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is None or field is None or not isinstance(label.widget(), QLabel) or field.widget() is None:
                continue
            text = label.widget().text().replace("&", "").strip()
            if text and not field.widget().accessibleName() and _tab_stop(field.widget()):
                field.widget().setAccessibleName(text)


def focus_first(root: QWidget) -> None:
    """Give the keyboard to the first visible control of `root` that takes it."""
    target = next((w for w in reading_order(root) if w.isVisibleTo(root) and w.isEnabled()), None)
    if target is not None:
        # Chosen from the keyboard: show the focus ring at once, as Qt does after a Tab.
        target.window().setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)


def dialog_ready(dialog: QWidget, first: QWidget | None = None, save: QAbstractButton | None = None) -> None:
    """Make a dialog usable by everyone: Tab in reading order and out of text boxes, `first` focused when it
    opens (else the first field), Ctrl+Enter pressing `save` from any field, and never larger than the screen.
    Give `save` only where pressing it by accident loses nothing (it saves what was typed; it does not send or
    delete)."""
    keep_on_screen(dialog)
    follow_reading_order(dialog)
    _name_fields_by_their_labels(dialog)
    if first is None:
        first = next((w for w in reading_order(dialog) if not isinstance(w, QAbstractButton) and w.isEnabled()),
                     None)
    if first is not None:
        first.setFocus(Qt.FocusReason.OtherFocusReason)  # taken when the dialog becomes the active window
    if save is not None:
        for keys in SAVE_KEYS:
            QShortcut(QKeySequence(keys), dialog, lambda: save.isEnabled() and save.isVisible() and save.click())
        save.setToolTip(save.toolTip() or texts.tr("{action} (Ctrl+Enter)").format(action=save.text().replace("&", "")))


def make_primary(button: QPushButton) -> QPushButton:
    """The dialog's main button: drawn in the accent colour, and pressed by Enter."""
    button.setObjectName("primary")
    button.setDefault(True)
    repolish(button)  # the style sheet matches the object name when it polishes
    return button
