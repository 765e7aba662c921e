"""Texts for the user, marked for translation without Qt below the faces.

The core and the operations write English. A fixed text is marked with `english("…")`, a sentence with values
is a `Message("… {name} …", name=…)`: a str reading as the English sentence (the command line prints it as it
is; a list value reads as its items joined by "; ") that remembers its template and values, so the window looks
the template up in its catalogue and fills in the values afterwards. A count is `plural("%n contact(s)", "", n)`,
with each language's plural forms. pyside6-lupdate finds the three markers (packaging/translations.py names them).

Values a face writes its own way: a `LongDate` ("Thursday 26 March 2026"), a `RelativeTime` ("tomorrow at 08:30"),
a `Lowered` label mid-sentence, an OSError's reason from `os_reason`, and texts in a row from `together`.
"""

from __future__ import annotations

import errno
import re
from collections.abc import Sequence
from datetime import date, datetime, tzinfo
from typing import Self


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


class Plural(Message):
    """A Message whose words follow a count: the template says "%n contact(s)", the English reads "1 contact" or
    "5 contacts" ("%n opportunit(y/ies)" for another ending), and a face looks up the language's own plural forms."""

    comment: str
    number: int

    def __new__(cls, template: str, comment: str, count: int, /, **values: object) -> Plural:
        words = _PLURAL_ENDING.sub(lambda found: found[1] if count == 1 else found[2], template)
        words = words.replace("(s)", "" if count == 1 else "s").replace("%n", str(count))
        made = str.__new__(cls, words.format(**{key: _english(value) for key, value in values.items()}))
        made.template, made.comment, made.number, made.values = template, comment, count, values
        return made


class Worded(str):
    """A text that reads one way in English and is translated by the marked text it stands for: `source`."""

    source: str

    def __new__(cls, text: str, source: str) -> Self:
        made = super().__new__(cls, text)
        made.source = source
        return made


class Lowered(Worded):
    """A marked text said mid-sentence: in lower case in English ("closed as no response"), as the face's language
    writes it otherwise."""

    def __new__(cls, text: str) -> Self:
        return super().__new__(cls, text.lower(), text)


def plural(template: str, comment: str, count: int, /, **values: object) -> str:
    """A sentence about `count` things, "%n contact(s)" or "%n opportunit(y/ies)", with the plural forms of each
    language (the marker pyside6-lupdate reads as Qt's tr(text, comment, n); `comment` tells two equal English texts
    apart, mostly "")."""
    return Plural(template, comment, count, **values)


_PLURAL_ENDING = re.compile(r"\((\w*)/(\w*)\)")  # "(y/ies)": the singular's ending, then the plural's


class LongDate(date):
    """A date written out in full, "Thursday 26 March 2026" in English (whatever the machine's locale); a face
    writes it its language's long way."""

    @classmethod
    def of(cls, day: date) -> LongDate:
        return cls(day.year, day.month, day.day)

    def __str__(self) -> str:
        return english_long_date(self)


class RelativeTime(datetime):
    """A moment said from another one in English, "today at 18:00", "tomorrow at 08:30", "Monday at 08:30" within a
    week, else "Thu 3 Dec at 08:30" (capitalised to open a sentence); a face says it its language's way."""

    said_at: datetime
    capital: bool

    @classmethod
    def of(cls, moment: datetime, now: datetime, zone: tzinfo, capital: bool = False) -> RelativeTime:
        local = moment.astimezone(zone)
        made = cls(local.year, local.month, local.day, local.hour, local.minute, local.second, tzinfo=local.tzinfo)
        made.said_at, made.capital = now.astimezone(zone), capital
        return made

    def __str__(self) -> str:
        days = (self.date() - self.said_at.date()).days
        if days in (-1, 0, 1):
            day = ("yesterday", "today", "tomorrow")[days + 1]
        elif 1 < days < 7:
            day = str(WEEKDAY_NAMES[self.weekday()])
        else:
            day = english_date(self).rpartition(" ")[0]  # "Thu 3 Dec", its year understood
        text = f"{day} at {self:%H:%M}"
        return text[:1].upper() + text[1:] if self.capital else text


def english_date(day: date) -> str:
    """'Fri 4 Dec 2026': a date as the command line and the English printout write it, whatever the machine's
    locale (strftime's %a would follow it) and without the leading zero the window never writes."""
    return f"{WEEKDAY_NAMES[day.weekday()][:3]} {day.day} {MONTH_NAMES[day.month - 1][:3]} {day.year}"


def english_date_time(moment: datetime) -> str:
    """'Fri 4 Dec 2026, 15:30': `moment` in the zone it is written in."""
    return f"{english_date(moment)}, {moment:%H:%M}"


def english_long_date(day: date) -> str:
    """'Friday 4 December 2026'."""
    return f"{WEEKDAY_NAMES[day.weekday()]} {day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


WEEKDAY_NAMES = (english("Monday"), english("Tuesday"), english("Wednesday"), english("Thursday"), english("Friday"),
                 english("Saturday"), english("Sunday"))
MONTH_NAMES = (english("January"), english("February"), english("March"), english("April"), english("May"),
               english("June"), english("July"), english("August"), english("September"), english("October"),
               english("November"), english("December"))


def together(parts: Sequence[str], separator: str = " ") -> str:
    """Texts shown one after another, each in the face's language (a list value joins with "; " instead)."""
    return Message(separator.join(f"{{part{n}}}" for n in range(len(parts))),
                   **{f"part{n}": part for n, part in enumerate(parts)})


def os_reason(error: OSError) -> str:
    """Why a file operation failed: the system's words in English ("File exists"), and for the usual failures a
    text a face can translate (the system's words are English whatever the user's language)."""
    said = error.strerror or str(error)
    reason = _OS_REASONS.get(error.errno or 0)
    return Worded(said, reason) if reason is not None else said


_OS_REASONS = {
    errno.ENOENT: english("it does not exist"),
    errno.EACCES: english("permission denied"),
    errno.EPERM: english("the operation is not permitted"),
    errno.EISDIR: english("it is a folder"),
    errno.ENOTDIR: english("a part of its path is not a folder"),
    errno.EEXIST: english("it exists already"),
    errno.ENOSPC: english("the disk is full"),
    errno.EROFS: english("the disk is read-only"),
    errno.EBUSY: english("it is in use"),
    errno.EIO: english("the disk could not be read or written"),
    errno.ENAMETOOLONG: english("the name is too long"),
    errno.ENOTEMPTY: english("the folder is not empty"),
}


def _english(value: object) -> object:
    if isinstance(value, (list, tuple)):
        return "; ".join(str(_english(item)) for item in value)
    if isinstance(value, (LongDate, RelativeTime)):
        return str(value)
    if isinstance(value, datetime):
        return english_date_time(value)
    if isinstance(value, date):
        return english_date(value)
    return value
