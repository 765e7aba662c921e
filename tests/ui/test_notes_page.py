"""The Notes page and composer, offscreen on a real database: picking, typing, checks, templates, autosave."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMessageBox

from desktop.core.agenda import AgendaItem, ItemKind
from desktop.core.domain import NoteChannel, NoteState
from desktop.operations import contacts as contacts_ops
from desktop.operations import notes as notes_ops
from desktop.ui.colours import ERROR, MUTED, WARNING, WARNING_BACKGROUND
from desktop.ui.models.notes_models import (
    ChecksModel,
    InterviewListModel,
    PeopleModel,
    countdown,
    countdown_colour,
)
from desktop.ui.pages.composer_controller import SAVE_MAX_WAIT_MS, SAVE_PAUSE_MS
from desktop.ui.pages.notes import COUNTDOWN_MS
from desktop.ui.style import colour
from tests.dialog_helpers import shown_box
from tests.ui.notes_helpers import build_page, checks_by_name, open_person, panel, person


def set_body(qtbot, page, text: str) -> None:
    """Replace the draft as a user would: select all, then type."""
    body = page.composer.view.body
    body.setFocus()
    body.selectAll()
    qtbot.keyClick(body, Qt.Key.Key_Delete)
    for number, line in enumerate(text.split("\n")):
        if number:
            qtbot.keyClick(body, Qt.Key.Key_Return)
        qtbot.keyClicks(body, line)


def test_page_lists_the_panel_first_with_each_persons_state_and_countdown(qtbot, sample_workspace):
    page = build_page(qtbot, sample_workspace)
    assert page.interviews.currentIndex() == 0
    assert "Northwind Analytics" in page.interviews.currentText() and "Panel" in page.interviews.currentText()
    model = page.people_model
    shown = {model.index(r, 0).data(): model.index(r, 1).data() for r in range(model.rowCount())}
    # Dana's note is open in the composer, from the template: looked at, not written, so not yet a draft.
    assert shown == {"Dana Whitfield": "not started", "Tomás Ortega": "ready", "Zoë Lindqvist": "handwritten"}
    assert model.index(0, 2).data().endswith("left")
    assert page.composer.row.full_name == "Dana Whitfield"  # the first person whose note is not sent


def test_countdown_turns_amber_under_12_hours_and_red_when_overdue(qtbot, sample_workspace):
    page = build_page(qtbot, sample_workspace)
    model = page.people_model
    due = model.person_at(0).due
    assert page.countdown_timer.isActive() and page.countdown_timer.interval() == COUNTDOWN_MS
    model.set_now(due - timedelta(hours=13))
    assert model.index(0, 2).data(Qt.ItemDataRole.ForegroundRole) == colour(MUTED)
    model.set_now(due - timedelta(hours=5, minutes=20))
    assert model.index(0, 2).data() == "5 h 20 min left"
    assert model.index(0, 2).data(Qt.ItemDataRole.ForegroundRole) == colour(WARNING)
    model.set_now(due + timedelta(hours=3))
    assert model.index(0, 2).data() == "3 h 0 min overdue"
    assert model.index(0, 2).data(Qt.ItemDataRole.ForegroundRole) == colour(ERROR)
    page.hide()
    assert not page.countdown_timer.isActive()  # no timer ticks for a page nobody sees


def test_countdown_text_and_colour_rules(sample_workspace):
    now = sample_workspace.now()
    assert countdown(now + timedelta(days=2, hours=3, minutes=5), now) == "2 d 3 h left"
    assert countdown(now + timedelta(minutes=40), now) == "40 min left"
    assert countdown_colour(now + timedelta(hours=11, minutes=59), now) == WARNING
    assert countdown_colour(now - timedelta(seconds=1), now) == ERROR


def test_the_models_are_valid_qt_models(qtmodeltester, sample_workspace):
    from desktop.core.note_checks import NoteContext, run_all

    interviews = InterviewListModel(sample_workspace.zone)
    interviews.set_rows(notes_ops.interviews_with_people(sample_workspace))
    qtmodeltester.check(interviews)
    people = PeopleModel(sample_workspace.zone)
    people.set_rows(notes_ops.composer_rows(sample_workspace, panel(sample_workspace)), sample_workspace.now())
    qtmodeltester.check(people)
    checks = ChecksModel()
    checks.set_checks(run_all("Dear Dana, thank you.", NoteContext(first_name="Dana")))
    qtmodeltester.check(checks)


def test_open_object_takes_an_agenda_item_or_a_pair(qtbot, sample_workspace):
    page = build_page(qtbot, sample_workspace)
    zoe = person(sample_workspace, "Zoë")
    item = AgendaItem(key="note:x", kind=ItemKind.NOTE, due=zoe.due, title="", detail="", opportunity_id=1,
                      interview_id=zoe.interview_id, contact_id=zoe.contact_id)
    page.open_object(item)
    assert page.composer.row.full_name == "Zoë Lindqvist"
    assert page.people.currentIndex().row() == 2
    tomas = person(sample_workspace, "Tomás")
    page.open_object((tomas.interview_id, tomas.contact_id))
    assert page.composer.view.body.toPlainText() == tomas.body and "Sketching with you how to sample" in tomas.body


def test_an_empty_draft_is_filled_from_the_template(qtbot, sample_workspace):
    sample_workspace.settings.your_name = "Sam Rivera"
    page = build_page(qtbot, sample_workspace)
    text = page.composer.view.body.toPlainText()
    assert text.startswith("Hi Dana,") and "Northwind Analytics" in text and text.rstrip().endswith("Sam Rivera")
    assert person(sample_workspace, "Dana").body == text  # stored, not only shown


def test_typing_changes_the_checks(qtbot, sample_workspace):
    page = build_page(qtbot, sample_workspace)
    set_body(qtbot, page, "Hi Dnaa, thanks.")
    qtbot.waitUntil(lambda: checks_by_name(page)["length"].reason.startswith("3 words"), timeout=2000)
    checks = checks_by_name(page)
    assert checks["length"].level == "warning"
    assert checks["name"].level == "error" and "Dnaa" in checks["name"].reason
    qtbot.keyClicks(page.composer.view.body, " Dana, I keep thinking about how the analytics onboarding lost half "
                                        "its users on step three.")
    qtbot.waitUntil(lambda: checks_by_name(page)["memorable"].ok, timeout=2000)
    assert checks_by_name(page)["name"].level == "warning"  # Dana appears, but the near-miss is still there


def test_a_missing_field_is_highlighted_and_listed(qtbot, sample_workspace):
    page = build_page(qtbot, sample_workspace)  # no name in Settings: the template leaves [your_name]
    editor = page.composer.view.body
    block = editor.document().findBlock(editor.toPlainText().index("[your_name]"))
    start = block.text().index("[your_name]")
    marked = [f for f in block.layout().formats() if f.format.background().color() == colour(WARNING_BACKGROUND)]
    assert [(f.start, f.length) for f in marked] == [(start, len("[your_name]"))]
    first = page.composer.view.checks_model.checks()[0]
    assert first.level == "error" and "[your_name]" in first.reason and "Settings" in first.reason


def test_misspelt_words_get_a_wavy_underline_and_a_suggestion_replaces_them(qtbot, sample_workspace):
    page = build_page(qtbot, sample_workspace)
    set_body(qtbot, page, "Dear Dana, I recieve your note.")
    editor = page.composer.view.body
    block = editor.document().firstBlock()
    wavy = [f for f in block.layout().formats()
            if f.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline]
    assert [(f.start, f.length) for f in wavy] == [(13, len("recieve"))]
    cursor = QTextCursor(editor.document())
    cursor.setPosition(15)
    menu = editor.build_context_menu(editor.cursorRect(cursor).center())
    options = [a.text() for a in menu.actions()]
    assert options[0] == "receive"
    menu.actions()[0].trigger()
    assert editor.toPlainText() == "Dear Dana, I receive your note."
    cursor.setPosition(7)  # "Dana" is spelled right: the usual menu, no suggestions
    plain = editor.build_context_menu(editor.cursorRect(cursor).center())
    assert "receive" not in [a.text() for a in plain.actions()]


def test_near_identical_notes_to_two_people_are_flagged(qtbot, sample_workspace):
    text = ("Thank you for the panel on Tuesday. I enjoyed the conversation about onboarding and the design "
            "review, and I left even more excited about the Senior Product Designer role at Northwind.")
    tomas = person(sample_workspace, "Tomás")
    notes_ops.save_draft(sample_workspace, tomas.interview_id, tomas.contact_id, "Thanks", f"Dear Tomás, {text}")
    page = build_page(qtbot, sample_workspace)
    set_body(qtbot, page, f"Dear Dana, {text}")
    qtbot.waitUntil(lambda: not checks_by_name(page)["personalisation"].ok, timeout=2000)
    reason = checks_by_name(page)["personalisation"].reason
    assert "Tomás Ortega" in reason and "Nearly the same" in reason


def test_typing_is_saved_after_a_pause(qtbot, sample_workspace):
    page = build_page(qtbot, sample_workspace)
    set_body(qtbot, page, "Dear Dana, thank you.")
    assert page.composer.view.save_state.text() == "Saving…"
    qtbot.wait(SAVE_PAUSE_MS + 300)
    assert person(sample_workspace, "Dana").body == "Dear Dana, thank you."
    assert page.composer.view.save_state.text() == "Saved"


def test_continuous_typing_still_saves_every_two_seconds(qtbot, sample_workspace):
    page = build_page(qtbot, sample_workspace)
    set_body(qtbot, page, "Dear Dana,")
    elapsed = 0
    while elapsed < SAVE_MAX_WAIT_MS + 300:  # never pausing long enough for the 1 s timer
        qtbot.keyClicks(page.composer.view.body, " more")
        qtbot.wait(250)
        elapsed += 250
    saved = person(sample_workspace, "Dana").body
    assert saved.startswith("Dear Dana, more") and page.composer.has_unsaved_edits


def test_switching_person_saves_at_once(qtbot, sample_workspace):
    page = build_page(qtbot, sample_workspace)
    set_body(qtbot, page, "Dear Dana, switching now.")
    open_person(page, sample_workspace, "Tomás")
    assert person(sample_workspace, "Dana").body == "Dear Dana, switching now."
    page.people.selectRow(0)
    assert page.composer.view.body.toPlainText() == "Dear Dana, switching now."


def test_hiding_the_page_saves(qtbot, sample_workspace):
    page = build_page(qtbot, sample_workspace)
    set_body(qtbot, page, "Dear Dana, hidden.")
    page.hide()
    assert person(sample_workspace, "Dana").body == "Dear Dana, hidden."


def test_changing_template_on_an_edited_draft_asks_first(qtbot, sample_workspace):
    page = build_page(qtbot, sample_workspace)
    set_body(qtbot, page, "Dear Dana, my own words.")
    combo = page.composer.view.template
    combo.setCurrentIndex(combo.findData("formal"))
    combo.activated.emit(combo.currentIndex())
    box = shown_box(page.composer.view)
    assert "Replace your edited note" in box.text()
    box.button(box.StandardButton.Cancel).click()
    assert combo.currentData() == "warm" and combo.currentText() == "Warm and personal"
    assert page.composer.view.body.toPlainText() == "Dear Dana, my own words."
    combo.setCurrentIndex(combo.findData("formal"))
    combo.activated.emit(combo.currentIndex())
    box = shown_box(page.composer.view)
    box.button(box.StandardButton.Yes).click()
    assert person(sample_workspace, "Dana").template == "formal"
    assert page.composer.view.body.toPlainText() == person(sample_workspace, "Dana").body != "Dear Dana, my own words."


def test_an_untouched_template_changes_without_asking(qtbot, sample_workspace):
    page = build_page(qtbot, sample_workspace)
    combo = page.composer.view.template
    combo.setCurrentIndex(combo.findData("brief"))
    combo.activated.emit(combo.currentIndex())
    assert not page.composer.view.findChildren(QMessageBox)
    assert person(sample_workspace, "Dana").template == "brief"


def test_memorable_and_why_fit_are_saved(qtbot, sample_workspace):
    page = build_page(qtbot, sample_workspace)
    composer = page.composer
    composer.view.memorable.setFocus()
    composer.view.memorable.selectAll()
    qtbot.keyClicks(composer.view.memorable, "the Thursday design review")
    qtbot.keyClick(composer.view.memorable, Qt.Key.Key_Return)
    composer.view.why_fit.setFocus()
    composer.view.why_fit.selectAll()
    qtbot.keyClicks(composer.view.why_fit, "I ran onboarding research for two products")
    qtbot.keyClick(composer.view.why_fit, Qt.Key.Key_Return)
    dana, tomas = person(sample_workspace, "Dana"), person(sample_workspace, "Tomás")
    assert dana.memorable == "the Thursday design review"
    assert dana.why_fit == tomas.why_fit == "I ran onboarding research for two products"
    # The draft was never edited by hand, so it follows both fields.
    assert "the Thursday design review." in dana.body and "I ran onboarding research for two products." in dana.body
    assert checks_by_name(page)["memorable"].ok


def test_ready_and_handwriting_are_stored_and_shown(qtbot, sample_workspace):
    page = build_page(qtbot, sample_workspace)
    changed = []
    page.bus.published.connect(changed.append)
    qtbot.mouseClick(page.composer.view.ready_button, Qt.MouseButton.LeftButton)
    assert person(sample_workspace, "Dana").state is NoteState.READY
    assert page.people_model.index(0, 1).data() == "ready" and changed
    qtbot.mouseClick(page.composer.view.handwriting_button, Qt.MouseButton.LeftButton)
    assert person(sample_workspace, "Dana").channel is NoteChannel.HANDWRITTEN
    assert page.people_model.index(0, 1).data() == "handwritten"
    assert not page.composer.view.send_button.isEnabled() and not page.composer.view.mail_button.isEnabled()
    assert "printed checklist" in page.composer.view.handwriting_state.text()
    assert page.composer.view.handwriting_button.text() == "Send by email instead"


def test_a_posted_handwritten_card_counts_as_sent(qtbot, sample_workspace):
    from desktop.storage.models import ThankYouNote

    zoe = person(sample_workspace, "Zoë")
    with sample_workspace.session() as session:
        note = session.query(ThankYouNote).filter_by(contact_id=zoe.contact_id).one()
        note.written = note.posted = True
    page = build_page(qtbot, sample_workspace)
    open_person(page, sample_workspace, "Zoë")
    assert page.people_model.index(2, 1).data() == "sent"
    assert page.composer.view.body.isReadOnly()


def test_no_interviews_shows_a_calm_empty_page(qtbot, workspace):
    page = build_page(qtbot, workspace)
    assert page.stack.currentWidget() is page.empty


def test_todays_write_the_note_action_opens_that_person(qtbot, sample_workspace, tmp_path):
    from PySide6.QtCore import QSettings

    from desktop.ui.controller import AppController
    from desktop.ui.main_window import MainWindow
    from desktop.ui.models.roles import ItemRole

    window = MainWindow()
    qtbot.addWidget(window)
    controller = AppController(window, sample_workspace, QSettings(str(tmp_path / "w.ini"),
                                                                   QSettings.Format.IniFormat))
    window.show()
    controller.refresh()
    model = controller.agenda_model
    row = next(r for r in range(model.rowCount()) if not model.is_header(r)
               and model.index(r, 0).data(ItemRole).title == "Handwritten note to Zoë Lindqvist")
    window.today.table.selectRow(row)
    qtbot.mouseClick(window.today.action_button, Qt.MouseButton.LeftButton)
    assert window.current_page() == "notes"
    assert window.pages["notes"].composer.row.full_name == "Zoë Lindqvist"


def type_field(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def test_an_untouched_draft_follows_the_memorable_moment_as_it_is_typed(qtbot, sample_workspace):
    page = build_page(qtbot, sample_workspace)
    composer = page.composer
    assert not composer.row.hand_edited
    type_field(qtbot, composer.view.memorable, "She described how her team cut the forecast error by a third")
    # No Return and no focus change: the pause in typing alone refills the draft.
    qtbot.waitUntil(lambda: "cut the forecast error" in composer.view.body.toPlainText(), timeout=3000)
    body = composer.view.body.toPlainText()
    assert "You described how your team cut the forecast error by a third." in body
    assert "about She" not in body and "..." not in body
    assert composer.view.memorable_hint.isVisible()
    assert composer.view.memorable_hint.text() == ("In the note: “You described how your team cut the forecast error "
                                              "by a third.”")
    dana = person(sample_workspace, "Dana")
    assert dana.body == body and not dana.hand_edited
    assert dana.memorable == "She described how her team cut the forecast error by a third"
    sentences = checks_by_name(page)["sentences"]
    assert sentences.ok and checks_by_name(page)["memorable"].ok
    # Choosing another template now replaces the text without asking: nothing of the user's is in it.
    combo = composer.view.template
    combo.setCurrentIndex(combo.findData("panel"))
    combo.activated.emit(combo.currentIndex())
    assert not composer.view.findChildren(QMessageBox)
    assert "You described how your team cut" in composer.view.body.toPlainText()


def test_once_the_text_is_edited_the_fields_no_longer_replace_it(qtbot, sample_workspace):
    page = build_page(qtbot, sample_workspace)
    composer = page.composer
    composer.view.body.setFocus()
    composer.view.body.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(composer.view.body, " PS: thank you for the coffee.")
    composer.flush()
    edited = composer.view.body.toPlainText()
    assert person(sample_workspace, "Dana").hand_edited
    type_field(qtbot, composer.view.why_fit, "I have led two analytics teams through a migration")
    qtbot.keyClick(composer.view.why_fit, Qt.Key.Key_Return)
    assert composer.view.body.toPlainText() == edited  # the user's words stay
    assert person(sample_workspace, "Dana").why_fit == "I have led two analytics teams through a migration"
    combo = composer.view.template
    combo.setCurrentIndex(combo.findData("brief"))
    combo.activated.emit(combo.currentIndex())
    assert shown_box(composer.view).isVisible()  # now it asks


def test_problems_are_listed_first_and_underlined_in_the_text(qtbot, sample_workspace):
    page = build_page(qtbot, sample_workspace)
    composer = page.composer
    set_body(qtbot, page, "Dear Ms. Okafor,\n\nYour question about She described the plan stayed with me.. "
                          "I am a team player!!\n\nBest regards,\nSam")
    composer.run_checks()
    levels = [c.level for c in composer.view.checks_model.checks()]
    assert levels == sorted(levels, key=lambda level: {"error": 0, "warning": 1, "ok": 2}[level])
    checks = checks_by_name(page)
    assert checks["greeting"].level == "error" and "Okafor" in checks["greeting"].reason
    assert checks["sentences"].level == "error" and "“question about She”" in checks["sentences"].reason
    assert checks["stock_phrases"].level == "warning" and "team player" in checks["stock_phrases"].reason
    text = composer.view.body.toPlainText()
    block = composer.view.body.document().findBlock(text.index("about She"))
    formats = block.layout().formats()
    start = text.index("about She") - block.position()
    underlined = [f for f in formats if f.start <= start < f.start + f.length
                  and f.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline]
    assert underlined and underlined[0].format.underlineColor() == colour(ERROR)


def test_an_untouched_draft_shows_the_name_corrected_on_the_card_since(qtbot, sample_workspace):
    page = build_page(qtbot, sample_workspace)
    assert page.composer.row.full_name == "Dana Whitfield"
    assert page.composer.view.body.toPlainText().splitlines()[0].endswith(" Dana,")
    card = contacts_ops.get_contact(sample_workspace, page.composer.row.contact_id)
    contacts_ops.update_contact(sample_workspace, page.composer.row.contact_id,
                                dataclasses.replace(card, full_name="Danielle Whitfield", given_name="Danielle",
                                                    greet_as=""), name_checked=True)
    page.refresh()
    shown = page.composer.view.body.toPlainText()
    assert shown.splitlines()[0].endswith(" Danielle,") and "Dana," not in shown
    assert person(sample_workspace, "Danielle").body == shown
