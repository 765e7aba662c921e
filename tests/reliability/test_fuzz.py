"""Fuzzing the readers of outside text with hypothesis: vCard, iCalendar, signatures, QR payloads, templates.

Property: each returns records or raises the project's own error (ImportProblem, TemplateError) with a message
naming the source; never another exception, and no case takes 2 s. Inputs are built the way such files are:
property lines between BEGIN/END with parameters, folding, quoted-printable and base64, mutations of the real
fixture files, odd encodings, and plain random bytes. 150 cases per target by default; AFTERVIEW_LONG=1 runs
5,000. Each target prints how many cases it ran and its slowest one.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, target
from hypothesis import strategies as st

from desktop.core.cards import ContactCard, ImportProblem
from desktop.core.invites import read_invites
from desktop.core.qr import card_from_qr_payload
from desktop.core.signature import parse_signature
from desktop.core.templates import TemplateError, fill, load_template
from desktop.core.vcard import read_vcards

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
TEMPLATES = Path(__file__).resolve().parents[2] / "resources" / "templates"
LONG = os.environ.get("AFTERVIEW_LONG") == "1"
EXAMPLES = 5_000 if LONG else 150
HANG_LIMIT = 2.0  # seconds for one case; the "never a hang past 2 s"
NOW = datetime(2026, 11, 25, 11, 0, tzinfo=UTC)

FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=not LONG,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.large_base_example])


@dataclass
class Timings:
    """Our own bookkeeping: cases run and the slowest one, printed at the end of each target."""

    target: str
    cases: int = 0
    slowest: float = 0.0
    slowest_input: str = ""

    def run(self, call: Callable[[], object], shown: object) -> None:
        started = time.perf_counter()
        call()
        elapsed = time.perf_counter() - started
        target(elapsed, label="seconds")  # steer the search towards slow inputs: hangs are failures too
        self.cases += 1
        if elapsed > self.slowest:
            self.slowest, self.slowest_input = elapsed, repr(shown)[:80]

    def report(self) -> None:
        print(f"\n{self.target}: {self.cases} cases, slowest {self.slowest * 1000:.1f} ms ({self.slowest_input})")
        assert self.slowest < HANG_LIMIT, f"{self.target}: one case took {self.slowest:.2f} s: {self.slowest_input}"


# --- building blocks ---------------------------------------------------------------------------------------

TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=20)
ASCII = st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=20)
JUNK = st.sampled_from([";", ",", "\\", "\\n", "\\,", ":", "=", "\"", "=0D=0A", "=\r\n", "=C3=A9", "==", "\x00",
                        "\t", "<b>", "{", "}", "é", "履歴", "\ufeff", "%", "T", "Z", "-", "+"])
VALUE = st.lists(st.one_of(TEXT, ASCII, JUNK), max_size=4).map("".join)
PARAM = st.one_of(
    st.sampled_from(["TYPE=WORK", "TYPE=CELL,VOICE", "TYPE=pref", "PREF=1", "CHARSET=UTF-8", "CHARSET=ISO-8859-1",
                     "CHARSET=nonsense", "ENCODING=QUOTED-PRINTABLE", "ENCODING=b", "ENCODING=BASE64",
                     "VALUE=uri", "VALUE=DATE", "VALUE=date-time", "TZID=Europe/Berlin", "TZID=\"W. Europe\"",
                     "TZID=Nowhere/Else", "CN=\"Dana, Lee\"", "ROLE=REQ-PARTICIPANT", "PARTSTAT=ACCEPTED",
                     "LANGUAGE=fr", "CELL", "HOME", "X-ABLabel", "MEDIATYPE=image/png", "ALTID=1"]),
    st.builds(lambda k, v: f"{k}={v}", ASCII, VALUE),
)


def _line(name: str, params: list[str], value: str) -> str:
    return ";".join([name, *params]) + ":" + value


def _fold(text: str, cuts: list[int], style: str) -> str:
    """Fold lines at random places (RFC 5545/6350 folding), or break them quoted-printable style."""
    joiner = {"space": "\r\n ", "tab": "\r\n\t", "qp": "=\r\n", "bare": "\n "}[style]
    for cut in sorted({c % (len(text) + 1) for c in cuts}, reverse=True):
        text = text[:cut] + joiner + text[cut:]
    return text


def _encode(text: str, encoding: str) -> bytes:
    if encoding == "utf-8-sig":
        return text.encode("utf-8-sig")
    return text.encode(encoding, errors="replace")


ENCODING = st.sampled_from(["utf-8", "utf-8", "utf-8-sig", "utf-16", "utf-16-le", "latin-1", "cp1252"])
EOL = st.sampled_from(["\r\n", "\n", "\r"])


def _component(begin: str, names: list[str], extra: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[str]:
    prop = st.builds(_line, st.one_of(st.sampled_from(names), ASCII.map(str.upper)),
                     st.lists(PARAM, max_size=3), VALUE)
    body = st.lists(prop if extra is None else st.one_of(prop, extra), max_size=8)
    return st.builds(lambda lines, end, eol: eol.join([f"BEGIN:{begin}", *lines, *([f"END:{begin}"] if end else [])]),
                     body, st.sampled_from([True, True, True, False]), EOL)


def _document(component: st.SearchStrategy[str]) -> st.SearchStrategy[bytes]:
    """Cards or events, folded, encoded, sometimes with bytes cut or inserted."""
    return st.builds(
        lambda parts, cuts, style, encoding, noise, at: _splice(_encode(_fold("\r\n".join(parts), cuts, style),
                                                                        encoding), noise, at),
        st.lists(component, min_size=1, max_size=3), st.lists(st.integers(0, 10_000), max_size=4),
        st.sampled_from(["space", "tab", "qp", "bare"]), ENCODING, st.binary(max_size=8), st.integers(0, 10_000))


def _splice(data: bytes, noise: bytes, at: int) -> bytes:
    at %= len(data) + 1
    return data[:at] + noise + data[at:]


def _mutations(folder: Path, suffix: str) -> st.SearchStrategy[bytes]:
    """A real fixture file with a few random edits: bytes deleted, repeated, replaced or inserted, or cut short."""
    originals = [path.read_bytes() for path in sorted(folder.glob(f"*.{suffix}"))]

    def mutate(data: bytes, edits: list[tuple[int, int, int, bytes]]) -> bytes:
        for kind, start, length, noise in edits:
            start %= len(data) + 1
            end = min(len(data), start + length)
            if kind == 0:
                data = data[:start] + data[end:]
            elif kind == 1:
                data = data[:end] + data[start:end] + data[end:]
            elif kind == 2:
                data = data[:start] + noise + data[end:]
            elif kind == 3:
                data = data[:start] + noise + data[start:]
            else:
                data = data[:start]
        return data

    edit = st.tuples(st.integers(0, 4), st.integers(0, 1 << 20), st.integers(0, 200), st.binary(max_size=12))
    return st.builds(mutate, st.sampled_from(originals), st.lists(edit, min_size=1, max_size=5))


# --- vCard -------------------------------------------------------------------------------------------------

VCARD_NAMES = ["VERSION", "FN", "N", "TEL", "EMAIL", "ADR", "ORG", "TITLE", "URL", "NOTE", "PHOTO", "LABEL",
               "item1.TEL", "item1.X-ABLabel", "item2.EMAIL", "X-PHONETIC-FIRST-NAME", "X-PHONETIC-LAST-NAME",
               "SORT-STRING", "AGENT", "BDAY", "UID", "KIND", "IMPP", "X-SOCIALPROFILE", "CATEGORIES", "REV"]
VERSION_LINE = st.sampled_from(["VERSION:2.1", "VERSION:3.0", "VERSION:4.0", "VERSION:9", "VERSION:"])
NESTED_CARD = _component("VCARD", ["FN", "TEL"]).map(lambda card: "AGENT:" + card.replace("\r\n", "\\n"))
VCARD = st.builds(lambda version, card: card.replace("BEGIN:VCARD", f"BEGIN:VCARD\r\n{version}", 1),
                  VERSION_LINE, _component("VCARD", VCARD_NAMES, NESTED_CARD))
VCARD_INPUT = st.one_of(_document(VCARD), _mutations(FIXTURES / "vcf", "vcf"), st.binary(max_size=300))


def _check_vcard(data: bytes) -> None:
    try:
        result = read_vcards(data, "fuzz.vcf")
    except ImportProblem as problem:
        assert str(problem).startswith("fuzz.vcf")
        return
    assert result.cards and all(isinstance(card, ContactCard) and card.display_name for card in result.cards)
    assert all(problem.startswith("fuzz.vcf") for problem in result.problems)


def test_vcard_importer() -> None:
    timings = Timings("vCard importer (read_vcards)")

    @FUZZ
    @given(VCARD_INPUT)
    def case(data: bytes) -> None:
        timings.run(lambda: _check_vcard(data), data)

    case()
    timings.report()


# --- iCalendar ---------------------------------------------------------------------------------------------

EVENT_NAMES = ["UID", "DTSTART", "DTEND", "DURATION", "SUMMARY", "LOCATION", "DESCRIPTION", "ORGANIZER", "ATTENDEE",
               "RRULE", "EXDATE", "RDATE", "RECURRENCE-ID", "SEQUENCE", "STATUS", "URL", "CONFERENCE",
               "X-GOOGLE-CONFERENCE", "X-MICROSOFT-SKYPETEAMSMEETINGURL", "DTSTAMP", "TRANSP", "CLASS"]
DATE_VALUE = st.one_of(
    st.sampled_from(["20261201T100000Z", "20261201T100000", "20261201", "20261301T250000", "00000000T000000",
                     "99991231T235959Z", "2026-12-01T10:00:00", "", "P1H", "PT-5M", "P1W2D", "-P1D"]),
    st.datetimes().map(lambda moment: moment.strftime("%Y%m%dT%H%M%S")),
)
RULE = st.lists(st.sampled_from(["FREQ=WEEKLY", "FREQ=DAILY", "FREQ=SECONDLY", "FREQ=YEARLY", "COUNT=3", "COUNT=0",
                                 "COUNT=-1", "INTERVAL=0", "INTERVAL=2", "UNTIL=20261231T000000Z", "UNTIL=2026",
                                 "BYDAY=MO,WE", "BYDAY=9XX", "BYMONTH=13", "BYSETPOS=-1", "WKST=SU", "FREQ="]),
                max_size=5).map(";".join)
TIMED = st.builds(lambda name, params, value: _line(name, params, value),
                  st.sampled_from(["DTSTART", "DTEND", "EXDATE", "RDATE", "RECURRENCE-ID", "DURATION", "DUE"]),
                  st.lists(PARAM, max_size=2), DATE_VALUE)
TIMEZONE = st.builds(lambda tzid, offsets, start: "\r\n".join([
    "BEGIN:VTIMEZONE", f"TZID:{tzid}", "BEGIN:STANDARD", f"DTSTART:{start}", f"TZOFFSETFROM:{offsets[0]}",
    f"TZOFFSETTO:{offsets[1]}", "END:STANDARD", "END:VTIMEZONE"]),
    st.sampled_from(["W. Europe Standard Time", "Europe/Berlin", "Custom", ""]),
    st.tuples(*[st.sampled_from(["+0100", "+0200", "-0500", "+2500", "x", ""])] * 2), DATE_VALUE)
EVENT = _component("VEVENT", EVENT_NAMES, st.one_of(TIMED, RULE.map(lambda rule: "RRULE:" + rule),
                                                    _component("VALARM", ["TRIGGER", "ACTION"])))
CALENDAR = st.builds(
    lambda method, zones, events, eol: eol.join(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//fuzz//EN", *method,
                                                 *zones, *events, "END:VCALENDAR"]),
    st.lists(st.sampled_from(["METHOD:REQUEST", "METHOD:CANCEL", "METHOD:PUBLISH", "METHOD:REPLY", "METHOD:"]),
             max_size=1),
    st.lists(TIMEZONE, max_size=2), st.lists(EVENT, min_size=0, max_size=3), EOL)
# vCalendar 1.0: its zone lines, its repeat-rule words, quoted-printable and "Name <address>" attendees.
VCS_RULE = st.lists(st.sampled_from(["D1", "W2", "MP1", "MD1", "YM1", "YD1", "Q1", "W0", "MO", "TH", "XX", "1+", "5-",
                                     "LD", "32", "0", "#0", "#3", "#x", "$", "19991231T000000Z", "2026"]),
                    max_size=6).map(" ".join)
VCS_ZONE = st.sampled_from(["TZ:-05", "TZ:+05:30", "TZ:+1", "TZ:x", "TZ:", "DAYLIGHT:FALSE", "DAYLIGHT:TRUE",
                            "DAYLIGHT:TRUE;-04;19960407T025959;19961027T010000;EST;EDT",
                            "DAYLIGHT:TRUE;+02;20260329T010000Z;20261025T010000Z;;",
                            "DAYLIGHT:TRUE;-04;19961027T010000;19960407T025959;EST;EDT", "DAYLIGHT:TRUE;x;y;z"])
VCS_EVENT = _component("VEVENT", [*EVENT_NAMES, "DCREATED", "DALARM", "AALARM"], st.one_of(
    TIMED, VCS_RULE.map(lambda rule: "RRULE:" + rule),
    st.builds(lambda name, address: f"ATTENDEE;ROLE=OWNER;ENCODING=QUOTED-PRINTABLE:{name} <{address}>", VALUE, VALUE)))
VCS_CALENDAR = st.builds(lambda zones, events, eol: eol.join(["BEGIN:VCALENDAR", "VERSION:1.0", *zones, *events,
                                                              "END:VCALENDAR"]),
                         st.lists(VCS_ZONE, max_size=3), st.lists(VCS_EVENT, max_size=3), EOL)
ICS_INPUT = st.one_of(_document(CALENDAR), _document(EVENT), _mutations(FIXTURES / "ics", "ics"),
                      _document(VCS_CALENDAR), _mutations(FIXTURES / "vcs", "vcs"), st.binary(max_size=300))


def _check_ics(data: bytes) -> None:
    try:
        result = read_invites(data, "fuzz.ics", own_email="me@example.com", now=NOW)
    except ImportProblem as problem:
        assert str(problem).startswith("fuzz.ics")
        return
    assert result.events


def test_icalendar_importer() -> None:
    timings = Timings("iCalendar importer (read_invites)")

    @FUZZ
    @given(ICS_INPUT)
    def case(data: bytes) -> None:
        timings.run(lambda: _check_ics(data), data)

    case()
    timings.report()


# --- signatures and QR payloads ----------------------------------------------------------------------------

SIGNATURE_LINE = st.one_of(
    st.sampled_from(["Dana Lee", "Dr. Zoë Ødegaard-Smith", "Head of Research | Northwind Health", "CEO, ACME Inc.",
                     "+1 206 555 0142", "Tel: (020) 7946 0958 ext. 12", "+44 ++ 0", "dana@northwind.example",
                     "Dana <dana@northwind.example>", "https://www.linkedin.com/in/dana", "www.example.com",
                     "-- ", "> quoted line", "Sent from my phone", "履歴 書", "<img src=x>", "@", "http://", "+"]),
    TEXT, ASCII)
SIGNATURE = st.builds(lambda lines, eol: eol.join(lines), st.lists(SIGNATURE_LINE, max_size=12), EOL)


def test_signature_parser() -> None:
    timings = Timings("signature parser (parse_signature)")

    @FUZZ
    @given(SIGNATURE, st.sampled_from(["US", "GB", "DE", "FR", "JP", "ZZ", ""]))
    def case(text: str, region: str) -> None:
        timings.run(lambda: assert_card(parse_signature(text, region)), text)

    case()
    timings.report()


def assert_card(card: object) -> None:
    assert isinstance(card, ContactCard)


MECARD = st.builds(lambda fields: "MECARD:" + "".join(fields) + ";",
                   st.lists(st.builds(lambda key, value: f"{key}:{value};",
                                      st.sampled_from(["N", "TEL", "EMAIL", "URL", "ADR", "ORG", "NOTE", "X", ""]),
                                      VALUE), max_size=6))
QR_PAYLOAD = st.one_of(
    VCARD, MECARD, st.builds(lambda scheme, rest: scheme + rest,
                             st.sampled_from(["https://", "http://", "www.", "HTTPS://linkedin.com/in/", "mailto:"]),
                             ASCII), TEXT)


def _check_qr(payload: str) -> None:
    try:
        card = card_from_qr_payload(payload)
    except ImportProblem as problem:
        assert str(problem).startswith("QR code:")
        return
    assert card is None or isinstance(card, ContactCard)


# Hypothesis's examples and their timings: 56 s measured on two cores busy with eight suites.
@pytest.mark.timeout(180)
def test_qr_payload_parser() -> None:
    timings = Timings("QR payload parser (card_from_qr_payload)")

    @FUZZ
    @given(QR_PAYLOAD)
    def case(payload: str) -> None:
        timings.run(lambda: _check_qr(payload), payload)

    case()
    timings.report()


# --- templates ---------------------------------------------------------------------------------------------

PLACEHOLDER = st.one_of(
    st.sampled_from(["{first_name}", "{full_name}", "{memorable}", "{your_name}", "{unknown}", "{}", "{0}",
                     "{first_name!r}", "{first_name:>10}", "{first_name.upper}", "{first_name[0]}", "{{", "}}",
                     "{", "}", "{{first_name}}", "{ first_name }", "[first_name]", "{__class__}", "{first_name"]),
    TEXT)
TEMPLATE_TEXT = st.builds(
    lambda headers, blank, body, eol: eol.join([*headers, *([""] if blank else []), *body]),
    st.lists(st.one_of(st.builds(lambda v: "Subject: " + v, st.lists(PLACEHOLDER, max_size=4).map("".join)),
                       st.sampled_from(["Description: warm", "subject:", "Subject:Thanks", "From: me", "Subject"])),
             max_size=3),
    st.booleans(), st.lists(st.lists(PLACEHOLDER, max_size=8).map("".join), max_size=6), EOL)
TEMPLATE_FILE = st.one_of(st.builds(_encode, TEMPLATE_TEXT, ENCODING), _mutations(TEMPLATES, "txt"),
                          st.binary(max_size=200))
FIELDS = st.dictionaries(st.sampled_from(["first_name", "full_name", "role", "company", "memorable", "why_fit",
                                          "your_name", "interview_day", "other"]), VALUE, max_size=9)


def _check_template(folder: Path, data: bytes, fields: dict[str, str]) -> None:
    path = folder / "fuzz.txt"
    path.write_bytes(data)
    try:
        filled = fill(load_template(path), fields)
    except TemplateError as problem:
        assert str(problem).startswith("fuzz.txt")
        return
    assert isinstance(filled.subject, str) and isinstance(filled.body, str)


def test_template_filler(tmp_path: Path) -> None:
    timings = Timings("template loader and filler (load_template + fill)")

    @FUZZ
    @given(TEMPLATE_FILE, FIELDS)
    def case(data: bytes, fields: dict[str, str]) -> None:
        timings.run(lambda: _check_template(tmp_path, data, fields), data)

    case()
    timings.report()


def test_qr_regression_org_with_a_comma() -> None:
    """Found by this fuzzer: a vCard 2.1 ORG value with a comma made card_from_qr_payload raise AttributeError."""
    card = card_from_qr_payload("BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Dana Lee\r\nORG:Acme,Research\r\nEND:VCARD")
    assert card is not None and card.full_name == "Dana Lee" and card.company == "Acme, Research"
    _check_qr("BEGIN:VCARD\r\nVERSION:2.1\r\nORG:,0\r\nEND:VCARD")


def test_ics_regression_two_repeat_rules() -> None:
    """Found by this fuzzer: an event with two RRULE lines made read_invites raise AttributeError."""
    rule = b"RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=6\n"
    data = (FIXTURES / "ics" / "weekly_recurring.ics").read_bytes().replace(
        rule, rule + b"RRULE:FREQ=WEEKLY;BYDAY=TH;COUNT=2\n")
    assert data.count(b"RRULE:FREQ=WEEKLY") == 2
    result = read_invites(data, "two-rules.ics", now=NOW)
    assert "BYDAY=TU" in result.events[0].recurrence and "BYDAY=TH" in result.events[0].recurrence
