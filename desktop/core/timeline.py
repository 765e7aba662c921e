"""The candidate's own timeline against each company's: a decision expected after a date of one's own.

A personal date (an offer expiring, the start of a notice period, "need a decision by") tied to an
opportunity belongs to that opportunity (its own offer expiring) and constrains every *other* open
opportunity; one tied to none constrains them all. Dates already past constrain nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.core.messages import Message, english_date


@dataclass(frozen=True)
class OwnDate:
    label: str
    on: date
    opportunity_id: int | None = None  # the opportunity it belongs to, if any


@dataclass(frozen=True)
class Expectation:
    """When one open opportunity is expected to decide: a promised date, or else the follow-up date."""

    opportunity_id: int
    company: str
    on: date
    promised: bool  # True: a date they named; False: derived (the follow-up call date)


def day_text(day: date) -> str:
    """'Fri 4 Dec 2026'."""
    return english_date(day)


def expected_on(decision_date: date | None, follow_up_on: date | None) -> tuple[date, bool] | None:
    """The date to compare with one's own: the promised decision if there is one, else the follow-up call."""
    if decision_date is not None:
        return decision_date, True
    if follow_up_on is not None:
        return follow_up_on, False
    return None


def conflicts(expectations: list[Expectation], own_dates: list[OwnDate], today: date) -> dict[int, list[str]]:
    """Reasons per opportunity whose expected decision falls after one of the candidate's own dates."""
    flagged: dict[int, list[str]] = {}
    live = sorted((d for d in own_dates if d.on >= today), key=lambda d: d.on)
    for expectation in expectations:
        for own in live:
            if own.opportunity_id == expectation.opportunity_id or expectation.on <= own.on:
                continue
            values = {"company": expectation.company, "day": expectation.on, "label": own.label, "own_day": own.on}
            flagged.setdefault(expectation.opportunity_id, []).append(
                Message("{company} expects to decide on {day}, after your own date “{label}” on {own_day}.", **values)
                if expectation.promised else
                Message("{company} would only be followed up on {day}, after your own date “{label}” on {own_day}.",
                        **values))
    return flagged
