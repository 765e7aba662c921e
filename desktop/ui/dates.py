"""Every date, time and number the window shows, written by the window's locale (QLocale's default, which
the language chosen at start-up sets): one long form ("Wednesday, 2 December 2026") and one short
("Wed, 2 Dec 2026"), each with or without the time of day; and the display format of every date and time field."""

from __future__ import annotations

from datetime import date, datetime
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QTimeEdit

Field = TypeVar("Field", bound=QDateTimeEdit)


def _long_pattern() -> str:
    return QLocale().dateFormat(QLocale.FormatType.LongFormat)


def _short_pattern() -> str:
    """The long form with the weekday and month abbreviated, so the order stays the locale's own."""
    return _long_pattern().replace("dddd", "ddd").replace("MMMM", "MMM")


def _time_pattern() -> str:
    return QLocale().timeFormat(QLocale.FormatType.ShortFormat)


def written_as_the_window(field: Field) -> Field:
    """`field` showing its day, time of day or both as the window writes them everywhere else ("Wed, 2 Dec 2026",
    "15:30", "Wed, 2 Dec 2026, 15:30"): every date and time field takes its display format here."""
    if isinstance(field, QTimeEdit):
        field.setDisplayFormat(_time_pattern())
    elif isinstance(field, QDateEdit):
        field.setDisplayFormat(_short_pattern())
    else:
        field.setDisplayFormat(f"{_short_pattern()}, {_time_pattern()}")
    if field.calendarPopup():
        calendar = field.calendarWidget()
        # Its size hint leaves out the style sheet's frame round the days: the popup cut the last week in half.
        calendar.setMinimumHeight(calendar.sizeHint().height() + calendar.fontMetrics().height() // 2)
    return field


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def time_of_day(value: datetime) -> str:
    """'15:30' (or '3:30 PM' where the locale writes it so)."""
    return QLocale().toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)


def long_date(value: date) -> str:
    """'Wednesday, 2 December 2026'."""
    return QLocale().toString(_qdate(value), _long_pattern())


def short_date(value: date) -> str:
    """'Wed, 2 Dec 2026'."""
    return QLocale().toString(_qdate(value), _short_pattern())


def long_date_time(value: datetime) -> str:
    """'Wednesday, 2 December 2026, 15:30'; `value` already in the zone it is shown in."""
    return f"{long_date(value)}, {time_of_day(value)}"


def short_date_time(value: datetime) -> str:
    """'Wed, 2 Dec 2026, 15:30'; `value` already in the zone it is shown in."""
    return f"{short_date(value)}, {time_of_day(value)}"


def number(value: float, decimals: int = 0) -> str:
    """A number with the locale's digit grouping and decimal sign ('5,000' / '5.000')."""
    if decimals == 0:
        return QLocale().toString(round(value))
    return QLocale().toString(float(value), "f", decimals)



def relative_date_time(moment: datetime, now: datetime) -> str:
    """'today at 18:00', 'tomorrow at 08:30', 'Monday at 08:30' within a week, else 'Thu, 3 Dec 2026 at 08:30';
    both moments already in the zone they are shown in."""
    days = (moment.date() - now.date()).days
    if days == 0:
        text = QCoreApplication.translate("dates", "today at {time}")
    elif days == 1:
        text = QCoreApplication.translate("dates", "tomorrow at {time}")
    elif days == -1:
        text = QCoreApplication.translate("dates", "yesterday at {time}")
    elif 1 < days < 7:
        text = QCoreApplication.translate("dates", "{day} at {time}").replace(
            "{day}", QLocale().dayName(moment.isoweekday(), QLocale.FormatType.LongFormat))
    else:
        text = QCoreApplication.translate("dates", "{day} at {time}").replace("{day}", short_date(moment))
    return text.format(time=time_of_day(moment))
