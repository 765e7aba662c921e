import re
from datetime import date
from pathlib import Path

import pytest

from desktop.core.templates import (
    BUILTIN_DIR,
    KNOWN_FIELDS,
    Template,
    TemplateError,
    fill,
    interview_day,
    list_templates,
    load_template,
    named_day,
    unresolved_markers,
)

FIELDS = {
    "first_name": "Zoë",
    "full_name": "Zoë Okafor",
    "role": "Senior Data Engineer",
    "company": "Acme Logistics",
    "memorable": "how your team moved the nightly batch jobs to streaming without a single missed delivery",
    "why_fit": "I spent three years running the same kind of migration at a parcel carrier",
    "your_name": "Sam Rivera",
    "interview_day": "Tuesday",
}


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_builtin_templates_are_the_five_promised() -> None:
    names = [info.name for info in list_templates([BUILTIN_DIR])]
    assert {"formal", "warm", "brief", "panel", "phone_screen"} <= set(names)


@pytest.mark.parametrize("name", ["formal", "warm", "brief", "panel", "phone_screen"])
def test_builtin_template_fills_to_a_short_complete_note(name: str) -> None:
    template = load_template(BUILTIN_DIR / f"{name}.txt")
    note = fill(template, FIELDS)
    assert note.missing == [] and note.unknown == []
    assert 60 <= len(note.body.split()) <= 180
    assert "Zoë" in note.body and "Sam Rivera" in note.body
    assert unresolved_markers(note.subject + "\n" + note.body) == []
    assert set(template.fields) <= set(KNOWN_FIELDS)


def test_value_with_braces_is_copied_not_interpreted() -> None:
    template = Template("t", "Hi {first_name}", "About {memorable}.\n")
    note = fill(template, {"first_name": "Ann", "memorable": "{company.__class__} and {0}"})
    assert note.body == "About {company.__class__} and {0}.\n"
    assert note.missing == []


def test_missing_field_stays_visible_with_its_span() -> None:
    template = Template("t", "Thanks, {first_name}", "Dear {first_name},\nI enjoyed {memorable}.\n")
    note = fill(template, {"first_name": "Ann", "memorable": "   "})
    assert note.body == "Dear Ann,\nI enjoyed [memorable].\n"
    assert note.missing == ["memorable"]
    missing = [s for s in note.spans if s.state == "missing"]
    assert len(missing) == 1
    assert note.body[missing[0].start:missing[0].end] == "[memorable]"
    assert missing[0].part == "body"
    filled = [s for s in note.spans if s.state == "filled" and s.part == "subject"]
    assert note.subject[filled[0].start:filled[0].end] == "Ann"
    assert unresolved_markers(note.body) == ["[memorable]"]


def test_unknown_field_is_reported_and_blocks_sending() -> None:
    note = fill(Template("t", "Hi", "Dear {frist_name},\n"), {"first_name": "Ann"})
    assert note.unknown == ["frist_name"]
    assert note.body == "Dear {frist_name},\n"
    assert "frist_name" in note.problems[0] and "first_name" in note.problems[0]
    assert unresolved_markers(note.body) == ["{frist_name}"]


def test_multiline_value_is_flattened_in_the_subject_only() -> None:
    note = fill(Template("t", "About {company}", "{company}\n"), {"company": "a\nb"})
    assert note.subject == "About a b"
    assert note.body == "a\nb\n"


@pytest.mark.parametrize(("company", "named"), [
    ("Siemens AG", "Siemens"), ("Banco Santander, S.A.", "Banco Santander"), ("Acme, Inc.", "Acme"),
    ("Robert Bosch GmbH & Co. KG", "Robert Bosch"), ("Toyota Motor Co., Ltd.", "Toyota Motor"),
    ("Enel S.p.A.", "Enel"), ("Philips N.V.", "Philips"), ("Nokia Oyj", "Nokia"),
    ("Sa Sa", "Sa Sa"), ("The Limited", "The Limited"), ("3M Co.", "3M Co."), ("Club Ag", "Club Ag"),
])
def test_a_note_names_the_company_without_its_legal_form(company: str, named: str) -> None:
    note = fill(Template("t", "Thank you – {company}", "The role at {company}.\n"), {"company": company})
    assert note.subject == f"Thank you – {named}"
    assert note.body == f"The role at {named}.\n" if not named.endswith(".") else f"The role at {named}\n"


