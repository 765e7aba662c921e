"""Every shipped template, filled with every form people type the memorable moment and why-you-fit line in,
must give a note the checks find nothing wrong with: whole sentences, the reader as "you", names as typed."""

from __future__ import annotations

import itertools
import re

import pytest

from desktop.core import note_checks, note_style
from desktop.core.templates import BUILTIN_DIR, bare_company, fill, load_template

TEMPLATES = sorted(BUILTIN_DIR.glob("*.txt"))
MEMORABLE = [
    "your point about the step-three drop-off",  # a topic
    "the Thursday design reviews your team opens to customers",
    "how the analytics onboarding lost half its users on step three",
    "She described how her team cut the grid-balancing forecast error by a third",  # about the reader
    "she told me about the mentoring programme.",
    "Siobhán walked me through how the pipeline works. It took the team two years.",  # two sentences
    "I loved hearing about the mentoring programme",  # the first person
    "loved hearing about her plans for the Dublin office",  # without its "I"
    "about the KPI dashboards for Q3 ..",  # stray leading word and dots
    "The team is moving its forecasting to Databricks",  # a sentence about something else
    "did you really rebuild the whole pipeline in a week?",  # a question
    "the part where she showed the live dashboard",  # words that repeat the lead
    "the whiteboard exercise. it was fun",  # a second sentence begun in lower case
    "what a great conversation!!",  # an exclamation
    "showed me the roadmap; the hiring plan",  # without its subject, the writer its object
]
WHY_FIT = [
    "five years of research with clinicians, and I know what a busy ward looks like",
    "I have led small design teams through a rebrand and a platform migration.",
    "leading small design teams through a rebrand",
    "My background in PostgreSQL performance work matches what you need",
    "because I have shipped three analytics products",
    "Experience with Figma and design systems at scale",
    "- SQL and Python\n- data pipelines\n- stakeholder workshops",  # a list, one item a line
    "my background in fintech; SQL; Python",  # a list with semicolons, after a lead
    "i am a quick learner and i speak german",  # a lower-case "i" and a language
]
CARD = {"first_name": "Siobhán", "full_name": "Siobhán Ní Bhriain", "role": "Data Analyst", "company": "Zalando",
        "your_name": "Ana-María Cruz-López", "interview_day": "Tuesday"}
