"""Fuzzing the email and LinkedIn readers as test_fuzz.py does the others: real files with random edits, odd
lines, random bytes. Property: records, or ImportProblem naming the source; never another exception."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.cards import ImportProblem
from desktop.core.linkedin import read_connections
from desktop.core.mail_reading import promised_decision, proposed_card, read_message
from tests.reliability.test_fuzz import ASCII, EOL, FIXTURES, FUZZ, TEXT, Timings, _mutations

EMAIL_INPUT = st.one_of(_mutations(FIXTURES / "mail", "eml"), st.binary(max_size=600))


def _check_email(data: bytes) -> None:
    try:
        message = read_message(data, "fuzz.eml")
    except ImportProblem as problem:
        assert str(problem).startswith("fuzz.eml"), problem
        return
    for text in message.texts:
        proposed_card(text, "IE")
        promised_decision(text, date(2026, 12, 1))


def test_email_reader() -> None:
    timings = Timings("email reader (read_message, proposed_card, promised_decision)")

    @FUZZ
    @given(EMAIL_INPUT)
    def case(data: bytes) -> None:
        timings.run(lambda: _check_email(data), data)

    case()
    timings.report()


CSV_CELL = st.one_of(st.sampled_from(["First Name", "Last Name", "URL", "Email Address", "Company", "Position",
                                      "Connected On", "05 Dec 2024", "31 Feb 2024", '"a, b"', '"', "Notes:", ""]),
                     TEXT, ASCII)
CSV_INPUT = st.builds(lambda rows, eol: eol.join(",".join(row) for row in rows).encode("utf-8", "surrogatepass"),
                      st.lists(st.lists(CSV_CELL, max_size=9), max_size=12), EOL)


def _check_connections(data: bytes) -> None:
    try:
        read_connections(data, "Connections.csv")
    except ImportProblem as problem:
        assert str(problem).startswith("Connections.csv"), problem


def test_linkedin_reader() -> None:
    timings = Timings("LinkedIn reader (read_connections)")

    @FUZZ
    @given(st.one_of(CSV_INPUT, st.binary(max_size=400)))
    def case(data: bytes) -> None:
        timings.run(lambda: _check_connections(data), data)

    case()
    timings.report()
