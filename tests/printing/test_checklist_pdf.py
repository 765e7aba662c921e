"""The printed checklist, read back from the PDF: every name, deadline and page break where it belongs."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QFontDatabase

from desktop.operations.checklist import ChecklistEntry
from desktop.printing.checklist import due_text, render_checklist
from desktop.printing.page import default_page_size, page_size
from tests.printing.pdf_text import flat, pdf_page_size, pdf_pages

ZONE = ZoneInfo("Europe/Berlin")
PRINTED = date(2026, 11, 25)
NAMES = ["Zoë Lindqvist", "Łukasz Wróblewski", "Ingrid Ødegaard", "Samuel Adeyemi", "Siobhán Ní Bhriain",
         "José María Fernández", "Chloé Dubois-Laurent", "Mikko Järvinen", "Anaïs Nin-Castro", "Dmitri Волков",
         "Aoife O'Sullivan", "Renée Zellweger-Smith", "Bjørn Haugen", "Ülkü Yıldırım"]


def entry(number: int, name: str, **changes: object) -> ChecklistEntry:
    base = ChecklistEntry(
        note_id=number, interview_id=1, name=name, title="Design Researcher", company="Northwind Analytics",
        role="Senior Product Designer", address_lines=(f"{100 + number} Pine Street", "Seattle, WA 98101"),
        memorable=f"We talked about memory number {number} and the diary study with night-shift nurses.",
        why_fit="I have redesigned onboarding for two analytics products and measured the result.",
        due=datetime(2026, 11, 26, 15, 30, tzinfo=ZONE) + timedelta(hours=number), written=False,
        addressed=False, stamped=False, posted=False, draft=f"Dear {name},\n\nThank you for your time.")
    return replace(base, **changes)


def test_every_name_deadline_and_the_header_are_printed(qapp, tmp_path):
    entries = [entry(1, "Zoë Lindqvist"), entry(2, "Samuel Adeyemi", address_lines=())]
    out = tmp_path / "checklist.pdf"
    assert render_checklist(entries, "Ana Souza", PRINTED, "A4", out) == 1
    [page] = pdf_pages(out)
    text = flat(page)
    assert "Handwritten thank-you notes" in text
    assert "For Ana Souza · printed Wednesday 25 November 2026 · 2 cards to write" in text
    for item in entries:
        assert item.name in text and due_text(item) in text
        assert item.memorable in text and item.why_fit in text
    assert due_text(entries[0]) == "Thu 26 Nov 2026, 16:30"
    assert "101 Pine Street Seattle, WA 98101" in text
    assert "No mailing address on the card yet" in text  # Samuel's, flagged rather than left blank
    assert [text.count(label) for label in ("Written", "Addressed", "Stamped", "Posted")] == [2, 2, 2, 2]
    assert "Page 1 of 1" in text


def test_long_lists_break_between_entries_never_inside_one(qapp, tmp_path):
    entries = [entry(n, name) for n, name in enumerate(NAMES, start=1)]
    out = tmp_path / "many.pdf"
    pages = pdf_pages(out) if render_checklist(entries, "Ana", PRINTED, "Letter", out) else []
    assert len(pages) >= 3
    seen = []
    for number, page in enumerate(pages, start=1):
        text = flat(page)
        here = [e for e in entries if e.name in text]
        assert here, f"page {number} holds no entry"
        # A whole card on the page: its name, its address, what to mention, its deadline and all four boxes.
        for item in here:
            assert item.address_lines[0] in text and item.memorable in text and due_text(item) in text
        assert text.count("MAILING ADDRESS") == text.count("Posted") == len(here)
        assert f"Page {number} of {len(pages)}" in text
        assert ("(continued)" in text) == (number > 1)
        seen += [e.name for e in here]
    assert seen == NAMES  # in order, each exactly once


def test_non_latin_names_print_as_written(qapp, tmp_path):
    names = ["Ingrid Ødegaard", "Łukasz Wróblewski", "Ülkü Yıldırım", "Dmitri Волков"]
    out = tmp_path / "names.pdf"
    render_checklist([entry(n, name) for n, name in enumerate(names)], "Zoë", PRINTED, "A4", out)
    text = flat(" ".join(pdf_pages(out)))
    assert all(text.count(name) == 3 for name in names)  # on the card, in its greeting and in the draft to copy


def test_japanese_names_print_when_a_font_has_them(qapp, tmp_path):
    if not QFontDatabase.families(QFontDatabase.WritingSystem.Japanese):
        pytest.skip("no font with Japanese glyphs installed (fonts-droid-fallback or fonts-noto-cjk)")
    out = tmp_path / "cjk.pdf"
    render_checklist([entry(1, "田中 圭子", company="株式会社ノースウィンド")], "", PRINTED, "A4", out)
    text = flat(pdf_pages(out)[0])
    assert "田中 圭子" in text and "株式会社ノースウィンド" in text


def test_drafts_come_one_to_a_page_in_large_type_and_long_ones_flow_on(qapp, tmp_path):
    long_draft = "Dear Ingrid,\n\n" + " ".join(["Thank you for a conversation I keep thinking about."] * 40)
    entries = [entry(1, "Zoë Lindqvist"), entry(2, "Ingrid Ødegaard", draft=long_draft), entry(3, "Bjørn Haugen",
                                                                                         draft="")]
    out = tmp_path / "drafts.pdf"
    count = render_checklist(entries, "Ana", PRINTED, "A4", out, include_drafts=True)
    pages = [flat(p) for p in pdf_pages(out)]
    assert count == len(pages) >= 5
    checklist, zoe, ingrid, *rest = pages
    assert "DRAFT TO COPY BY HAND" not in checklist
    assert "No draft written yet, so none to copy: Bjørn Haugen." in checklist  # and no page of its own
    assert "Left out of the drafts" not in checklist
    assert "To Zoë Lindqvist" in zoe and "Dear Zoë Lindqvist, Thank you for your time." in zoe
    assert "Ingrid" not in zoe and f"Post by {due_text(entries[0])}" in zoe
    assert "To Ingrid Ødegaard" in ingrid and ingrid.count("Thank you for a conversation") < 40
    continued = rest
    assert continued and all("Draft to Ingrid Ødegaard (continued)" in p for p in continued)
    total = sum(p.count("Thank you for a conversation I keep thinking about.") for p in (ingrid, *continued))
    assert total == 40  # no line lost at a page break
    assert not any("Bjørn" in p for p in (zoe, ingrid, *continued))


def test_ticked_boxes_and_overdue_cards_show(qapp, tmp_path):
    late = entry(1, "Zoë Lindqvist", due=datetime(2026, 11, 20, 15, 0, tzinfo=ZONE), written=True, stamped=True)
    out = tmp_path / "ticks.pdf"
    render_checklist([late], "Ana", PRINTED, "A4", out)
    text = flat(pdf_pages(out)[0])
    assert text.count("✓") == 2
    assert "Overdue, was due by" in text and "Fri 20 Nov 2026, 15:00" in text


def test_an_empty_checklist_says_so(qapp, tmp_path):
    out = tmp_path / "empty.pdf"
    render_checklist([], "Ana", PRINTED, "A4", out)
    assert "No handwritten notes are waiting" in flat(pdf_pages(out)[0])


def test_page_size_follows_the_locale_and_can_be_chosen(qapp, tmp_path):
    assert default_page_size(QLocale("en_US")) == "Letter"
    assert default_page_size(QLocale("en_GB")) == default_page_size(QLocale("de_DE")) == "A4"
    assert page_size("letter").id() == page_size("Letter").id()
    with pytest.raises(ValueError, match="unknown page size 'B5'"):
        page_size("B5")
    for name, expected in (("A4", "(A4)"), ("Letter", "(letter)")):
        out = tmp_path / f"{name}.pdf"
        render_checklist([entry(1, "Zoë Lindqvist")], "Ana", PRINTED, name, out)
        assert pdf_page_size(out).endswith(expected)


def test_an_unwritable_place_is_a_clear_error(qapp, tmp_path):
    with pytest.raises(OSError, match="No such file or directory"):
        render_checklist([entry(1, "Zoë Lindqvist")], "Ana", PRINTED, "A4", tmp_path / "missing" / "out.pdf")


def test_the_greeting_is_printed_beside_the_name(qapp, tmp_path):
    out = tmp_path / "greet.pdf"
    render_checklist([entry(1, "Siobhán Ní Bhriain", greet_as="Siobhán", draft="Thank you for your time."),
                      entry(2, "Robert Smith", greet_as="Bob", draft="")], "Ana", PRINTED, "A4", out)
    text = flat(pdf_pages(out)[0])
    assert "Siobhán Ní Bhriain Thu 26 Nov 2026, 16:30 Greet as: Dear Siobhán, Design Researcher" in text
    assert "Greet as: Dear Bob," in text


def test_the_greeting_printed_is_the_drafts_own(qapp, tmp_path):
    out = tmp_path / "greet-draft.pdf"
    render_checklist([entry(1, "Inès Dubois", greet_as="Inès", draft="Hi Inès,\n\nThank you for today.\n\nAna")],
                     "Ana", PRINTED, "A4", out)
    text = flat(pdf_pages(out)[0])
    assert "Greet as: Hi Inès," in text and "Dear Inès" not in text  # the draft to copy says "Hi"


def test_a_draft_not_ready_names_its_missing_field_quoted_once(qapp, tmp_path):
    unsigned = entry(1, "Zoë Lindqvist", draft="Dear Zoë,\n\nThank you for your time.\n\n[your_name]",
                     problem="Still to fill in: “[your_name]”")
    out = tmp_path / "unready.pdf"
    render_checklist([unsigned], "Ana", PRINTED, "A4", out)
    text = flat(pdf_pages(out)[0])
    assert "Draft not ready to copy. Still to fill in: “your name”" in text and "““" not in text