# What a filled template must pass; personalisation needs other notes and is tested on its own.
MUST_PASS = {"placeholders", "greeting", "name", "you", "sentences", "subject", "role_company", "memorable",
             "length", "stock_phrases", "tone", "spelling", "signature"}


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: p.stem)
@pytest.mark.parametrize(("memorable", "why_fit"), list(itertools.product(MEMORABLE, WHY_FIT)))
def test_every_template_reads_correctly_for_every_form(path, memorable: str, why_fit: str) -> None:
    template = load_template(path)
    note = fill(template, {**CARD, "memorable": memorable, "why_fit": why_fit})
    context = note_checks.NoteContext(
        first_name=CARD["first_name"], full_name=CARD["full_name"], company=CARD["company"], role=CARD["role"],
        subject=note.subject, memorable=memorable, your_name=CARD["your_name"],
        stock_phrases=note_style.load_stock_phrases())
    failed = [f"{c.name}: {c.reason}" for c in note_checks.run_all(note.body, context)
              if c.name in MUST_PASS and not c.ok]
    assert not failed, f"{note.subject}\n\n{note.body}\n{failed}"
    assert not any("  " in line for line in note.body.splitlines()) and ".." not in note.body and " ." not in note.body
    assert " - " not in note.body  # a typed list's markers left between its items
    assert "Siobhán" in note.body and "she " not in note.body.lower() and " her " not in note.body
    # what a reader notices at once: a sentence begun in lower case, a lone "i", a word twice ("role role",
    # "my background suits the position: my background in"), two colons in a sentence, "I" before another subject
    assert not re.search(r"[.!?] [a-z]|\bi\b|\b(\w+) \1\b|:[^.!?\n]*:|\bI (?:I|you|me|we)\b", note.body), note.body
    assert not re.search(r"\b(my \w+)\b[^.]*: \1\b", note.body, re.IGNORECASE), note.body


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: p.stem)
def test_a_missing_field_stays_visible_and_is_an_error(path) -> None:
    note = fill(load_template(path), {**CARD, "memorable": "", "why_fit": "five years in analytics"})
    assert "[memorable]" in note.body
    context = note_checks.NoteContext(first_name="Siobhán", full_name=CARD["full_name"], subject=note.subject,
                                      your_name=CARD["your_name"])
    placeholders = next(c for c in note_checks.run_all(note.body, context) if c.name == "placeholders")
    assert placeholders.level == "error" and "[memorable]" in placeholders.reason


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: p.stem)
@pytest.mark.parametrize("company", ["3M Co.", "Yahoo!", "Société Générale d'Équipements S.A.", "Zalando"])
def test_a_company_ending_in_its_own_mark_ends_the_sentence_once(path, company: str) -> None:
    note = fill(load_template(path), {**CARD, "company": company, "role": "Sr. Data Eng.",
                                      "memorable": MEMORABLE[0], "why_fit": WHY_FIT[0]})
    for text in (note.subject, note.body):
        assert not any(mark in text for mark in ("..", "!.", "?.")), text
    assert bare_company(company) in note.body  # "Société Générale d'Équipements", without its S.A.
    context = note_checks.NoteContext(
        first_name=CARD["first_name"], full_name=CARD["full_name"], company=company, role="Sr. Data Eng.",
        subject=note.subject, memorable=MEMORABLE[0], your_name=CARD["your_name"],
        stock_phrases=note_style.load_stock_phrases())
    failed = [f"{c.name}: {c.reason}" for c in note_checks.run_all(note.body, context)
              if c.name in MUST_PASS and not c.ok]
    assert not failed, f"{note.subject}\n\n{note.body}\n{failed}"


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: p.stem)
@pytest.mark.parametrize(("role", "bare"), [
    ("a Product Manager", "Product Manager"), ("The Head of Data", "Head of Data"), ("an Engineer", "Engineer"),
    # as a job ad writes it: a gender tag, or the role's own "role" or "position"
    ("Data Analyst (m/w/d)", "Data Analyst"), ("Softwareentwickler (w/m/d) Backend", "Softwareentwickler Backend"),
    ("Site Reliability Engineer (f/m/x)", "Site Reliability Engineer"),
    ("UX Researcher (all genders)", "UX Researcher"), ("Responsable RH (H/F)", "Responsable RH"),
    ("Analista de datos (H/M)", "Analista de datos"), ("Data-analist (m/v)", "Data-analist"),
    ("Data Analyst role", "Data Analyst"), ("Head of Product position", "Head of Product"),
    # as a company directory or a profile writes it: the comma read out, but not before a region
    ("VP, Engineering", "VP of Engineering"), ("Senior Director, Product Management", "Senior Director of Product"),
    ("Director, EMEA", "Director, EMEA"),
])
def test_a_role_reads_once_however_it_was_typed(path, role: str, bare: str) -> None:
    note = fill(load_template(path), {**CARD, "role": role, "memorable": MEMORABLE[0], "why_fit": WHY_FIT[0]})
    for text in (note.subject, note.body):
        assert not re.search(r"\b(?:the|a|an) (?:a|an|the) ", text, re.IGNORECASE), text
        assert not re.search(r"\b(role|position) (?:role|position)\b", text, re.IGNORECASE), text
        assert "(" not in text, text
    assert bare in note.body
    context = note_checks.NoteContext(
        first_name=CARD["first_name"], full_name=CARD["full_name"], company=CARD["company"], role=role,
        subject=note.subject, memorable=MEMORABLE[0], your_name=CARD["your_name"],
        stock_phrases=note_style.load_stock_phrases())
    failed = [f"{c.name}: {c.reason}" for c in note_checks.run_all(note.body, context)
              if c.name in MUST_PASS - {"spelling"} and not c.ok]
    assert not failed, f"{note.subject}\n\n{note.body}\n{failed}"
