"""The Calendar page over the sample data: markers, month switches, the day's agenda and opening items."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QTableView

from desktop.operations import calendar as calendar_ops
from desktop.operations import opportunities as opps
from desktop.operations.calendar import MarkerKind
from desktop.ui.bus import DataBus
from desktop.ui.models.day_agenda_model import DayAgendaModel
from desktop.ui.models.roles import ItemRole
from desktop.ui.pages.base import PageContext
from desktop.ui.pages.calendar import CalendarPage
from desktop.ui.style import marker_colour

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def opened():
    return []


@pytest.fixture
def page(qtbot, sample_workspace, opened):
    bus = DataBus()
    widget = CalendarPage()
    qtbot.addWidget(widget)
    widget.bind(PageContext(sample_workspace, bus, lambda key, target: opened.append((key, target))))
    bus.published.connect(lambda _changes: widget.refresh())
    widget.refresh()
    widget.resize(1000, 640)
    widget.show()
    return widget


def test_the_sample_days_carry_their_markers(page):
    calendar = page.calendar
    assert (calendar.yearShown(), calendar.monthShown()) == (2026, 11)
    assert calendar.today == date(2026, 11, 25) and page.selected_day() == date(2026, 11, 25)
    assert calendar.kinds_on(date(2026, 11, 24)) == [MarkerKind.INTERVIEW]
    assert calendar.kinds_on(date(2026, 11, 26)) == [MarkerKind.NOTE]
    assert calendar.kinds_on(date(2026, 11, 23)) == [MarkerKind.CALL]
    assert calendar.kinds_on(date(2026, 11, 30)) == [MarkerKind.INTERVIEW, MarkerKind.MOVE_ON]
    assert calendar.kinds_on(date(2026, 11, 25)) == []


def test_markers_are_painted_in_their_colours(page):
    page.calendar.setSelectedDate(QDate(2026, 11, 1))
    image = page.calendar.grab().toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)}
    for kind in (MarkerKind.INTERVIEW, MarkerKind.NOTE, MarkerKind.CALL, MarkerKind.MOVE_ON):
        assert marker_colour(kind).name() in colours


def test_switching_months_shows_that_months_markers(qtbot, page):
    calendar = page.calendar
    calendar.showNextMonth()
    assert calendar.monthShown() == 12
    assert calendar.kinds_on(date(2026, 12, 9)) == [MarkerKind.CALL]
    assert calendar.kinds_on(date(2026, 11, 24)) == []  # last month's marks are gone
    qtbot.mouseClick(page.today_button, Qt.MouseButton.LeftButton)
    assert calendar.monthShown() == 11 and page.selected_day() == date(2026, 11, 25)


def test_keyboard_moves_the_selected_day_and_its_agenda(qtbot, page):
    page.calendar.setFocus()
    view = page.calendar.findChild(QTableView, "qt_calendar_calendarview")
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert page.selected_day() == date(2026, 11, 24)
    assert page.model.rowCount() == 1
    assert page.model.index(0, 0).data().startswith("14:00   Panel interview at Northwind Analytics")


def test_the_selected_days_agenda_lists_whole_day_items_first(page, sample_workspace):
    opps.add_personal_date(sample_workspace, "Notice period starts", date(2026, 11, 30))
    page.refresh()
    page.calendar.setSelectedDate(QDate(2026, 11, 30))
    kinds = [page.model.index(r, 0).data(ItemRole).kind for r in range(page.model.rowCount())]
    assert kinds == [MarkerKind.PERSONAL, MarkerKind.MOVE_ON, MarkerKind.INTERVIEW]
    assert page.model.index(0, 0).data().startswith("All day   Notice period starts")
    assert page.calendar.kinds_on(date(2026, 11, 30))[-1] is MarkerKind.PERSONAL
    assert page.empty_day.isHidden()
    page.calendar.setSelectedDate(QDate(2026, 11, 25))
    assert page.model.rowCount() == 0 and page.empty_day.isVisible()


def test_a_flagged_opportunity_gets_its_own_marker(page, sample_workspace):
    lumen = next(r for r in opps.list_opportunities(sample_workspace) if r.company == "Lumen Health")
    opps.add_personal_date(sample_workspace, "Offer from Lumen expires", date(2026, 12, 4), lumen.id)
    page.refresh()
    page.calendar.showNextMonth()
    assert page.calendar.kinds_on(date(2026, 12, 8)) == [MarkerKind.CONFLICT]
    assert page.calendar.kinds_on(date(2026, 12, 4)) == [MarkerKind.PERSONAL]


def test_enter_on_an_item_opens_it_on_the_opportunities_page(qtbot, page, opened):
    page.calendar.setSelectedDate(QDate(2026, 11, 24))
    page.agenda_view.setFocus()
    page.agenda_view.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.agenda_view, Qt.Key.Key_Return)
    key, target = opened[0]
    marker = page.model.index(0, 0).data(ItemRole)
    assert key == "opportunities" and target == marker.target and target.interview_id is not None


def test_a_note_deadline_opens_that_interviews_notes(qtbot, page, opened):
    page.calendar.setSelectedDate(QDate(2026, 11, 26))  # the panel's notes are due the day after
    row = next(r for r in range(page.model.rowCount())
               if page.model.index(r, 0).data(ItemRole).kind is MarkerKind.NOTE)
    marker = page.model.index(row, 0).data(ItemRole)
    page.agenda_view.activated.emit(page.model.index(row, 0))
    assert opened == [("notes", (marker.target.interview_id, None))]


def test_the_day_agenda_model_is_a_valid_qt_model(qtmodeltester, sample_workspace):
    model = DayAgendaModel(sample_workspace.zone)
    model.set_rows(calendar_ops.day_agenda(sample_workspace, date(2026, 11, 30)))
    assert model.rowCount() == 2
    qtmodeltester.check(model)
