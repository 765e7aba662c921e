"""Every date, time and number the window shows, written by the window's locale (QLocale's default, which
the language chosen at start-up sets): one long form ("Wednesday, 2 December 2026") and one short
("Wed, 2 Dec 2026"), each with or without the time of day."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QTime


def _long_pattern() -> str:
    return QLocale().dateFormat(QLocale.FormatType.LongFormat)


def _short_pattern() -> str:
    """The long form with the weekday and month abbreviated, so the order stays the locale's own."""
    return _long_pattern().replace("dddd", "ddd").replace("MMMM", "MMM")


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
        return QLocale().toString(int(round(value)))
    return QLocale().toString(float(value), "f", decimals)

