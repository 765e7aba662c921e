"""Date and time fields that take a whole date or time typed or pasted over them ("13 Nov 2026, 10:00",
"13/11/2026 10:00", "9:30"), not only one section at a time as Qt's do, and say so when what was typed is not one.

Qt's fields refuse any keystroke that does not fit the section under the cursor: typed over a selection, "13 Nov
2026, 10:00" left the field as it was and "9:30" made a time field show ":30", without a word, so an interview kept
the wrong day."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QSignalBlocker, Qt, QTime, QTimer
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QValidator
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QTimeEdit, QToolTip, QWidget

_WEEKDAY = re.compile(r"d{3,4},?\s*")  # "ddd, " before the day, which a person leaves out when typing
_TIMES = ("H:mm", "H.mm", "h:mm ap", "h:mmap", "h.mm ap", "h ap", "hap")
# A day, then its time of day: "13/11/2026 9:30", "13 Nov 2026, 9:30 pm", "13.11.26 um 9:30".
_DAY_THEN_TIME = re.compile(r"^(?P<day>.+?),?\s+(?:(?:at|um|à)\s+)?(?P<time>\d{1,2}(?:[:.]\d{2})?\s?(?:[ap]m)?)$",
                            re.IGNORECASE)
_EDITING_KEYS = {Qt.Key.Key_Backspace, Qt.Key.Key_Delete, Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home,
                 Qt.Key.Key_End}


def _loose(pattern: str) -> str:
    """A pattern whose numbers may be typed without their leading zero ("9:30" for HH:mm, "3/4/2026" for dd/MM)."""
    return pattern.replace("HH", "H").replace("hh", "h").replace("dd", "d").replace("MM", "M")


def _date_patterns(shown: str) -> list[str]:
    """The forms a date may be typed in: as the field shows it, without its weekday, the locale's own short and long
    forms, numbers in the locale's order and ISO's."""
    locale = QLocale()
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    month_first = short.lstrip("'").upper().startswith("M")
    numeric = ["M/d/yyyy", "M/d/yy"] if month_first else ["d/M/yyyy", "d/M/yy", "d.M.yyyy", "d.M.yy", "d-M-yyyy"]
    patterns = [shown, _WEEKDAY.sub("", shown), short, locale.dateFormat(QLocale.FormatType.LongFormat),
                "d MMM yyyy", "d MMMM yyyy", "MMM d yyyy", "MMMM d yyyy", "MMM d, yyyy", *numeric, "yyyy-MM-dd"]
    return list(dict.fromkeys(p for pattern in patterns for p in (pattern, _loose(pattern))))


def _time_patterns(shown: str) -> list[str]:
    return list(dict.fromkeys([shown, _loose(shown), *_TIMES]))


def _tidy(text: str) -> str:
    return " ".join(text.replace("\u202f", " ").split())


class _TypedWhole:
    """What the three fields share: a text that Qt's sections refuse is kept while typed, read whole when it is one
    of the usual forms, and named in a tooltip when it is not (the field then keeps its value)."""

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._unread = ""
        self._whole = False  # a whole date is being typed over the field, not one of its sections
        self.editingFinished.connect(self._tell_unread)

    def _forms(self) -> list[str]:
        """The patterns a whole text is read with, the field's own first."""
        raise NotImplementedError

    def _value(self, text: str, form: str) -> QDateTime | None:
        raise NotImplementedError

    def _read(self, text: str) -> QDateTime | None:
        text = _tidy(text)
        return next((value for form in self._forms() if (value := self._value(text, form)) is not None), None)

    def validate(self: Any, text: str, pos: int) -> object:
        checked = super().validate(text, pos)
        state = checked[0] if isinstance(checked, tuple) else checked
        if not hasattr(self, "_whole"):
            return checked  # Qt checks the text while the field is still being made
        if not self._whole:
            if state != QValidator.State.Invalid or not _tidy(text) or len(text) > 64:
                return checked  # one section at a time ("14" over the hour), as Qt edits it
            self._whole = True  # a keystroke no section takes: the user is typing a whole date, read when done
        read = self._read(text) is not None
        if self.hasFocus():  # the user typing; not the field putting its value back as it is left
            self._unread = "" if read else text
        return (QValidator.State.Acceptable if read else QValidator.State.Intermediate), text, pos

    def keyPressEvent(self: Any, event: QKeyEvent) -> None:
        """Typed over the whole text (selected with Ctrl+A) or pasted, a date goes into the field as text, read when
        the field is left; Qt's own handling would put each key into one section and undo the rest."""
        line = self.lineEdit()
        typing = bool(event.text()) and event.text().isprintable()
        pasting = event.matches(QKeySequence.StandardKey.Paste)
        if pasting or (typing and line.hasSelectedText() and len(line.selectedText()) == len(line.text())):
            if pasting:
                line.selectAll()
            self._whole = True
        if self._whole and (typing or pasting or event.key() in _EDITING_KEYS):
            with QSignalBlocker(line):  # nor its signals, on which Qt puts the sections' text back
                QCoreApplication.sendEvent(line, event)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self: Any, event: QFocusEvent) -> None:
        if self._whole:
            self.interpretText()  # the text typed whole, which Qt, not told of it, would not read
        super().focusOutEvent(event)

    def focusNextPrevChild(self: Any, forward: bool) -> bool:
        if self._whole:  # Tab leaves the field, not for its next section
            return QWidget.focusNextPrevChild(self, forward)
        return super().focusNextPrevChild(forward)

    def dateTimeFromText(self: Any, text: str) -> QDateTime:
        found = self._read(text)
        return found if found is not None else super().dateTimeFromText(text)

    def _tell_unread(self: Any) -> None:
        """The field shows its value again in its own form; what could not be read is named."""
        typed, self._unread, self._whole = self._unread, "", False
        self.setDateTime(self.dateTime())
        if typed:
            told = QCoreApplication.translate(
                "DateFields", "“{typed}” is not a date or time Afterview can read; type it as the field shows it, "
                "such as “{example}”").format(typed=typed, example=self.text())
            # Once the focus has moved on, which hides a tip shown while it moves; it stays 10 s or until a key.
            QTimer.singleShot(0, self, lambda: QToolTip.showText(
                self.mapToGlobal(self.rect().bottomLeft()), told, self, self.rect(), 10_000))


