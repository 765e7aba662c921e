"""A window too narrow for a list beside its detail (a 1366 × 768 screen at 200 % leaves 683 × 384) puts the detail
under the list and wraps its rows of buttons instead of scrolling sideways, and side by side again once widened
(issue 18)."""

from __future__ import annotations

import html
from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QPushButton, QScrollArea, QWidget

from desktop.core.cards import ContactCard, LabelledValue
from desktop.operations import contacts, opportunities, people_met
from desktop.operations.opportunities import InterviewInput

LONG_NAME = "Siobhán Ní Bhriain-Ó Catháin de la Fuente-Øvergård"
LONG_COMPANY = "Société Générale d'Équipements Électroniques Müller-Łukasiewicz"


@pytest.fixture
def long_names(sample_workspace):
    """The sample data and a card whose every value is long, met at an interview yesterday; their ids."""
    workspace = sample_workspace
    card = ContactCard(full_name=LONG_NAME, company=LONG_COMPANY,
                       title="Directrice Générale Adjointe des Ressources Humaines et de la Culture",
                       emails=[LabelledValue("siobhan.ni.bhriain@equipements-muller-lukasiewicz.example")])
    person = contacts.add_contact(workspace, card).id
    opportunity = opportunities.add_opportunity(workspace, LONG_COMPANY, "Responsable de l'Expérience Utilisateur").id
    start = workspace.now().astimezone(workspace.zone).replace(hour=10, minute=0) - timedelta(days=1)
    interview = opportunities.add_interview(workspace, opportunity, InterviewInput(
        starts_at=start, ends_at=start + timedelta(hours=1), time_zone=workspace.zone.key)).id
    people_met.add_person_met(workspace, interview, person)
    return {"opportunities": interview, "contacts": person, "notes": (interview, person)}


def _list_and_detail(page: QWidget, key: str) -> tuple[QWidget, QWidget]:
    if key == "calendar":
        return page.calendar, page.agenda_view
    if key == "opportunities":
        return page.table, page.right
    if key == "contacts":
        return page.table, page.detail
    return page.people, page.composer.view


def _place(widget: QWidget, page: QWidget) -> QRect:
    return QRect(widget.mapTo(page, QPoint(0, 0)), widget.size())


def _narrow(app_window, key: str, target: object) -> QWidget:
    """The page `key` showing `target`, in a window as narrow as 1366 × 768 at 200 % leaves."""
    window, controller = app_window
    window.setMinimumSize(0, 0)
    window.resize(683, 384)
    controller.open_page(key, target)
    return window.pages[key]


def _lists_scrolling_sideways(page: QWidget) -> list[str]:
    """The lists and scrolled panes on `page` that scroll sideways."""
    return [area.accessibleName() for area in page.findChildren(QAbstractScrollArea)
            if area.isVisible() and area.horizontalScrollBar().maximum() > 0]


def _sideways(window) -> int:
    holder = window.stack.currentWidget()
    assert isinstance(holder, QScrollArea)
    return holder.horizontalScrollBar().maximum()


@pytest.mark.parametrize("key", ["calendar", "opportunities", "contacts", "notes"])
def test_a_narrow_window_puts_the_detail_under_the_list_and_back_beside_it_when_widened(qtbot, long_names,
                                                                                       app_window, key):
    window = app_window[0]
    page = _narrow(app_window, key, long_names.get(key))
    listing, detail = _list_and_detail(page, key)

    qtbot.waitUntil(lambda: _place(detail, page).top() >= _place(listing, page).bottom())
    assert _sideways(window) == 0
    qtbot.waitUntil(lambda: _lists_scrolling_sideways(page) == [])
    assert window.stack.currentWidget().viewport().width() >= _place(detail, page).right()

    window.resize(1366, 768)  # live, as the user widens the window
    qtbot.waitUntil(lambda: _place(detail, page).left() >= _place(listing, page).right())
    assert _sideways(window) == 0
    qtbot.waitUntil(lambda: _lists_scrolling_sideways(page) == [])


def test_the_contacts_buttons_wrap_in_sight_without_overlapping(qtbot, long_names, app_window):
    window = app_window[0]
    page = _narrow(app_window, "contacts", long_names["contacts"])
    buttons = [page.search, *(b for b in page.list_page.findChildren(QPushButton) if b.isVisible())]
    qtbot.waitUntil(lambda: _sideways(window) == 0)

    places = [_place(button, page) for button in buttons]
    seen = window.stack.currentWidget().viewport().width()
    assert all(place.right() < seen for place in places)
    assert not any(a.intersects(b) for n, a in enumerate(places) for b in places[n + 1:])
    assert len({place.top() for place in places}) > 1  # wrapped onto a second line
    assert all(button.width() >= button.sizeHint().width() for button in buttons[1:])  # none squeezed


