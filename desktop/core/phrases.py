"""What an interviewer said about next steps, read into the date a decision is expected.

The reading is plain and predictable, and always read back to the candidate:

* "within two weeks", "in 10 days", "in a couple of weeks", "within 5 working days": counted from the
  day it was said; a range ("a week or two", "2-3 weeks") counts to its far end.
* "by 12 March", "March 12th", "a decision on 3 April", "2026-03-12": that date; without a year, the
  next one on or after the day it was said (so in December "by 12 January" is next year).
* "12/03" is refused unless `dayfirst` says how to read it, or one number is above 12; "12.03." is
  always day first (written so only in day-first countries).
* "by Friday": the coming Friday after the day it was said. "next Friday": the Friday of next week.
* "end of the week": this week's Friday. "end of next week": next week's Friday. "early next week":
  next Tuesday; "mid next week": next Wednesday. "next week" alone: next week's Friday.
* "end of the month": its last day; "end of next month", "next month" alone: next month's last day.
* Several dates in one sentence: the latest, named in the explanation, since that is when waiting ends.

Anything else gives no date and says so; nothing is guessed.
"""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from desktop.core.deadlines import add_working_days
from desktop.core.messages import MONTH_NAMES, LongDate, Message

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
NUMBER_WORDS = {
    word: value
    for value, word in enumerate(("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                  "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                                  "eighteen", "nineteen", "twenty"))
}
WORKING_DAYS = [0, 1, 2, 3, 4]
FRIDAY = 4


@dataclass(frozen=True)
class PhraseResult:
    decision_date: date | None
    explanation: str
    phrase: str = ""  # the words the date was read from, as typed ("by Friday")


class _Unclear(Exception):
    """The phrase has a date in it that cannot be read without guessing."""


def describe(day: date) -> str:
    """'Thursday 26 March 2026', independent of the machine's locale."""
    return f"{WEEKDAYS[day.weekday()].title()} {day.day} {MONTHS[day.month - 1].title()} {day.year}"


def parse_next_steps(text: str, said_on: date, dayfirst: bool | None = None) -> PhraseResult:
    """The decision date promised in `text`, said on `said_on`, with a read-back of what was understood."""
    spoken = " ".join(text.split())
    lowered = spoken.lower()
    if len(lowered) != len(spoken):  # a rare letter whose lower case is longer: show the lowered text
        spoken = lowered
    matches = [(m, reader) for pattern, reader in _READERS for m in pattern.finditer(lowered)]
    # The longest phrase wins where phrases overlap: "end of next week" holds "next week".
    matches.sort(key=lambda pair: pair[0].start() - pair[0].end())
    taken: list[re.Match[str]] = []
    found: list[tuple[int, int, date]] = []
    unclear: list[str] = []
    for match, reader in matches:
        if any(match.start() < other.end() and other.start() < match.end() for other in taken):
            continue
        taken.append(match)
        try:
            found.append((match.start(), match.end(), reader(match, said_on, dayfirst)))
        except _Unclear as reason:
            unclear.append(reason.args[0])
    if unclear:
        return PhraseResult(None, Message("Could not read a date in {text}: {reasons}", text=repr(spoken),
                                          reasons=unclear))
    if not found:
        vague = _VAGUE.search(lowered)
        if vague:
            return PhraseResult(None, Message("'{vague}' is too vague for a date in {text}",
                                              vague=spoken[vague.start() : vague.end()], text=repr(spoken)))
        return PhraseResult(None, Message("Could not find a date in {text}", text=repr(spoken)))
    found.sort()
    best = max(found, key=lambda item: item[2])
    if best[2] < said_on:
        phrase = spoken[best[0] : best[1]]
        return PhraseResult(None, Message("{phrase} → {day} is before the day it was said ({said})", phrase=phrase,
                                          day=LongDate.of(best[2]), said=LongDate.of(said_on)))
    readings = [Message("{phrase} → {day}", phrase=spoken[start:end], day=LongDate.of(day))
                for start, end, day in found]
    phrase = spoken[best[0] : best[1]]
    if len(set(day for _, _, day in found)) == 1:
        return PhraseResult(best[2], readings[0], phrase)
    return PhraseResult(best[2], Message("{day}, the latest of: {readings}", day=LongDate.of(best[2]),
                                         readings=readings), phrase)


# ---------------------------------------------------------------- readers, each for one kind of phrase

