"""The window's languages: every text has its German translation, the catalogues are current, and the window
reads German, or English with its plural forms, as chosen."""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ElementTree
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QComboBox

from desktop.core.domain import InterviewKind
from desktop.core.messages import Message
from desktop.core.settings import Settings
from desktop.ui import dates
from desktop.ui.i18n import TRANSLATIONS, chosen_locale, saved_language, shown, texts
from desktop.ui.settings.settings_dialog import SettingsDialog

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("translations_script", ROOT / "packaging" / "translations.py")
assert _spec is not None and _spec.loader is not None
script = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(script)

# A doubled brace is a literal one, not a placeholder: "{{{{ or }}}}" may say "or" in any language.
PLACEHOLDER = re.compile(r"(?<!\{)\{[^{}]*\}(?!\})")


def messages(ts_file: Path) -> list[tuple[str, str, list[str]]]:
    """(context, source, translated forms) of every message in a catalogue."""
    found = []
    for context in ElementTree.parse(ts_file).iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
            found.append((context.findtext("name") or "", message.findtext("source") or "", forms))
    return found


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_text_is_translated_with_its_placeholders(language: str) -> None:
    ts_file = TRANSLATIONS / f"afterview_{language}.ts"
    assert script.unfinished(ts_file) == []
    for context, source, forms in messages(ts_file):
        for form in forms:
            assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(source)), (context, source, form)
        if "%n" in source:
            assert "%n" in forms[-1], (context, source)  # the singular may say "this note" instead of "1 note"


def test_the_catalogues_list_every_text_of_the_code_and_the_compiled_ones_are_current(tmp_path: Path) -> None:
    for language, extra in script.LANGUAGES.items():
        committed = TRANSLATIONS / f"afterview_{language}.ts"
        updated = tmp_path / committed.name
        shutil.copy(committed, updated)
        script.update(updated, language, extra)
        # A text added to the code shows as unfinished; one changed or removed leaves the committed list.
        assert script.unfinished(updated) == [], f"run packaging/translations.py and translate {committed.name}"
        assert {(c, s) for c, s, _ in messages(updated)} == {(c, s) for c, s, _ in messages(committed)}
        compiled = tmp_path / f"afterview_{language}.qm"
        script.release(committed, compiled)
        assert compiled.read_bytes() == committed.with_suffix(".qm").read_bytes(), \
            f"{committed.with_suffix('.qm').name} is stale: run packaging/translations.py"


def test_english_plurals_read_right(qapp) -> None:
    assert texts.tr("%n event(s)", "", 1) == "1 event"
    assert texts.tr("%n event(s)", "", 5) == "5 events"
    assert texts.tr("%n note(s)", "", 1) == "1 note"


def test_the_window_reads_german_with_german_plurals_dates_and_texts_from_below(qapp, german) -> None:
    assert QCoreApplication.translate("MainWindow", "&File") == "&Datei"
    assert texts.tr("%n event(s)", "", 1) == "1 Termin"
    assert texts.tr("%n event(s)", "", 5) == "5 Termine"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"  # Qt's own buttons, from qtbase_de
    moment = datetime(2026, 12, 2, 15, 30)
    assert dates.long_date_time(moment) == "Mittwoch, 2. Dezember 2026, 15:30"
    assert dates.short_date(moment) == "Mi., 2. Dez. 2026"
    assert dates.number(5000) == "5.000"
    assert shown(Message("Interview at {company}", company="Müller & Söhne")) == "Gespräch bei Müller & Söhne"
    due = Message("Due in {hours} hours, {when} · {detail}", hours=12, when=moment, detail="Acme · Analyst")
    assert str(due) == "Due in 12 hours, Wed 2 Dec 2026, 15:30 · Acme · Analyst"  # the command line's English
    assert shown(due) == "Fällig in 12 Stunden, Mi., 2. Dez. 2026, 15:30 · Acme · Analyst"
    assert shown("a file name the catalogue lacks") == "a file name the catalogue lacks"


def test_british_dates_are_the_long_and_the_short_form(qapp) -> None:
    moment = datetime(2026, 12, 2, 15, 30)
    assert dates.long_date(moment) == "Wednesday, 2 December 2026"
    assert dates.short_date_time(moment) == "Wed, 2 Dec 2026, 15:30"
    assert dates.relative_date_time(moment, datetime(2026, 12, 1, 9, 0)) == "tomorrow at 15:30"


@pytest.mark.parametrize(("choice", "system", "expected"), [
    ("system", "de_AT", "de_AT"), ("system", "fr_FR", "en_GB"), ("system", "C", "en_GB"),
    ("de", "en_US", "de_DE"), ("en", "de_DE", "en_GB"), ("en", "en_US", "en_US"),
])
def test_the_locale_follows_the_choice_and_the_system(choice: str, system: str, expected: str) -> None:
    assert chosen_locale(choice, QLocale(system)).name() == expected


def test_the_language_setting_is_read_before_the_window_and_chosen_in_settings(qtbot, tmp_path: Path) -> None:
    settings_file = tmp_path / "settings.json"
    assert saved_language(settings_file) == "system"  # no file yet
    settings_file.write_text('{"language": "de"}', encoding="utf-8")
    assert saved_language(settings_file) == "de"
    settings_file.write_text('{"language": "klingon"}', encoding="utf-8")
    assert saved_language(settings_file) == "system"

    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    combo = dialog.editors["language"]
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(n) for n in range(combo.count())] == ["Follow the system", "English", "Deutsch"]
    assert "next starts" in dialog.editors["language"].toolTip()
    combo.setCurrentIndex(combo.findData("de"))
    dialog.accept()
    assert dialog.result_settings is not None and dialog.result_settings.language == "de"


def test_only_marked_texts_are_translated_never_a_name_that_reads_like_one(qapp, german) -> None:
    assert shown(Message("Interview at {company}", company="Panel")) == "Gespräch bei Panel"
    assert shown("Panel") == "Panel"  # a role typed by the user
    assert shown(InterviewKind.PANEL.label) == "Gremium"