def test_unresolved_markers_ignores_ordinary_brackets() -> None:
    assert unresolved_markers("He said [sic] it was fine.") == []
    assert unresolved_markers("Dear [first_name], { role } and {role}") == ["[first_name]", "{ role }", "{role}"]


def test_load_template_reads_header_and_body(tmp_path: Path) -> None:
    path = write(tmp_path, "mine.txt", "Subject: Thanks {first_name}\nDescription: short\n\nBody {{literal}}\n")
    template = load_template(path)
    assert (template.name, template.subject, template.description) == ("mine", "Thanks {first_name}", "short")
    assert fill(template, {"first_name": "Ann"}).body == "Body {literal}\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Subject: Hi\n\nDear {first_name,\nBye\n", "broken.txt, line 3: a '{' is never closed"),
        ("Subject: Hi\n\nline\n\nDear first_name},\n", "broken.txt, line 5: a '}' has no matching '{'"),
        ("Subject: Hi {role\n\nBody\n", "broken.txt, line 1: a '{' is never closed"),
        ("Subject: Hi\n\nDear {first_name!r}\n", "broken.txt, line 3: '{first_name!r}' is not a plain placeholder"),
        ("Subject: Hi\n\nDear {company.__class__}\n", "broken.txt, line 3: '{company.__class__}' is not a plain"),
        ("Subject: Hi\n\nDear {}\n", "broken.txt, line 3: '{}' is not a plain placeholder"),
        ("Dear {first_name}\n", "broken.txt, line 1: expected a header such as 'Subject: ...'"),
        ("Description: x\n\nBody\n", "broken.txt, line 1: the template has no 'Subject: ...' line"),
        ("Subject: x\n\n\n", "broken.txt: the template has no body"),
    ],
)
def test_broken_template_names_file_and_line(tmp_path: Path, text: str, expected: str) -> None:
    with pytest.raises(TemplateError) as raised:
        load_template(write(tmp_path, "broken.txt", text))
    assert str(raised.value).startswith(expected)


def test_non_utf8_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Subject: Danke\n\nGrüße\n".encode("latin-1"))
    with pytest.raises(TemplateError, match=r"latin\.txt: the file is not UTF-8"):
        load_template(path)


def test_user_folder_overrides_and_adds(tmp_path: Path) -> None:
    builtin, user = tmp_path / "builtin", tmp_path / "user"
    builtin.mkdir()
    user.mkdir()
    write(builtin, "warm.txt", "Subject: Built-in\n\nBody\n")
    write(builtin, "brief.txt", "Subject: Brief\n\nBody\n")
    write(user, "warm.txt", "Subject: Mine\n\nBody\n")
    write(user, "casual.txt", "Subject: Casual\n\nBody\n")
    infos = {info.name: info for info in list_templates([builtin, user, tmp_path / "absent"])}
    assert sorted(infos) == ["brief", "casual", "warm"]
    assert infos["warm"].subject == "Mine" and infos["warm"].overrides
    assert infos["warm"].path == user / "warm.txt"
    assert not infos["brief"].overrides and not infos["casual"].overrides


def test_a_template_is_shown_by_its_title_or_by_its_name_in_words(tmp_path):
    from desktop.core.templates import title_from_name, without_header

    assert load_template(BUILTIN_DIR / "panel.txt").title == "After a panel"
    assert title_from_name("phone_screen") == "Phone screen" and title_from_name("after-coffee") == "After coffee"
    (tmp_path / "second_round.txt").write_text("Subject: Thanks\n\nDear {first_name},\n", encoding="utf-8")
    assert [i.title for i in list_templates([tmp_path])] == ["Second round"]
    text = "Subject: Hi\nTitle: Mine\nDescription: x\n\nTitle: kept in the body\n"
    assert without_header(text, "title") == "Subject: Hi\nDescription: x\n\nTitle: kept in the body\n"


@pytest.mark.parametrize("typed", ["-", " … ", "?", "--", "N/A", "n.a.", "none", "TBD", "todo", "later", "xxx"])
def test_a_field_filled_with_only_a_mark_is_still_missing(typed: str) -> None:
    note = fill(Template("t", "Thanks", "Hello.\n\n{why_fit} More.\n"), {"why_fit": typed})
    assert note.missing == ["why_fit"]
    assert note.body == "Hello.\n\n[why_fit] More.\n"


def test_a_name_that_reads_like_nothing_is_still_a_name() -> None:
    note = fill(Template("t", "Thanks", "Dear {first_name}, at {company}: {memorable}\n"),
                {"first_name": "Na", "company": "NA Industries", "memorable": "Na's story about the NA launch"})
    assert note.missing == [] and note.body.startswith("Dear Na, at NA Industries: ")