def test_the_opportunity_card_scrolls_down_only_its_buttons_wrapped(qtbot, long_names, app_window):
    window = app_window[0]
    page = _narrow(app_window, "opportunities", long_names["opportunities"])
    card = page.right.currentWidget()
    assert isinstance(card, QScrollArea)
    qtbot.waitUntil(lambda: _sideways(window) == 0)

    assert card.horizontalScrollBar().maximum() == 0
    for button in (page.edit_opportunity_button, page.log_call_button, page.new_interview_button,
                   page.delete_interview_button):
        assert _place(button, card.viewport()).right() <= card.viewport().width(), button.text()


def test_a_long_company_in_the_opportunities_list_is_elided_not_scrolled_to(qtbot, long_names, app_window):
    window, controller = app_window
    window.resize(1366, 768)
    controller.open_page("opportunities", long_names["opportunities"])
    table = window.pages["opportunities"].table
    qtbot.waitUntil(lambda: table.horizontalHeader().length() <= table.viewport().width())

    assert table.horizontalScrollBar().maximum() == 0
    row = next(r for r in range(table.model().rowCount()) if table.model().index(r, 0).data() == LONG_COMPANY)
    assert LONG_COMPANY in html.unescape(table.model().index(row, 0).data(Qt.ItemDataRole.ToolTipRole))  # whole



def test_panes_ask_for_the_wider_panes_width_and_stack_below_both(qtbot):
    from desktop.ui.screen_fit import Panes

    first, second = QWidget(), QWidget()
    for pane in (first, second):
        pane.setMinimumSize(300, 100)
    window = QWidget()  # a window of its own, a splitter would not get narrower than both its panes side by side
    panes = Panes(first, second, parent=window)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    panes.resize(800, 300)
    assert not panes.stacked() and panes.minimumSizeHint().width() == 300

    panes.resize(500, 300)
    assert panes.stacked() and panes.minimumSizeHint().height() >= 200
    panes.resize(500, 500)
    assert first.geometry().bottom() < second.geometry().top()
    panes.resize(900, 300)
    assert not panes.stacked() and first.geometry().right() < second.geometry().left()


def test_a_flow_row_wraps_its_buttons_and_grows_taller(qtbot):
    from desktop.ui.screen_fit import FlowRow

    buttons = [QPushButton(text) for text in ("Nouvelle opportunité", "Modifier", "Marquer comme annulé", "Supprimer")]
    row = FlowRow(*buttons, right=True)
    qtbot.addWidget(row)
    row.resize(2000, 40)
    row.show()
    qtbot.waitExposed(row)
    assert len({button.y() for button in buttons}) == 1
    assert buttons[-1].geometry().right() == row.width() - 1  # lined up at the right edge

    row.resize(row.minimumSizeHint().width(), 40)
    qtbot.waitUntil(lambda: len({button.y() for button in buttons}) > 1)
    places = [button.geometry() for button in buttons]
    assert not any(a.intersects(b) for n, a in enumerate(places) for b in places[n + 1:])
    assert all(place.right() < row.width() and place.bottom() < row.minimumHeight() for place in places)


@pytest.mark.qt_log_ignore(r"This plugin does not support raise\(\)")  # the tooltip, offscreen
def test_a_cell_cut_short_shows_its_whole_text_in_a_tooltip(qtbot):
    from PySide6.QtGui import QHelpEvent, QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QToolTip

    from desktop.ui.row_table import give_way, row_table

    model = QStandardItemModel(0, 2)
    model.appendRow([QStandardItem(LONG_COMPANY), QStandardItem("Im Gespräch")])
    table = row_table(model)
    qtbot.addWidget(table)
    give_way(table, 0)
    table.resize(220, 120)
    table.show()
    qtbot.waitExposed(table)
    qtbot.waitUntil(lambda: table.horizontalHeader().length() <= table.viewport().width())
    assert table.horizontalScrollBar().maximum() == 0

    cell = table.visualRect(model.index(0, 0)).center()
    hover = QHelpEvent(QHelpEvent.Type.ToolTip, cell, table.viewport().mapToGlobal(cell))
    QApplication.sendEvent(table.viewport(), hover)
    assert html.unescape(QToolTip.text()) == f"<qt>{LONG_COMPANY}</qt>"
    QToolTip.hideText()


