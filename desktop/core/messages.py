"""Texts for the user, marked for translation without Qt below the faces.

The core and the operations write English. A fixed text is marked with `english("…")`, a sentence with values
is a `Message("… {name} …", name=…)`: a str reading as the English sentence (the command line prints it as it
is; a list value reads as its items joined by "; ") that remembers its template and values, so the window looks
the template up in its catalogue and fills in the values afterwards. pyside6-lupdate finds both markers
(packaging/translations.py names them).
"""

from __future__ import annotations

from datetime import date, datetime


class English(str):
    """A fixed text for the user, marked so a face translates it (and never a name or value that happens to read
    like one)."""


def english(text: str) -> str:
    """A fixed text shown to the user: the same text, marked, and listed for translators."""
    return English(text)


class Message(str):
    """An English sentence from a template and its values, which a face can show in another language."""

    template: str
    values: dict[str, object]

    def __new__(cls, template: str, /, **values: object) -> Message:
        made = super().__new__(cls, template.format(**{key: _english(value) for key, value in values.items()}))
        made.template = template
        made.values = values
        return made



def _english(value: object) -> object:
    if isinstance(value, (list, tuple)):
        return "; ".join(str(_english(item)) for item in value)
    if isinstance(value, datetime):
        return f"{value:%a %d %b %H:%M}"
    if isinstance(value, date):
        return f"{value:%a} {value.day} {value:%b %Y}"
    return value
