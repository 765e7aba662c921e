"""The people-met widget the interview editor embeds: add, remove, and meeting notes saved as typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.operations.people_met import people_met
from desktop.storage.models import Interview
from desktop.ui.bus import DataBus
from desktop.ui.cards.card_dialog import CardDialog
from desktop.ui.cards.contact_picker import ContactPickerDialog
from desktop.ui.cards.people_met import PeopleMetWidget
from desktop.ui.models.people_met_model import PeopleMetModel
from desktop.ui.pages.base import PageContext
from tests.dialog_helpers import shown

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


@pytest.fixture
def panel_id(sample_workspace) -> int:
    with sample_workspace.session() as session:
        return session.scalar(select(Interview.id).where(Interview.process_owner_id.is_not(None))
                              .order_by(Interview.starts_at.desc()))


@pytest.fixture
def widget(qtbot, sample_workspace, panel_id):
    widget = PeopleMetWidget(PageContext(sample_workspace, DataBus(), lambda *_: None))
    qtbot.addWidget(widget)
    widget.resize(800, 400)
    widget.show()
    widget.set_interview(panel_id)
    return widget


def _names(widget: PeopleMetWidget) -> list[str]:
    return [widget.model.index(r, 0).data() for r in range(widget.model.rowCount())]


def test_the_people_met_model_is_a_valid_qt_model(qtmodeltester, sample_workspace, panel_id):
    model = PeopleMetModel()
    model.set_rows(people_met(sample_workspace, panel_id))
    qtmodeltester.check(model)


def test_lists_the_people_and_their_memorable_moment(widget):
    assert _names(widget) == ["Dana Whitfield", "Tomás Ortega", "Zoë Lindqvist"]
    assert widget.memorable_label.text() == "What was memorable with Dana Whitfield"
    assert widget.memorable.toPlainText().startswith("how the analytics onboarding")


def test_the_meeting_note_saves_shortly_after_typing(qtbot, widget, sample_workspace, panel_id):
    widget.table.selectRow(1)
    widget.memorable.clear()
    qtbot.keyClicks(widget.memorable, "We both worked on Kafka pipelines.")
    qtbot.keyClicks(widget.promised, "Send the paper")
    assert widget.status.text() == "Editing…"
    qtbot.waitUntil(lambda: widget.status.text() == "Saved", timeout=3000)
    tomas = people_met(sample_workspace, panel_id)[1]
    assert (tomas.memorable, tomas.promised) == ("We both worked on Kafka pipelines.", "Send the paper")
    assert widget.memorable.toPlainText() == "We both worked on Kafka pipelines."  # the reload kept the editor


def test_switching_person_saves_at_once(qtbot, widget, sample_workspace, panel_id):
    qtbot.keyClicks(widget.memorable, " Also the roadmap.")
    widget.table.selectRow(2)
    assert people_met(sample_workspace, panel_id)[0].memorable.endswith("Also the roadmap.")
    assert widget.memorable.toPlainText().startswith("your field notes")


def test_add_an_existing_contact_through_the_picker_and_remove_them(qtbot, widget, sample_workspace, panel_id):
    qtbot.mouseClick(widget.add_button, Qt.MouseButton.LeftButton)
    picker = shown(widget, ContactPickerDialog)
    assert picker.model.rowCount() == 6  # the three already listed are not offered
    qtbot.keyClicks(picker.search, "siobhan")
    assert picker.model.rowCount() == 1 and picker.ok_button.isEnabled()
    qtbot.mouseClick(picker.ok_button, Qt.MouseButton.LeftButton)
    assert _names(widget)[-1] == "Siobhán Ní Bhriain" and widget.selected_id() == widget.model.row_at(3).contact_id
    assert [p.name for p in people_met(sample_workspace, panel_id)][-1] == "Siobhán Ní Bhriain"
    qtbot.mouseClick(widget.remove_button, Qt.MouseButton.LeftButton)
    assert _names(widget) == ["Dana Whitfield", "Tomás Ortega", "Zoë Lindqvist"]
    assert len(people_met(sample_workspace, panel_id)) == 3


def test_add_a_new_card_from_the_picker(qtbot, widget, sample_workspace, panel_id):
    qtbot.mouseClick(widget.add_button, Qt.MouseButton.LeftButton)
    picker = shown(widget, ContactPickerDialog)
    qtbot.keyClicks(picker.search, "Ravi Patel")
    assert picker.model.rowCount() == 0 and not picker.ok_button.isEnabled()
    qtbot.mouseClick(picker.new_button, Qt.MouseButton.LeftButton)
    card = shown(picker, CardDialog)
    assert card.fields["full_name"].text() == "Ravi Patel"
    qtbot.keyClicks(card.fields["title"], "Data Engineer")
    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    assert _names(widget)[-1] == "Ravi Patel"
    assert people_met(sample_workspace, panel_id)[-1].title == "Data Engineer"
