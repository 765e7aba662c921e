"""A dialog or page usable from the keyboard, in one place: Tab in reading order and out of text boxes, the first
field focused, Ctrl+Enter; `dialog_ready` also keeps a dialog within the screen.

A form built row by row, with rows added later (a second email, the merge offer), ends up with Qt's default
Tab order: the order the widgets were created. Here the order is read from the layouts instead, top to bottom
and left to right as the eye reads them, and read again whenever a layout changes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAccessible, QKeySequence, QShortcut, QTextDocumentFragment
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText is QtGui's
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QLineEdit,
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
        name_controls(self._root)
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


def name_controls(root: QWidget) -> None:
    """Every control in `root` that takes the keyboard is named for a screen reader, where it has no name of its
    own: by its form row's label ("Title", "Starts", each part of a row of fields), else by what its placeholder
    or the first clause of its tooltip says, a tabbed pane or a dialog's list by its window's title; a date,
    number or editable combo box's text field by its box's name. Run again as rows are added."""
    for form in root.findChildren(QFormLayout):
        for label, controls in _labelled_rows(form):
            # A button with a text says what it does itself; a bare tick box is said by the row.
            fields = [control for control in controls if not (isinstance(control, QAbstractButton) and control.text())]
            for field in fields:
                if not field.accessibleName():
                    own = _said_by(field) if len(fields) > 1 else ""  # "Given name" beside "Family name"
                    field.setAccessibleName(own or label)
    for widget in root.findChildren(QWidget):
        # A button without text gets it later, unless it shows an icon alone: only such a one is named here.
        text_to_come = isinstance(widget, QAbstractButton) and widget.icon().isNull()
        if _tab_stop(widget) and not text_to_come and not _inner_field(widget) and not _name_of(widget):
            said = _said_by(widget)
            if said:
                widget.setAccessibleName(said)
    for box in [*root.findChildren(QAbstractSpinBox), *root.findChildren(QComboBox)]:
        inner = box.findChild(QLineEdit)
        if inner is not None and not inner.accessibleName():
            name = _name_of(box)
            if name:
                inner.setAccessibleName(name)


def _name_of(widget: QWidget) -> str:
    """What a screen reader calls `widget`: the name given it, a button's or tick box's text, a buddy label's."""
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton) and widget.text():
        return widget.text()
    said = QAccessible.queryAccessibleInterface(widget)
    return said.text(QAccessible.Text.Name).strip() if said is not None else ""


def _labelled_rows(form: QFormLayout) -> list[tuple[str, list[QWidget]]]:
    """Each row's label and the controls of its field (one, or a row of them), found by position as
    `_layout_widgets` finds them."""
    owner = form.parentWidget()
    if owner is None:
        return []
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    labels: dict[int, str] = {}
    fields: dict[int, list[QWidget]] = {}
    for part in [*owner.findChildren(QWidget, options=direct), *form.findChildren(QLayout, options=direct)]:
        index = form.indexOf(part)
        if index < 0:
            continue
        row, role = form.getItemPosition(index)
        if role == QFormLayout.ItemRole.LabelRole and isinstance(part, QLabel):
            labels[row] = _plain_text(part.text()).replace("&", "").strip().rstrip(":")
        elif role == QFormLayout.ItemRole.FieldRole:
            widgets = _layout_widgets(part) if isinstance(part, QLayout) else [part]
            fields[row] = [control for widget in widgets for control in reading_order(widget)]
    return [(label, fields.get(row, [])) for row, label in labels.items() if label]


def _inner_field(widget: QWidget) -> bool:
    """A date, number or combo box's own text field, named after its box."""
    return isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox))


def _said_by(widget: QWidget) -> str:
    if isinstance(widget, QTabWidget):
        return widget.window().windowTitle()
    placeholder = widget.placeholderText() if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)) else ""
    if placeholder:
        return placeholder
    tip = _plain_text(widget.toolTip())
    if tip:
        return re.split(r"[.;:\n]\s|\n", tip, maxsplit=1)[0].strip().rstrip(".")
    if isinstance(widget, QAbstractItemView) and isinstance(widget.window(), QDialog):
        return widget.window().windowTitle()  # a dialog's list is what its title asks about
    return ""


def _plain_text(text: str) -> str:
    return QTextDocumentFragment.fromHtml(text).toPlainText() if GuiQt.mightBeRichText(text) else text


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
