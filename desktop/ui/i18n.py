"""The window's language: Qt translators installed at start-up, and texts from below the faces shown in it.

The catalogues are resources/translations/afterview_<language>.qm, made by packaging/translations.py.
English needs one too: it holds only the plural forms ("1 contact", "5 contacts") of the sources' "%n contact(s)".
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.core.messages import English, LongDate, Message, Plural, RelativeTime, Worded
from desktop.core.settings import LANGUAGES
from desktop.ui.dates import long_date, relative_date_time, short_date, short_date_time

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
TRANSLATED = tuple(code for code in LANGUAGES if code != "system")
TRANSLATOR_NAME = "afterviewTranslator"


def saved_language(settings_file: Path) -> str:
    """The Language setting, read before any window is built; anything unreadable means following the system
    (the workspace reports a broken settings file later)."""
    try:
        value = json.loads(settings_file.read_text(encoding="utf-8")).get("language")
    except (OSError, ValueError, AttributeError):
        return "system"
    return value if value in TRANSLATED else "system"


def chosen_locale(choice: str, system: QLocale) -> QLocale:
    """The locale the window speaks and writes dates in: the system's when its language is translated, else
    English; a forced language keeps the system's country where it speaks that language ("de" on de_AT)."""
    language = system.name().partition("_")[0] if choice == "system" else choice
    if language not in TRANSLATED:
        language = "en"
    if system.name().startswith(language + "_"):
        return system
    return QLocale("en_GB" if language == "en" else language)


def install_translators(app: QCoreApplication, choice: str, system: QLocale | None = None) -> QLocale:
    """Load Afterview's catalogue and Qt's own (buttons such as Cancel, dialogs) for the chosen language, in place
    of any loaded before, and make its locale the default for dates and numbers. Returns that locale."""
    locale = chosen_locale(choice, QLocale.system() if system is None else system)
    QLocale.setDefault(locale)
    language = locale.name().partition("_")[0]
    for old in app.findChildren(QTranslator, TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.setParent(None)
    for folder, name in ((TRANSLATIONS, "afterview"), (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
                                                       "qtbase")):
        translator = QTranslator(app, objectName=TRANSLATOR_NAME)  # lives as long as the app
        if translator.load(f"{name}_{language}", str(folder)):
            app.installTranslator(translator)
    return locale


def shown(text: str) -> str:
    """A text from the operations or the core in the window's language: a Message by its template with its values
    shown in turn, a text marked with `english()` by itself; anything else (a name, a value, an unmarked
    message) as it is."""
    if isinstance(text, Plural):
        values = {key: _shown_value(value) for key, value in text.values.items()}
        return QCoreApplication.translate("", text.template, text.comment or None, text.number).format(**values)
    if isinstance(text, Message):
        values = {key: _shown_value(value) for key, value in text.values.items()}
        return QCoreApplication.translate("", text.template).format(**values)
    if isinstance(text, English):
        return QCoreApplication.translate("", text)
    if isinstance(text, Worded):  # its own English, unless the language has the text it stands for
        translated = QCoreApplication.translate("", text.source)
        return text if translated == text.source else translated
    return text


def shown_label(text: str) -> str:
    """A fixed text the core marked with `english()` that reached the window unmarked, as an enum's value does."""
    return QCoreApplication.translate("", text)


def _shown_value(value: object) -> object:
    if isinstance(value, (list, tuple)):
        return "; ".join(str(_shown_value(item)) for item in value)
    if isinstance(value, str):
        return shown(value)
    if isinstance(value, LongDate):
        return long_date(value)
    if isinstance(value, RelativeTime):
        text = relative_date_time(value, value.said_at)
        return text[:1].upper() + text[1:] if value.capital else text
    if isinstance(value, datetime):
        return short_date_time(value)
    if isinstance(value, date):
        return short_date(value)
    return value


def listed(parts: list[str]) -> str:
    """'a', 'a and b', 'a, b and c' in the window's language, each part shown as `shown` does."""
    parts = [shown(part) for part in parts]
    if len(parts) <= 1:
        return "".join(parts)
    return QCoreApplication.translate("listed", "{items} and {last}").format(items=", ".join(parts[:-1]),
                                                                             last=parts[-1])


def shown_error(error: BaseException) -> str:
    """An error's message in the window's language (see `shown`)."""
    if len(error.args) == 1 and isinstance(error.args[0], str):
        return shown(error.args[0])
    return str(error)


class _Texts:
    """tr() for code outside a QObject subclass of its own (functions, models' tables, base classes whose self.tr
    would look under the subclass's name): `texts.tr("Quit")`, `texts.tr("%n note(s)", "", n)`. pyside6-lupdate
    lists these under the context "texts", read from the name before `.tr(`, plurals included (it never reads
    QCoreApplication.translate as a plural)."""

    def tr(self, text: str, disambiguation: str = "", n: int = -1) -> str:
        return QCoreApplication.translate("texts", text, disambiguation or None, n)


texts = _Texts()
