"""File → Import of a whole calendar: the events that look like interviews come ticked, the user changes the ticks
by clicking, and only the ticked events become interviews."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QTableView
from sqlalchemy import select

from desktop.core.settings import Settings
from desktop.operations.ics_transfer import read_calendar_file
from desktop.operations.import_batches import list_batches
from desktop.storage.models import Interview
from desktop.ui.interviews.calendar_choice_dialog import CalendarChoiceDialog
from desktop.ui.models.calendar_choice_model import TICK, TITLE, WITH, CalendarChoiceModel
from tests.conftest import ZONE
from tests.dialog_helpers import showing, shown, shown_box
from tests.ui.keyboard import type_text
from tests.ui.task_helpers import wait_for_tasks
from tests.ui.test_background_tasks import import_from_menu

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
CALENDAR = FIXTURES / "ics" / "whole_calendar.ics"


def stored_uids(workspace) -> set[str]:
    with workspace.session() as session:
        return set(session.scalars(select(Interview.ical_uid)))


def row_of(table: QTableView, title: str) -> int:
    model = table.model()
    return next(r for r in range(model.rowCount()) if model.index(r, TITLE).data() == title)


def click_tick(qtbot, table: QTableView, title: str) -> None:
    """Click the tick box of the event's row, where the style draws it."""
    index = table.model().index(row_of(table, title), TICK)
    table.scrollTo(index)
    option = QStyleOptionViewItem()
    option.initFrom(table.viewport())
    option.rect = table.visualRect(index)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = table.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, table)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=box.center())


def ticked_titles(dialog: CalendarChoiceDialog) -> set[str]:
    model = dialog.model
    return {model.index(r, TITLE).data() for r in range(model.rowCount())
            if model.index(r, TICK).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked}


@pytest.fixture
def choosing(qtbot, app_window, workspace, monkeypatch):
    """The window after File → Import of the whole calendar: its choice dialog open."""
    window, controller = app_window
    workspace.settings = Settings(your_email="alex.candidate@gmail.com")
    import_from_menu(window, CALENDAR, monkeypatch)
    wait_for_tasks(qtbot, controller.runner)
    dialog = shown(window, CalendarChoiceDialog)
    assert stored_uids(workspace) == set()  # read, nothing imported yet
    return window, controller, dialog


def test_ticks_changed_by_clicking_decide_what_is_imported(qtbot, choosing, workspace):
    window, controller, dialog = choosing
    assert ticked_titles(dialog) == {"Phone screen", "Chat with Siobhán", "Entretien – Société Exemple",
                                     "Interview – Senior Product Designer (final round)",
                                     "Vorstellungsgespräch bei Müller & Söhne"}
    assert dialog.import_button.text() == "Import 5 interviews"
    assert dialog.count_label.text() == "13 events, 5 ticked"

    click_tick(qtbot, dialog.table, "Phone screen")
    click_tick(qtbot, dialog.table, "Lunch with Sam")
    click_tick(qtbot, dialog.table, "Dentist – check-up")
    click_tick(qtbot, dialog.table, "Dentist – check-up")  # and back
    assert "Phone screen" not in ticked_titles(dialog) and "Lunch with Sam" in ticked_titles(dialog)
    assert dialog.import_button.text() == "Import 5 interviews"

    type_text(dialog.filter_edit, "initech")
    assert dialog.model.rowCount() == 1 and dialog.count_label.text() == "1 of 13 events listed, 5 ticked"
    qtbot.mouseClick(dialog.tick_all_button, Qt.MouseButton.LeftButton)
    assert dialog.import_button.text() == "Import 6 interviews"
    dialog.filter_edit.clear()
    assert dialog.model.rowCount() == 13

    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, controller.runner)
    assert stored_uids(workspace) == {"globex-chat-88aa@google.com", "entretien-3b7c@google.com",
                                      "northwind-final-0a4d@google.com", "vorstellung-6e01@google.com",
                                      "lunch-9d3e@google.com", "initech-2019-77c2@google.com"}
    box = shown_box(window)
    assert box.text() == ("whole_calendar.ics: 6 added, 0 updated with new details, 0 differ from yours, "
                          "0 unchanged, 0 skipped, 7 left out")
    assert window.undo_import_action.text() == "Undo import \u201cwhole_calendar.ics\u201d"
    assert len(list_batches(workspace)) == 1
    box.close()