def test_a_change_to_one_columns_cells_measures_only_that_column_again(qtbot):
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    from desktop.ui.row_table import give_way

    class Counting(QTableView):
        def __init__(self) -> None:
            super().__init__()
            self.measured: list[int] = []

        def sizeHintForColumn(self, column: int) -> int:
            self.measured.append(column)
            return super().sizeHintForColumn(column)

    model = QStandardItemModel(0, 3)
    for number in range(50):
        model.appendRow([QStandardItem(f"{number}:00"), QStandardItem("Thank-you note"), QStandardItem("Acme")])
    table = Counting()
    table.setModel(model)
    qtbot.addWidget(table)
    give_way(table, 1, 2)
    table.resize(900, 300)
    table.show()
    qtbot.waitUntil(lambda: sorted(table.measured) == [1, 2])
    table.measured.clear()
    wide = table.horizontalHeader().sectionSize(1)
    model.item(7, 1).setText(f"Thank-you note to {LONG_NAME}")
    qtbot.waitUntil(lambda: table.horizontalHeader().sectionSize(1) > wide)
    assert table.measured == [1]


@pytest.mark.qt_log_ignore(r"This plugin does not support ((raise|propagateSizeHints)\(\)|grabbing the keyboard)")
def test_the_chosen_interview_ends_in_an_ellipsis_and_is_read_whole_in_its_tooltip_and_list(qtbot, long_names,
                                                                                           app_window):
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    page = _narrow(app_window, "notes", long_names["notes"])
    combo = page.interviews
    whole = combo.currentText()
    qtbot.waitUntil(lambda: _sideways(app_window[0]) == 0)

    assert LONG_COMPANY in whole
    assert combo.shown_text().endswith("…") and whole.startswith(combo.shown_text()[:-1])
    assert combo.fontMetrics().horizontalAdvance(combo.shown_text()) < combo.width()
    middle = combo.rect().center()
    QApplication.sendEvent(combo, QHelpEvent(QHelpEvent.Type.ToolTip, middle, combo.mapToGlobal(middle)))
    assert html.unescape(QToolTip.text()) == f"<qt>{whole}</qt>"
    QToolTip.hideText()

    combo.showPopup()
    listing = combo.view()
    qtbot.waitUntil(listing.isVisible)
    place = listing.visualRect(listing.model().index(combo.currentIndex(), 0))
    screen = combo.screen().availableGeometry().width()  # 800 px offscreen: narrower than this entry
    assert listing.window().width() == screen > combo.width()  # as wide as its longest entry, within the screen
    assert place.width() < listing.fontMetrics().horizontalAdvance(whole)
    QApplication.sendEvent(listing.viewport(), QHelpEvent(QHelpEvent.Type.ToolTip, place.center(),
                                                          listing.viewport().mapToGlobal(place.center())))
    assert html.unescape(QToolTip.text()).startswith(f"<qt>{whole}<br>")  # the entry cut by the screen's edge
    QToolTip.hideText()
    combo.hidePopup()


def test_every_combo_box_of_the_window_elides_its_value():
    """One combo box for the whole window: a QComboBox made anywhere else would cut a long value off unmarked."""
    from pathlib import Path

    ui = Path(__file__).resolve().parents[2] / "desktop" / "ui"
    made = [f"{path.relative_to(ui)}:{n}" for path in ui.rglob("*.py") if path.name != "combo_box.py"
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if "QComboBox(" in line]
    assert made == []


@pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)\(\)")
def test_a_narrow_checklist_keeps_the_names_whole_and_its_headings_read_in_tooltips(qtbot, sample_workspace, german):
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    from desktop.ui.bus import DataBus
    from desktop.ui.notes.print_checklist import PrintChecklistDialog
    from desktop.ui.pages.base import PageContext

    dialog = PrintChecklistDialog(PageContext(sample_workspace, DataBus(), lambda key, target: None))
    qtbot.addWidget(dialog)
    dialog.setMinimumSize(0, 0)
    dialog.show()
    dialog.resize(560, 420)  # a dialog on 1366 × 768 at 200 %, a little less for its border
    table, header = dialog.table, dialog.table.horizontalHeader()
    qtbot.waitUntil(lambda: header.length() <= table.viewport().width())

    assert table.horizontalScrollBar().maximum() == 0
    names = [table.model().index(row, 0).data() for row in range(table.model().rowCount())]
    assert names and header.sectionSize(0) >= max(table.fontMetrics().horizontalAdvance(n) for n in names)
    written = 3  # the first tick, "Geschrieben": its heading no longer has room
    assert header.sectionSize(written) < header.sectionSizeHint(written)
    middle = QPoint(header.sectionViewportPosition(written) + header.sectionSize(written) // 2, header.height() // 2)
    hover = QHelpEvent(QHelpEvent.Type.ToolTip, middle, header.viewport().mapToGlobal(middle))
    QApplication.sendEvent(header.viewport(), hover)
    assert html.unescape(QToolTip.text()) == "<qt>Geschrieben</qt>"
    QToolTip.hideText()


def test_today_in_german_gives_the_row_to_the_item_and_the_due_column_only_its_dates(qtbot, german, long_names,
                                                                                     app_window):
    window = app_window[0]
    page = _narrow(app_window, "today", None)
    table, header = page.table, page.table.horizontalHeader()
    model = table.model()
    items = [row for row in range(model.rowCount()) if not model.is_header(row)]
    qtbot.waitUntil(lambda: _sideways(window) == 0 and header.length() <= table.viewport().width())

    assert table.horizontalScrollBar().maximum() == 0
    dates = [table.sizeHintForIndex(model.index(row, 0)).width() for row in items]
    assert any(model.index(row, 0).data().startswith(("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")) for row in items)
    assert max(dates) <= header.sectionSize(0) <= max([*dates, header.sectionSizeHint(0)])  # whole, and no wider
    assert header.sectionSize(1) > header.sectionSize(2)  # what is due gets the room before what it is for
    tooltip = html.unescape(model.index(items[0], 2).data(Qt.ItemDataRole.ToolTipRole))
    assert model.index(items[0], 1).data() in tooltip and model.index(items[0], 2).data() in tooltip


def test_notes_in_german_keep_the_names_whole_and_narrow_the_state_and_countdown(qtbot, german, long_names,
                                                                                 sample_workspace, app_window):
    from desktop.operations import notes as notes_ops

    window, controller = app_window
    window.resize(1120, 720)  # the window's size on first start
    busiest = max(notes_ops.interviews_with_people(sample_workspace), key=lambda row: row.people)
    controller.open_page("notes", (busiest.interview_id, None))
    page = window.pages["notes"]
    table, header = page.people, page.people.horizontalHeader()
    model = table.model()
    qtbot.waitUntil(lambda: model.rowCount() == busiest.people)

    def names_whole() -> None:  # the German state and countdown beside them, the list not scrolling sideways
        names = [table.sizeHintForIndex(model.index(row, 0)).width() for row in range(model.rowCount())]
        assert header.sectionSize(0) >= max(names)
        assert header.length() == table.viewport().width()
        assert table.horizontalScrollBar().maximum() == 0

    qtbot.waitUntil(names_whole, timeout=2000)

    controller.open_page("notes", long_names["notes"])  # a name longer than the list is wide
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.index(0, 0).data() == LONG_NAME)

    def name_keeps_its_room() -> None:  # cut short, but keeping nearly half the list, the countdown some of it
        assert header.sectionSize(0) < table.sizeHintForIndex(model.index(0, 0)).width()
        assert header.sectionSize(0) >= table.viewport().width() * 0.4
        assert header.sectionSize(2) >= header.sectionSizeHint(2)
        assert header.length() == table.viewport().width()

    qtbot.waitUntil(name_keeps_its_room, timeout=2000)


def test_headings_wider_than_the_list_are_cut_short_too_rather_than_the_list_scrolling(qtbot):
    # The Opportunities list in German at the window's first size: "Firma", "Status", "Als Nächstes" and "Hinweise"
    # at their headings' widths were wider than its pane, and it scrolled sideways.
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    from desktop.ui.row_table import give_way, row_table

    model = QStandardItemModel(0, 4)
    model.setHorizontalHeaderLabels(["Firma", "Status", "Als Nächstes", "Hinweise"])
    model.appendRow([QStandardItem(text) for text in (LONG_COMPANY, "Im Gespräch", "Entscheidung erwartet bis "
                                                      "Mittwoch, 9. Dezember 2026", "4 Nachrichten offen")])
    table = row_table(model)
    qtbot.addWidget(table)
    give_way(table, 3, 1, 0, 2, least={0: 140})
    header = table.horizontalHeader()
    headings = sum(header.sectionSizeHint(column) for column in range(4))
    table.resize(headings + 140 - header.sectionSizeHint(0) - 30, 120)  # the company at its least: 30 px short
    table.show()
    qtbot.waitExposed(table)

    def fitted() -> None:
        assert header.length() == table.viewport().width()
        assert table.horizontalScrollBar().maximum() == 0
        assert header.sectionSize(0) >= 140  # the company keeps what tells one from another
        assert header.sectionSize(3) < header.sectionSizeHint(3)  # "Hinweise" cut short first

    qtbot.waitUntil(fitted, timeout=2000)
