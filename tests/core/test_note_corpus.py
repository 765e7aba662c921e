"""The note checks driven both ways by real-looking notes (tests/core/notes).

clean/*.txt   notes a careful careers adviser would let go out as they are: every check must be ok.
flawed/*.txt  notes with exactly one planted problem, named by an `Expect: CHECK_ID` header: that check must
              report it (warning or error) and every other check must stay ok.

Each file starts with header lines, then a blank line, then the note body:

    To: Siobhán Ní Bhriain            the full name on the card
    Greet: Siobhán                    optional: the greeting form on the card, when not the given name
    Company: Zalando
    Role: Data Analyst
    Memorable: ...                    what the meeting note says was memorable
    From: Ana-María Cruz-López        the sender (Settings → You)
    Known: Name; Name                 optional: other cards in the database (colleagues named in the note)
    Subject: Thank you – ...          the subject line (present but empty for "no subject")
    Expect: subject                   flawed notes only
    Also: memorable                   optional, flawed notes only: a check that by design reports the same
                                      planted problem (a template joint inside the memorable sentence makes
                                      the memorable moment unreadable too); it must be not ok as well

The context is built exactly as the composer and `afterview note check` build it
(desktop.operations.note_review.note_context), with the card's name and company among the known names.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop.core import note_checks
from desktop.core.settings import Settings
from desktop.operations import note_review
from desktop.storage.paths import AppPaths

NOTES = Path(__file__).resolve().parent / "notes"
CLEAN = sorted((NOTES / "clean").glob("*.txt"))
FLAWED = sorted((NOTES / "flawed").glob("*.txt"))

CHECK_IDS = {"placeholders", "greeting", "name", "you", "sentences", "subject", "role_company", "memorable",
             "length", "stock_phrases", "tone", "spelling", "personalisation", "signature"}
_HEADERS = {"to", "greet", "company", "role", "memorable", "from", "known", "subject", "expect", "also"}
_WORD = re.compile(r"\w+(?:['’-]\w+)*")


def read_note(path: Path) -> tuple[dict[str, str], str]:
    """(headers, body); header names are lower-cased."""
    text = path.read_text(encoding="utf-8")
    head, sep, body = text.partition("\n\n")
    assert sep, f"{path.name}: no blank line between the headers and the note"
    headers: dict[str, str] = {}
    for line in head.splitlines():
        name, colon, value = line.partition(":")
        assert colon and name.strip().lower() in _HEADERS, f"{path.name}: unexpected header line {line!r}"
        headers[name.strip().lower()] = value.strip()
    for required in ("to", "company", "role", "memorable", "from", "subject"):
        assert required in headers, f"{path.name}: no {required.title()}: header"
    return headers, body


def run_checks(path: Path, tmp_path: Path) -> tuple[dict[str, str], list[note_checks.Check]]:
    headers, body = read_note(path)
    settings = Settings(your_name=headers["from"])
    paths = AppPaths(data_dir=tmp_path, config_dir=tmp_path)
    known = [n.strip() for n in headers.get("known", "").split(";") if n.strip()]
    context = note_review.note_context(
        settings, paths, full_name=headers["to"], greet_as=headers.get("greet", ""), company=headers["company"],
        role=headers["role"], subject=headers["subject"], memorable=headers["memorable"],
        known_names=[headers["to"], headers["company"], *known])
    return headers, note_checks.run_all(body, context)


def _report(checks: list[note_checks.Check]) -> str:
    return "\n".join(f"  {c.name}: {c.level}: {c.reason}" for c in checks if not c.ok)


@pytest.mark.parametrize("path", CLEAN, ids=[p.name for p in CLEAN])
def test_clean_note_passes_every_check(path: Path, tmp_path: Path) -> None:
    _headers, checks = run_checks(path, tmp_path)
    assert {c.name for c in checks} == CHECK_IDS
    failing = [c for c in checks if not c.ok]
    assert not failing, f"{path.name}: a clean note was flagged:\n{_report(failing)}"


@pytest.mark.parametrize("path", FLAWED, ids=[p.name for p in FLAWED])
def test_flawed_note_is_caught_by_its_check_only(path: Path, tmp_path: Path) -> None:
    headers, checks = run_checks(path, tmp_path)
    expect = headers.get("expect", "")
    assert expect in CHECK_IDS, f"{path.name}: Expect: {expect!r} is not a check id"
    also = [a.strip() for a in headers.get("also", "").split(",") if a.strip()]
    assert set(also) <= CHECK_IDS - {expect}, f"{path.name}: Also: {also} are not other check ids"
    by_name = {c.name: c for c in checks}
    others = [c for c in checks if c.name not in {expect, *also} and not c.ok]
    problems = []
    for name in (expect, *also):
        planted = by_name[name]
        if planted.ok or planted.level not in ("warning", "error"):
            problems.append(f"the planted problem was missed: {name}: {planted.level}: {planted.reason}")
    if others:
        problems.append(f"other checks tripped:\n{_report(others)}")
    assert not problems, f"{path.name}: " + "\n".join(problems)


def test_corpus_is_large_enough() -> None:
    assert len(CLEAN) >= 24 and len(FLAWED) >= 24


@pytest.mark.parametrize("path", CLEAN, ids=[p.name for p in CLEAN])
def test_clean_note_is_70_to_170_words(path: Path) -> None:
    _headers, body = read_note(path)
    assert 70 <= len(_WORD.findall(body)) <= 170, f"{path.name}: {len(_WORD.findall(body))} words"
