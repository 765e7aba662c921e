"""Every control a dialog's user can Tab to has a name a screen reader says, in English and German: a form's field
by its row's label (each field of a row of them), a date's or number's text field by its box's, a list by what
it lists. tests/accessibility walks the same over AT-SPI, for real; this is its quick check in every run."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

from desktop.ui.bus import DataBus
from desktop.ui.cards.card_fields import ValueRows
from desktop.ui.cards.people_met import PeopleMetWidget
from desktop.ui.notes.templates_dialog import TemplatesDialog
from desktop.ui.pages.base import PageContext
from desktop.ui.settings.settings_dialog import SettingsDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _nameless(dialog: QWidget) -> list[str]:
    """The controls of `dialog` that take the keyboard and that a screen reader could only call by their kind."""
    found = []
    for widget in dialog.findChildren(QWidget):
        said = QAccessible.queryAccessibleInterface(widget)
        if widget.isVisible() and widget.focusPolicy() & widget.focusPolicy().TabFocus and said is not None \
                and not said.text(QAccessible.Text.Name).strip():
            found.append(f"{type(widget).__name__} in {type(widget.parentWidget()).__name__}")
    return found


@pytest.mark.parametrize("language", ["en", "de"])
def test_every_settings_tab_names_each_of_its_fields(qtbot, request, workspace, language):
    if language == "de":
        request.getfixturevalue("german")
    dialog = SettingsDialog(workspace.settings)
    qtbot.addWidget(dialog)
    dialog.show()
    for tab in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(tab)
        qtbot.waitUntil(lambda: dialog.tabs.currentWidget().isVisible())
        assert _nameless(dialog) == [], dialog.tabs.tabText(tab)


def test_the_interview_dialog_names_its_times_and_the_people_met(german, new_interview_dialog):
    dialog = new_interview_dialog
    assert _nameless(dialog) == []
    assert QAccessible.queryAccessibleInterface(dialog.findChild(PeopleMetWidget).table).text(
        QAccessible.Text.Name) == "Kennengelernte Personen"


def test_the_templates_dialog_names_its_list_and_its_text(qtbot, workspace):
    from desktop.ui.notes.templates_dialog_controller import TemplatesController

    dialog = TemplatesDialog()
    TemplatesController(dialog, PageContext(workspace, DataBus(), lambda *_: None))
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)

    assert _nameless(dialog) == []
    assert dialog.text_edit.accessibleName() == "Template text"


@pytest.mark.parametrize(("kind", "said"), [("email", "Remove this email"), ("phone", "Remove this phone")])
def test_a_remove_button_is_said_by_what_it_removes_not_by_its_cross(qtbot, kind, said):
    rows = ValueRows(kind, "DE")
    qtbot.addWidget(rows)
    row = rows.add_row()
    assert QAccessible.queryAccessibleInterface(row.remove).text(QAccessible.Text.Name) == said


@pytest.mark.parametrize(("language", "said"), [("en", "Choose the interviews in whole_calendar.ics"),
                                                ("de", "Gespräche in whole_calendar.ics auswählen")])
def test_a_dialogs_list_without_a_name_of_its_own_is_said_by_the_dialogs_title(qtbot, request, workspace,
                                                                               language, said):
    from pathlib import Path

    from desktop.operations.ics_transfer import read_calendar_file
    from desktop.ui.interviews.calendar_choice_dialog import CalendarChoiceDialog

    if language == "de":
        request.getfixturevalue("german")
    calendar = Path(__file__).parents[1] / "fixtures" / "ics" / "whole_calendar.ics"
    dialog = CalendarChoiceDialog(read_calendar_file(workspace, calendar), workspace.zone)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)

    assert _nameless(dialog) == []
    assert QAccessible.queryAccessibleInterface(dialog.table).text(QAccessible.Text.Name) == said
