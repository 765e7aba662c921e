"""Next-steps phrases read into decision dates, and read back."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core.phrases import describe, parse_next_steps

THURSDAY = date(2026, 3, 12)  # an interview on Thursday 12 March 2026


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("within two weeks", date(2026, 3, 26)),
        ("We'll be in touch within two weeks.", date(2026, 3, 26)),
        ("in 10 days", date(2026, 3, 22)),
        ("in ten days", date(2026, 3, 22)),
        ("within a week", date(2026, 3, 19)),
        ("in about three weeks", date(2026, 4, 2)),
        ("within the next 14 days", date(2026, 3, 26)),
        ("in a couple of weeks", date(2026, 3, 26)),
        ("in a couple weeks", date(2026, 3, 26)),
        ("in a fortnight", date(2026, 3, 26)),
        ("within a month", date(2026, 4, 12)),
        ("within 48 hours", date(2026, 3, 14)),
        ("in twenty days", date(2026, 4, 1)),
        ("in eighteen days", date(2026, 3, 30)),
        ("in eight days", date(2026, 3, 20)),
        ("in Twelve Days", date(2026, 3, 24)),
        ("within 5 working days", date(2026, 3, 19)),
        ("within three business days", date(2026, 3, 17)),
        ("in a week or two", date(2026, 3, 26)),
        ("within 2-3 weeks", date(2026, 4, 2)),
        ("within two to three weeks", date(2026, 4, 2)),
        ("by 12 March", date(2026, 3, 12)),
        ("by 20 March", date(2026, 3, 20)),
        ("by March 20th", date(2026, 3, 20)),
        ("by the 20th of March", date(2026, 3, 20)),
        ("Mar 20", date(2026, 3, 20)),
        ("a decision on 3 April", date(2026, 4, 3)),
        ("decision on April 3, 2026", date(2026, 4, 3)),
        ("2026-03-20", date(2026, 3, 20)),
        ("by 2026-04-01 at the latest", date(2026, 4, 1)),
        ("25/03", date(2026, 3, 25)),
        ("03/25", date(2026, 3, 25)),
        ("bis 20.03.", date(2026, 3, 20)),
        ("Entscheidung am 02.04.2026", date(2026, 4, 2)),
        ("next Friday", date(2026, 3, 20)),
        ("next Monday", date(2026, 3, 16)),
        ("by Friday", date(2026, 3, 13)),
        ("by Thursday", date(2026, 3, 19)),  # said on a Thursday: the coming one, not today
        ("on Tuesday", date(2026, 3, 17)),
        ("end of the week", date(2026, 3, 13)),
        ("by the end of this week", date(2026, 3, 13)),
        ("end of the month", date(2026, 3, 31)),
        ("by the end of next month", date(2026, 4, 30)),
        ("early next week", date(2026, 3, 17)),
        ("mid next week", date(2026, 3, 18)),
        ("next week", date(2026, 3, 20)),
        ("by the end of next week", date(2026, 3, 20)),
        ("tomorrow", date(2026, 3, 13)),
    ],
)
def test_phrase_gives_date(text: str, expected: date) -> None:
    result = parse_next_steps(text, THURSDAY)
    assert result.decision_date == expected, result.explanation
    assert describe(expected) in result.explanation


def test_explanation_reads_back_the_phrase() -> None:
    result = parse_next_steps("We'll be in touch within two weeks.", THURSDAY)
    assert result.explanation == "within two weeks → Thursday 26 March 2026"
    assert parse_next_steps("By March 12th", date(2026, 3, 1)).explanation == "By March 12th → Thursday 12 March 2026"


@pytest.mark.parametrize(
    ("text", "said_on", "expected"),
    [
        ("by 12 January", date(2026, 12, 20), date(2027, 1, 12)),
        ("by 3 March", date(2026, 3, 12), date(2027, 3, 3)),
        ("by 12/01", date(2026, 12, 20), None),  # ambiguous without dayfirst
        ("within two weeks", date(2026, 12, 24), date(2027, 1, 7)),
        ("end of the month", date(2026, 12, 2), date(2026, 12, 31)),
        ("end of next month", date(2026, 12, 2), date(2027, 1, 31)),
        ("by the end of next month", date(2026, 1, 31), date(2026, 2, 28)),
        ("in a month", date(2026, 1, 31), date(2026, 2, 28)),
        ("next Friday", date(2026, 12, 30), date(2027, 1, 8)),
        ("by 29 February", date(2026, 3, 12), date(2028, 2, 29)),
        ("early next week", date(2026, 12, 31), date(2027, 1, 5)),
    ],
)
def test_year_rollover(text: str, said_on: date, expected: date | None) -> None:
    assert parse_next_steps(text, said_on).decision_date == expected


@pytest.mark.parametrize(
    ("said_on", "expected"),
    [
        # Across the spring (29 March) and autumn (25 October) changes in Europe: whole days, no hour shifts.
        (date(2026, 3, 20), date(2026, 4, 3)),
        (date(2026, 10, 20), date(2026, 11, 3)),
        (date(2026, 3, 8), date(2026, 3, 22)),  # the US change, 8 March
    ],
)
def test_date_math_ignores_clock_changes(said_on: date, expected: date) -> None:
    assert parse_next_steps("within two weeks", said_on).decision_date == expected


def test_weekend_end_of_week_means_the_coming_friday() -> None:
    assert parse_next_steps("by the end of the week", date(2026, 3, 14)).decision_date == date(2026, 3, 20)


def test_next_weekday_said_at_weekend_is_in_the_coming_week() -> None:
    assert parse_next_steps("next Friday", date(2026, 3, 14)).decision_date == date(2026, 3, 20)


@pytest.mark.parametrize("dayfirst", [True, False])
def test_ambiguous_numeric_date_follows_dayfirst(dayfirst: bool) -> None:
    result = parse_next_steps("by 12/04", THURSDAY, dayfirst=dayfirst)
    assert result.decision_date == (date(2026, 4, 12) if dayfirst else date(2026, 12, 4))


def test_ambiguous_numeric_date_is_refused() -> None:
    result = parse_next_steps("they said 12/03", date(2026, 3, 1))
    assert result.decision_date is None
    assert result.explanation == (
        "Could not read a date in 'they said 12/03': '12/03' could be 12 March or 3 December; write the month as a word"
    )


@pytest.mark.parametrize(
    "text",
    ["recruiter will call", "", "   ", "They liked the portfolio", "in 2.5 weeks", "call at 10.30", "we had 3 rounds"],
)
def test_no_date_found(text: str) -> None:
    result = parse_next_steps(text, THURSDAY)
    assert result.decision_date is None
    assert result.explanation.startswith("Could not find a date in")


def test_no_date_message_quotes_the_text() -> None:
    assert parse_next_steps("recruiter will call", THURSDAY).explanation == (
        "Could not find a date in 'recruiter will call'"
    )


@pytest.mark.parametrize("text", ["in a few weeks", "soon", "we'll decide shortly", "in several days"])
def test_vague_phrases_say_why(text: str) -> None:
    result = parse_next_steps(text, THURSDAY)
    assert result.decision_date is None
    assert "too vague" in result.explanation


@pytest.mark.parametrize("text", ["by 31 April", "on 30 February 2026", "2026-13-01"])
def test_impossible_dates_are_refused(text: str) -> None:
    result = parse_next_steps(text, THURSDAY)
    assert result.decision_date is None
    assert "is not a date" in result.explanation


def test_explicit_past_date_is_refused() -> None:
    result = parse_next_steps("a decision on 3 April 2025", THURSDAY)
    assert result.decision_date is None
    assert "before the day it was said (Thursday 12 March 2026)" in result.explanation


def test_several_dates_take_the_latest_and_name_all() -> None:
    result = parse_next_steps("probably by Friday, at the latest within two weeks", THURSDAY)
    assert result.decision_date == date(2026, 3, 26)
    assert result.explanation == (
        "Thursday 26 March 2026, the latest of: by Friday → Friday 13 March 2026; "
        "within two weeks → Thursday 26 March 2026"
    )


def test_agreeing_dates_read_back_once() -> None:
    result = parse_next_steps("We'll get back to you by Friday 13 March", THURSDAY)
    assert result.decision_date == date(2026, 3, 13)
    assert result.explanation == "by Friday → Friday 13 March 2026"


def test_longest_phrase_wins() -> None:
    # "end of next week" must not also be read as "next week" nor "end of the week".
    result = parse_next_steps("by the end of next week", THURSDAY)
    assert result.explanation == "by the end of next week → Friday 20 March 2026"