class DateTimeField(_TypedWhole, QDateTimeEdit):
    def _forms(self) -> list[str]:
        shown = self.displayFormat()
        day_only = _WEEKDAY.sub("", shown)
        return list(dict.fromkeys([shown, day_only, _loose(shown), _loose(day_only)]))

    def _value(self, text: str, form: str) -> QDateTime | None:
        found = QLocale().toDateTime(text, form)
        return QDateTime(_this_century(found.date(), form), found.time()) if found.isValid() else None

    def _read(self, text: str) -> QDateTime | None:
        """As the field shows it, else a day and a time read apart ("13/11/2026 9:30", "13 Nov 2026 at 9 pm"): a
        few dozen patterns a keystroke, not every day's form joined to every time's."""
        found = super()._read(text)
        parts = _DAY_THEN_TIME.match(_tidy(text)) if found is None else None
        if parts is None:
            return found
        locale = QLocale()
        day = next((_this_century(d, form) for form in _date_patterns(_date_part(self.displayFormat()))
                    if (d := locale.toDate(parts["day"], form)).isValid()), None)
        time = next((t for form in _time_patterns("HH:mm") if (t := locale.toTime(parts["time"], form)).isValid()),
                    None)
        return QDateTime(day, time) if day is not None and time is not None else None


class DateField(_TypedWhole, QDateEdit):
    def _forms(self) -> list[str]:
        return _date_patterns(self.displayFormat())

    def _value(self, text: str, form: str) -> QDateTime | None:
        found = QLocale().toDate(text, form)
        return QDateTime(_this_century(found, form), QTime(0, 0)) if found.isValid() else None


class TimeField(_TypedWhole, QTimeEdit):
    def _forms(self) -> list[str]:
        return _time_patterns(self.displayFormat())

    def _value(self, text: str, form: str) -> QDateTime | None:
        found = QLocale().toTime(text, form)
        return QDateTime(self.date(), found) if found.isValid() else None


def _date_part(shown: str) -> str:
    """The date part of a date-and-time display format ("ddd, d MMM yyyy, HH:mm" -> "ddd, d MMM yyyy")."""
    return re.split(r",?\s*[Hh]{1,2}[:.]", shown)[0]


def _this_century(day: QDate, pattern: str) -> QDate:
    """"13.11.26" is 2026, not 1926 as Qt reads a year of two digits."""
    return day.addYears(100) if "yyyy" not in pattern and "yy" in pattern and day.year() < 2000 else day
