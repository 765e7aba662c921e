"""A card's email and phone labels: kept in English (vCards, the command line), shown in the window's language."""

from desktop.core.cards import LabelledValue
from desktop.ui.cards.card_fields import ValueRows
from desktop.ui.cards.value_labels import shown_label, stored_label


def test_labels_are_shown_in_german_and_kept_in_english(german):
    assert [shown_label(label) for label in ("work", "mobile", "home", "fax", "other")] == [
        "geschäftlich", "mobil", "privat", "Fax", "sonstige"]
    assert stored_label(" mobil ") == "mobile" and stored_label("mobile") == "mobile"
    assert stored_label("Zweitwohnung") == "Zweitwohnung" and shown_label("Zweitwohnung") == "Zweitwohnung"


def test_the_card_dialogs_phone_rows_show_german_labels_and_save_english_ones(qtbot, german):
    rows = ValueRows("phone", "DE")
    qtbot.addWidget(rows)
    rows.set_values([LabelledValue("+491712345678", "mobile"), LabelledValue("+49301234567", "Zentrale")])
    assert [row.label.currentText() for row in rows.rows] == ["mobil", "Zentrale"]
    rows.rows[0].label.setCurrentText("privat")
    assert [(v.value, v.label) for v in rows.values()] == [("+491712345678", "home"), ("+49301234567", "Zentrale")]