def test_tick_none_leaves_nothing_to_import_and_cancel_imports_nothing(qtbot, choosing, workspace):
    window, controller, dialog = choosing
    qtbot.mouseClick(dialog.tick_none_button, Qt.MouseButton.LeftButton)
    assert not dialog.import_button.isEnabled() and dialog.import_button.text() == "Import"
    click_tick(qtbot, dialog.table, "Lunch with Sam")
    assert dialog.import_button.text() == "Import 1 interview"
    with qtbot.waitSignal(dialog.rejected):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not controller.runner.busy()
    assert stored_uids(workspace) == set() and list_batches(workspace) == []
    assert window.statusBar().currentMessage() == "Nothing was imported from whole_calendar.ics."


def test_a_double_click_on_a_row_ticks_it_and_headers_sort(qtbot, choosing):
    _window, _controller, dialog = choosing
    table = dialog.table
    row = row_of(table, "Lunch with Sam")
    rect = table.visualRect(table.model().index(row, TITLE))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a double click's first press
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert "Lunch with Sam" in ticked_titles(dialog)
    header = table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(TITLE) + 20, header.height() // 2))
    titles = [table.model().index(r, TITLE).data() for r in range(table.model().rowCount())]
    assert titles == sorted(titles, key=str.casefold)


def test_a_card_file_and_a_calendar_dropped_together(qtbot, app_window, workspace, tmp_path):
    window, controller = app_window
    cards = tmp_path / "cards.vcf"
    cards.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Ødegaard\r\nEND:VCARD\r\n", encoding="utf-8")
    window.files_dropped.emit([cards, CALENDAR])
    wait_for_tasks(qtbot, controller.runner)
    box = shown_box(window)
    assert box.text().startswith("cards.vcf: 1 added")
    assert "Then choose the interviews among the events of whole_calendar.ics." in box.informativeText()
    assert not showing(window, CalendarChoiceDialog)  # one thing at a time
    box.close()
    dialog = shown(window, CalendarChoiceDialog)
    dialog.reject()


def test_the_model_is_valid_and_filters_ignoring_accents(qtmodeltester, workspace):
    model = CalendarChoiceModel(read_calendar_file(workspace, CALENDAR), ZONE)
    qtmodeltester.check(model)
    model.set_search("SIOBHAN globex")
    assert [model.index(r, TITLE).data() for r in range(model.rowCount())] == ["Chat with Siobhán"]
    assert "Siobhán Ní Bhriain &lt;siobhan.nibhriain@globex.ie&gt;" in model.index(0, WITH).data(
        Qt.ItemDataRole.ToolTipRole)  # the address shown as text, not read as a tag
    model.set_search("")
    assert model.rowCount() == 13


def test_two_calendars_are_chosen_from_one_after_the_other(qtbot, app_window, workspace, tmp_path):
    window, controller = app_window
    second = tmp_path / "Équipe – calendrier partagé.ics"
    second.write_bytes(CALENDAR.read_bytes())
    window.files_dropped.emit([CALENDAR, second])
    wait_for_tasks(qtbot, controller.runner)
    first = shown(window, CalendarChoiceDialog)
    assert first.preview.file_name == "whole_calendar.ics"
    with qtbot.waitSignal(first.rejected):
        qtbot.mouseClick(first.cancel_button, Qt.MouseButton.LeftButton)
    following = shown(window, CalendarChoiceDialog)
    assert following is not first and following.isVisible()
    assert following.windowTitle() == "Choose the interviews in Équipe – calendrier partagé.ics"
    with qtbot.waitSignal(following.finished):
        qtbot.mouseClick(following.import_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, controller.runner)
    assert shown_box(window).text().startswith("Équipe – calendrier partagé.ics: 5 added")
    assert len(stored_uids(workspace)) == 5
    shown_box(window).close()