_NUMBER = r"(?:\d{1,3}|" + "|".join(NUMBER_WORDS) + r"|a couple of|a couple|couple of|an|a)"
_UNIT = r"(?:(?:working|business) days?|days?|weeks?|fortnights?|months?|hours?)"
_MONTH = r"(?:" + "|".join(m[:3] + (m[3:] and f"(?:{m[3:]})?") for m in MONTHS) + r")\.?"
_ORDINAL = r"(\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(\d{4}))?"
_WEEKDAY = r"(" + "|".join(WEEKDAYS) + r")"
_BY = r"(?:(?:by|on|before|until|till)\s+(?:the\s+)?)?"  # kept in the phrase read back


def _number(word: str) -> int:
    if word.isdigit():
        return int(word)
    return 2 if "couple" in word else NUMBER_WORDS.get(word, 1)  # "a", "an": one


def _after(match: re.Match[str], said_on: date, _dayfirst: bool | None) -> date:
    return _count_ahead(said_on, _number(match.group(2) or match.group(1)), match.group(3))


def _count_ahead(said_on: date, count: int, unit: str) -> date:
    if unit.startswith(("working", "business")):
        return add_working_days(said_on, count, WORKING_DAYS)
    if unit.startswith("hour"):
        return said_on + timedelta(days=-(-count // 24))
    if unit.startswith("fortnight"):
        return said_on + timedelta(weeks=2 * count)
    if unit.startswith("week"):
        return said_on + timedelta(weeks=count)
    if unit.startswith("month"):
        return said_on + relativedelta(months=count)
    return said_on + timedelta(days=count)


def _after_range(match: re.Match[str], said_on: date, dayfirst: bool | None) -> date:
    """'in a week or two': to the far end of the range."""
    return _count_ahead(said_on, _number(match.group(3)), match.group(2))


def _calendar_date(year: int, month: int, day: int, written: str) -> date:
    try:
        return date(year, month, day)
    except ValueError as error:
        raise _Unclear(Message("{written} is not a date ({error})", written=repr(written), error=str(error))) from error


def _next_with_year(month: int, day: int, year: str | None, said_on: date, written: str) -> date:
    """The date as written; with no year, the first one on or after the day it was said."""
    if year:
        return _calendar_date(int(year), month, day, written)
    for candidate_year in range(said_on.year, said_on.year + 9):  # 9 years always hold a 29 February
        try:
            candidate = date(candidate_year, month, day)
        except ValueError:
            continue
        if candidate >= said_on:
            return candidate
    raise _Unclear(Message("{written} is not a date", written=repr(written)))


def _month_number(name: str) -> int:
    return next(i for i, month in enumerate(MONTHS, 1) if month.startswith(name.rstrip(".")[:3]))


def _day_month(match: re.Match[str], said_on: date, _dayfirst: bool | None) -> date:
    return _next_with_year(_month_number(match.group(2)), int(match.group(1)), match.group(3), said_on, match[0])


def _month_day(match: re.Match[str], said_on: date, _dayfirst: bool | None) -> date:
    return _next_with_year(_month_number(match.group(1)), int(match.group(2)), match.group(3), said_on, match[0])


def _iso(match: re.Match[str], said_on: date, _dayfirst: bool | None) -> date:
    return _calendar_date(int(match.group(1)), int(match.group(2)), int(match.group(3)), match[0])


def _numeric(match: re.Match[str], said_on: date, dayfirst: bool | None) -> date:
    first, second, year = int(match.group(1)), int(match.group(3)), match.group(4)
    if year and len(year) == 2:
        year = str(2000 + int(year))
    if match.group(2) == ".":
        dayfirst = True  # 12.03. is written only where the day comes first
    elif first > 12 >= second:
        dayfirst = True
    elif second > 12 >= first:
        dayfirst = False
    elif first != second and dayfirst is None:
        raise _Unclear(Message("'{written}' could be {one} or {other}; write the month as a word", written=match[0],
                               one=_day_month_named(first, second),
                               other=_day_month_named(second, first)))
    day, month = (first, second) if dayfirst or first == second else (second, first)
    if not 1 <= month <= 12:
        raise _Unclear(Message("'{written}' is not a date", written=match[0]))
    return _next_with_year(month, day, year, said_on, match[0])


def _day_month_named(day: int, month: int) -> str:
    """'3 April', in a face's language."""
    return Message("{day} {month}", day=day, month=MONTH_NAMES[month - 1])


def _weekday_after(said_on: date, weekday: int) -> date:
    """The first `weekday` strictly after `said_on`."""
    return said_on + timedelta(days=(weekday - said_on.weekday() - 1) % 7 + 1)


def _in_next_week(said_on: date, weekday: int) -> date:
    monday = said_on + timedelta(days=7 - said_on.weekday())
    return monday + timedelta(days=weekday)


def _weekday(match: re.Match[str], said_on: date, _dayfirst: bool | None) -> date:
    weekday = WEEKDAYS.index(match.group(2))
    if match.group(1) == "next":
        return _in_next_week(said_on, weekday)
    return _weekday_after(said_on, weekday)


def _end_of_week(match: re.Match[str], said_on: date, _dayfirst: bool | None) -> date:
    if said_on.weekday() > FRIDAY:  # said at the weekend: the week meant is the coming one
        return _weekday_after(said_on, FRIDAY)
    return said_on + timedelta(days=FRIDAY - said_on.weekday())


def _next_week(weekday: int) -> Callable[[re.Match[str], date, bool | None], date]:
    return lambda _match, said_on, _dayfirst: _in_next_week(said_on, weekday)


def _end_of_month(months_ahead: int) -> Callable[[re.Match[str], date, bool | None], date]:
    def read(_match: re.Match[str], said_on: date, _dayfirst: bool | None) -> date:
        month = said_on.replace(day=1) + relativedelta(months=months_ahead)
        return month.replace(day=monthrange(month.year, month.month)[1])

    return read


def _days_ahead(days: int) -> Callable[[re.Match[str], date, bool | None], date]:
    return lambda _match, said_on, _dayfirst: said_on + timedelta(days=days)


_READERS: list[tuple[re.Pattern[str], Callable[[re.Match[str], date, bool | None], date]]] = [
    (re.compile(r"\b" + _BY + r"(\d{4})-(\d{1,2})-(\d{1,2})\b"), _iso),
    (re.compile(r"\b" + _BY + _ORDINAL + r"\s+(?:of\s+)?(" + _MONTH + r")(?![a-z])" + _YEAR), _day_month),
    (re.compile(r"\b" + _BY + r"(" + _MONTH + r")\s+(?:the\s+)?" + _ORDINAL + r"\b" + _YEAR), _month_day),
    # 12/03, 12/03/2026; with dots only 12.03. or 12.03.2026, so that 2.5 weeks or 10.30 are not dates.
    (re.compile(_BY + r"(?<![\d/.])(\d{1,2})(/)(\d{1,2})(?:/(\d{4}|\d{2}))?(?![\d/])"), _numeric),
    (re.compile(_BY + r"(?<![\d/.])(\d{1,2})(\.)(\d{1,2})(?:\.(\d{4}|\d{2})\b|\.)"), _numeric),
    (
        re.compile(
            r"\b(?:within|in|inside|after|over|under)\s+(?:the\s+(?:next|coming)\s+)?(?:about\s+)?"
            + r"("
            + _NUMBER
            + r")(?:\s*(?:-|–|to|or)\s*("
            + _NUMBER
            + r"))?\s+("
            + _UNIT
            + r")\b"
        ),
        _after,
    ),
    (re.compile(r"\b(?:in|within)\s+(" + _NUMBER + r")\s+(" + _UNIT + r")\s+or\s+(" + _NUMBER + r")\b"), _after_range),
    (re.compile(r"\b(?:(?:by|at|before)\s+)?(?:the\s+)?end\s+of\s+next\s+week\b"), _next_week(FRIDAY)),
    (
        re.compile(r"\b(?:(?:by|at|before)\s+)?(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?week\b|\bthis\s+week\b"),
        _end_of_week,
    ),
    (re.compile(r"\blater\s+this\s+week\b"), _end_of_week),
    (re.compile(r"\bearly\s+next\s+week\b|\bbeginning\s+of\s+next\s+week\b"), _next_week(1)),
    (re.compile(r"\b(?:mid|middle\s+of)[\s-]+next\s+week\b"), _next_week(2)),
    (re.compile(r"\bnext\s+week\b"), _next_week(FRIDAY)),
    (re.compile(r"\b(?:(?:by|at|before)\s+)?(?:the\s+)?end\s+of\s+next\s+month\b|\bnext\s+month\b"), _end_of_month(1)),
    (
        re.compile(r"\b(?:(?:by|at|before)\s+)?(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?month\b|\bmonth[\s-]end\b"),
        _end_of_month(0),
    ),
    (re.compile(r"\b(?:(next|this|coming|by|on|until|before)\s+)?" + _WEEKDAY + r"\b"), _weekday),
    (re.compile(r"\bday\s+after\s+tomorrow\b"), _days_ahead(2)),
    (re.compile(r"\btomorrow\b"), _days_ahead(1)),
    (re.compile(r"\b(?:today|end\s+of\s+(?:the\s+)?day|tonight)\b"), _days_ahead(0)),
]


_VAGUE = re.compile(r"\b(?:a\s+few|several|some|soon|shortly|a\s+while|asap|as\s+soon\s+as)\b(?:\s+" + _UNIT + r")?")