@pytest.mark.parametrize(("day", "today", "named"), [
    (date(2026, 12, 3), date(2026, 12, 3), "today"), (date(2026, 12, 2), date(2026, 12, 3), "yesterday"),
    (date(2026, 11, 30), date(2026, 12, 3), "Monday"), (date(2026, 12, 31), date(2027, 1, 1), "yesterday"),
    (date(2026, 11, 27), date(2026, 12, 3), "Friday"),  # six days on, the weekday is still this past week's
    (date(2026, 11, 24), date(2026, 12, 3), "last week"),  # "on Tuesday" would read as this week's
    (date(2026, 11, 16), date(2026, 12, 3), "the other week"),
])
def test_the_interview_day_is_named_as_the_note_is_written(day: date, today: date, named: str) -> None:
    assert interview_day(day, today) == named


@pytest.mark.parametrize(("typed", "named"), [
    ("Today", "today"), (" yest ", "yesterday"), ("tu", "Tuesday"), ("th", "Thursday"), ("SUNDAY", "Sunday"),
    ("t", None), ("someday", None), ("", None),
])
def test_a_day_is_read_as_a_person_types_it(typed: str, named: str | None) -> None:
    assert named_day(typed) == named


@pytest.mark.parametrize("path", sorted(BUILTIN_DIR.glob("*.txt")), ids=lambda p: p.stem)
@pytest.mark.parametrize("day", ["today", "yesterday", "last week", "the other week"])
def test_a_note_written_the_same_day_or_the_next_says_so(path: Path, day: str) -> None:
    note = fill(load_template(path), {**FIELDS, "interview_day": day})
    for text in (note.subject, note.body):
        assert not re.search(rf"\bon {day}", text, re.IGNORECASE), text
        assert not re.search(rf"(?:^|[.!?]\s+){day}", text), text
    if "{interview_day}" in load_template(path).body:
        assert day in note.body


@pytest.mark.parametrize(("company", "body"), [
    ("University of Edinburgh", "The role at the University of Edinburgh. The University of Edinburgh is calling."),
    ("college of law", "The role at the college of law. The college of law is calling."),
    ("Stanford University", "The role at Stanford University. Stanford University is calling."),
])
def test_a_university_of_is_named_with_its_article(company: str, body: str) -> None:
    note = fill(Template("t", "Thanks", "The role at {company}. {company} is calling.\n"), {"company": company})
    assert note.body == body + "\n"
    assert fill(Template("t", "Thanks", "at the {company}.\n"), {"company": company}).body.count("the ") <= 1


@pytest.mark.parametrize(("role", "named"), [("Product Manager - Payments", "Product Manager (Payments)"),
                                             ("Engineer -- Data", "Engineer (Data)"),
                                             ("Engineer – Data (remote)", "Engineer – Data (remote)")])
def test_a_role_after_a_spaced_hyphen_names_its_team_in_brackets(role: str, named: str) -> None:
    note = fill(Template("t", "Thank you – {role}", "The {role} role at {company}.\n"),
                {"role": role, "company": "Acme - Berlin"})
    assert note.subject == f"Thank you – {named}" and note.body == f"The {named} role at Acme – Berlin.\n"


@pytest.mark.parametrize("path", sorted(BUILTIN_DIR.glob("*.txt")), ids=lambda p: p.stem)
@pytest.mark.parametrize("why_fit", ["my background in fintech", "my experience with Kubernetes and AWS"])
def test_the_why_fit_lead_does_not_repeat_what_the_line_says(path: Path, why_fit: str) -> None:
    note = fill(load_template(path), {**FIELDS, "why_fit": why_fit})
    head = " ".join(why_fit.split()[:2])
    assert note.body.count(head) == 1, note.body


@pytest.mark.parametrize(("subject", "expected"), [
    ("Thank you – {role} interview", "Thank you – Intern interview"),
    ("{role}: thank you", "Data analyst: thank you"),
    ("Thank you for the call about the {role} role", "Thank you for the call about the data analyst role"),
])
def test_a_role_typed_in_small_letters_opens_a_subjects_part_with_a_capital(subject: str, expected: str) -> None:
    role = "intern" if "Intern" in expected else "data analyst"
    assert fill(Template("t", subject, "Hi.\n"), {"role": role}).subject == expected
