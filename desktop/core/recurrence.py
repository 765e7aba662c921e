"""Repeat rules worked out on a budget: the periods dateutil steps through and the dates it computes are counted.

dateutil checks UNTIL and COUNT only when a period yields a date, so a rule whose periods yield nothing
(BYSETPOS=2 on hourly periods of one date each) walks hour by hour to the year 9999, and an hourly rule with
3,600 dates an hour from 1900 computes billions before reaching today. Whatever the rule's frequency or
parts, the walk stops once it has stepped through MAX_STEPS periods or computed MAX_DATES dates.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from types import FunctionType
from typing import Any, cast

import dateutil.rrule as _dateutil
from dateutil.rrule import HOURLY, MINUTELY, MONTHLY, SECONDLY, WEEKLY, YEARLY, rrule, rruleset

from desktop.core.messages import Message

MAX_STEPS = 100_000  # a weekly series from 1900 to today takes 6,600
MAX_DATES = 100_000  # a daily one from 1900, 46,000
MAX_VALUES = 366  # no BYxxx part has more distinct values (BYYEARDAY, BYSETPOS)
_DAYS_PER_PERIOD = {YEARLY: 366, MONTHLY: 31, WEEKLY: 7}


class RuleTooCostly(Exception):
    """Working the rule out would take more than the budget; the message says what."""


class Budget:
    """What one event's rules may still spend."""

    def __init__(self) -> None:
        self.steps = MAX_STEPS
        self.dates = MAX_DATES

    def step(self) -> None:
        self.steps -= 1
        if self.steps < 0:
            raise RuleTooCostly(Message("working it out steps through more than {most:,} periods", most=MAX_STEPS))

    def date(self) -> None:
        self.dates -= 1
        if self.dates < 0:
            raise RuleTooCostly(Message("working it out computes more than {most:,} dates", most=MAX_DATES))


def _counted(name: str) -> Callable[..., Any]:
    method = getattr(_dateutil._iterinfo, name)

    def counted(self: Any, *args: int) -> Any:
        self.rrule.budget.step()
        return method(self, *args)

    return counted


# dateutil's per-walk state, whose day-set method is called once per period: the one place a step can be counted.
# No __slots__ of its own: _iterinfo.__init__ sets every name in self.__slots__, which must stay the base's.
_CountingInfo = type("_CountingInfo", (_dateutil._iterinfo,),
                     {name: _counted(name) for name in ("ydayset", "mdayset", "wdayset", "ddayset")})


class BoundedRule(rrule):
    """An rrule whose walk counts its periods against `budget`.

    Its _iter is dateutil's own code run with _CountingInfo in place of _iterinfo (a copy of the function with
    other globals), so the dates are exactly dateutil's; nothing in dateutil itself is changed.
    """

    budget: Budget
    _iter = FunctionType(vars(rrule)["_iter"].__code__, {**vars(_dateutil), "_iterinfo": _CountingInfo}, "_iter")


def bounded(rule: rrule | rruleset, budget: Budget) -> BoundedRule:
    """The rule (as rrulestr made it) walked on `budget`; refused at once when one period alone is too many dates."""
    if isinstance(rule, rruleset):  # rrulestr makes a set only from several rules, never from the one line given
        raise ValueError("several repeat rules where one was expected")
    _check_period(rule)
    rule.__class__ = BoundedRule  # same fields, another walk; rrulestr offers no way to build a subclass
    walked = cast(BoundedRule, rule)
    walked.budget = budget
    return walked


def _check_period(rule: rrule) -> None:
    # dateutil keeps the parsed parts in private attributes, which its stubs do not declare
    fields = vars(rule)
    parts = [fields[f"_by{part}"] for part in ("month", "weekno", "yearday", "weekday", "monthday", "nmonthday",
                                                "setpos", "hour", "minute", "second")]
    if any(len(part) > MAX_VALUES for part in parts if part):
        raise RuleTooCostly(Message("one of its parts lists more than {most} values", most=MAX_VALUES))
    freq = fields["_freq"]
    # dateutil computes every date of a period before it looks at any: days times the times of day.
    size = _DAYS_PER_PERIOD.get(freq, 1)
    for finer, values in ((HOURLY, fields["_byhour"]), (MINUTELY, fields["_byminute"]),
                          (SECONDLY, fields["_bysecond"])):
        if freq < finer and values:  # dateutil numbers frequencies from YEARLY = 0 to SECONDLY = 6
            size *= len(values)
    if size > MAX_DATES:
        raise RuleTooCostly(Message("each of its periods holds up to {size:,} dates, more than {most:,}", size=size,
                                    most=MAX_DATES))


def walk(dates: Iterable[datetime], budget: Budget, floor: datetime,
         skip: Callable[[datetime], bool]) -> tuple[datetime | None, datetime | None]:
    """The first date on or after `floor` that `skip` does not reject, and the last date before `floor`."""
    last = None
    for moment in dates:
        budget.date()
        if moment < floor:
            last = moment
        elif not skip(moment):
            return moment, last
    return None, last
