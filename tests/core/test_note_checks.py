import pytest

from desktop.core import note_address, templates
from desktop.core import note_checks as note_checks_module
from desktop.core.note_checks import (
    NoteContext,
    check_length,
    check_memorable,
    check_name,
    check_personalisation,
    check_spelling,
    run_all,
    similarity,
    suggestions,
)

MEMORABLE = "how your team moved the nightly batch jobs to streaming without a single missed delivery"
NOTE = """Dear John,

Thank you for meeting with me on Tuesday about the Senior Data Engineer role at Acme Logistics. I enjoyed hearing
how your team moved its nightly batch jobs to streaming without a single missed delivery; it is rare to hear a
migration story told with so much care for the people downstream.

I spent three years running a similar change at a parcel carrier, so I know how much planning sits behind a quiet
cut-over, and I would be glad to bring that experience to your platform team.

Thank you again for your time and your candour. I look forward to hearing about the next steps.

Best regards,
Sam Rivera
"""


def spans_text(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[start:end] for start, end in spans]


def context(**changes: object) -> NoteContext:
    values: dict[str, object] = {
        "first_name": "John", "full_name": "John Smith", "company": "Acme Logistics", "title": "Head of Data",
        "memorable": MEMORABLE, "your_name": "Sam Rivera", "role": "Senior Data Engineer",
        "subject": "Thank you for Tuesday's interview",
    }
    values.update(changes)
    return NoteContext(**values)  # type: ignore[arg-type]


# --- length


def test_length_within_range_says_so() -> None:
    check = check_length("word " * 142)
    assert (check.ok, check.level, check.reason) == (True, "ok", "142 words — within 60 to 180")


def test_length_too_short_and_too_long() -> None:
    short = check_length("Thanks John, it was great.", min_words=10, max_words=20)
    assert (short.ok, short.level) == (False, "warning")
    assert short.reason == "5 words — 5 short of the 10-word minimum"
    text = " ".join(f"w{i}" for i in range(25))
    long = check_length(text, min_words=10, max_words=20)
    assert long.reason == "25 words — 5 over the 20-word maximum"
    assert spans_text(text, long.spans) == ["w20 w21 w22 w23 w24"]


def test_length_of_empty_note_is_an_error() -> None:
    assert check_length("  \n").level == "error"


def test_contractions_and_hyphens_count_as_one_word() -> None:
    assert check_length("I'm glad we talked — a well-known story.", 1, 10).reason.startswith("7 words")


# --- name


def test_name_spelled_as_on_card() -> None:
    check = check_name(NOTE, "John", "John Smith")
    assert (check.ok, check.level) == (True, "ok")
    assert spans_text(NOTE, check.spans) == ["John"]


@pytest.mark.parametrize(
    ("first", "full", "draft", "wrong"),
    [
        ("John", "John Smith", "Dear Jon, thank you.", "Jon"),
        ("John", "John Smith", "Dear Jhon, thank you.", "Jhon"),
        ("Zoë", "Zoë Okafor", "Dear Zoe, thank you.", "Zoe"),
        ("John", "John Smith", "Dear john, thank you.", "john"),
        ("Katherine", "Katherine Lee", "Dear Catherine, thank you.", "Catherine"),
        ("Stephen", "Stephen Ng", "Dear Steven, thank you.", "Steven"),
    ],
)
def test_near_miss_is_named_with_its_span(first: str, full: str, draft: str, wrong: str) -> None:
    check = check_name(draft, first, full)
    assert (check.ok, check.level) == (False, "error")
    assert f"“{wrong}” — the card says “{first}”" in check.reason
    assert spans_text(draft, check.spans) == [wrong]


def test_correct_first_name_but_misspelt_surname_is_a_warning() -> None:
    draft = "Dear John, it was good to meet you, Mr Smyth. John's team was great."
    check = check_name(draft, "John", "John Smith")
    assert (check.ok, check.level) == (False, "warning")
    assert "“Smyth” — the card says “Smith”" in check.reason
    assert spans_text(draft, check.spans) == ["Smyth"]


def test_ordinary_words_and_other_people_are_not_near_misses() -> None:
    draft = "Dear Mark, I will join the team in the park. Jon from the panel and I agreed. Best, Joan"
    check = check_name(draft, "Mark", "Mark Jones", ignore=["Joan Rivera", "Jon Park"])
    assert (check.ok, check.reason) == (True, "“Mark” appears, spelled as on the card")
    assert check_name("Dear John, and thanks. Best, Joan", "John", ignore=["Joan"]).ok


def test_name_missing_entirely() -> None:
    check = check_name("Dear Sir or Madam, thank you.", "Priya", "Priya Raman")
    assert (check.ok, check.level) == (False, "error")
    assert check.reason == "The note never names “Priya” as spelled on the card"


def test_full_name_is_enough_when_the_card_has_no_first_name() -> None:
    assert check_name("Dear Dr Ana Costa,\nthank you.", "", "Ana Costa").ok
    assert check_name("Thank you.", "", "").level == "warning"


# --- memorable


def test_memorable_present_even_when_reworded() -> None:
    draft = "I keep thinking about how the team migrated nightly batch jobs to streaming, with no missed deliveries."
    check = check_memorable(draft, MEMORABLE)
    assert (check.ok, check.level) == (True, "ok")
    assert spans_text(draft, check.spans) == [draft]


def test_memorable_missing_names_the_missing_words() -> None:
    draft = "Thank you for your time on Tuesday.\nI enjoyed the batch of questions."
    check = check_memorable(draft, MEMORABLE)
    assert (check.ok, check.level) == (False, "warning")
    assert "streaming" in check.reason and "nightly" in check.reason
    assert spans_text(draft, check.spans) == ["I enjoyed the batch of questions."]


def test_memorable_empty_meeting_note_says_so() -> None:
    check = check_memorable(NOTE, "   ")
    assert not check.ok
    assert "meeting note has no memorable moment" in check.reason


# --- spelling


def test_spelling_flags_typos_with_spans_and_suggests() -> None:
    draft = "I recieve your message and teh plan."
    check = check_spelling(draft)
    assert (check.ok, check.level) == (False, "warning")
    assert spans_text(draft, check.spans) == ["recieve", "teh"]
    assert check.reason == "2 words not in the dictionary: “recieve”, “teh”"
    assert suggestions("recieve")[0] == "receive"
    assert suggestions("Recieve")[0] == "Receive"
    assert len(suggestions("teh")) <= 5


def test_spelling_never_flags_card_words_names_acronyms_or_addresses() -> None:
    draft = ("Dear Priya, Zyxtra's SQL work on LinkedIn and GitHub impressed me at the 3rd round. "
             "Mail sam@exampel.com or see https://exampel.org/abc. I realise the organisation values candour.")
    check = check_spelling(draft, allowed=["Priya Raman", "Zyxtra", "Head of Data"])
    assert check.ok, check.reason


def test_clean_note_has_no_spelling_problems() -> None:
    assert check_spelling(NOTE, allowed=["John Smith", "Sam Rivera", "Acme Logistics"]).ok


# --- personalisation


def test_similarity_is_symmetric_and_ignores_case_and_accents() -> None:
    a, b = "Thank you Zoë for the great talk", "thank you zoe for a great talk today"
    assert similarity(a, b) == similarity(b, a)
    assert similarity("Same words here", "same WORDS here") == 1.0
    assert similarity("", "anything") == 0.0
    assert similarity("one two three", "four five six") == 0.0


def test_template_copy_with_swapped_name_is_flagged_naming_the_person() -> None:
    other = NOTE.replace("Dear John", "Dear Priya")
    check = check_personalisation(NOTE, [("Li Wei", "Hi Li, a very different short note."), ("Priya Raman", other)])
    assert (check.ok, check.level) == (False, "warning")
    assert "Priya Raman" in check.reason and "Li Wei" not in check.reason
    assert check.spans and all(NOTE[s:e] in other for s, e in check.spans)


def test_distinct_notes_pass_and_report_the_closest() -> None:
    other = "Hi Li,\nThank you for the whiteboard session on queue back-pressure. Best, Sam"
    check = check_personalisation(NOTE, [("Li Wei", other), ("Ana Costa", "")], threshold=0.85)
    assert check.ok
    assert check.reason.startswith("Closest is the note to Li Wei (")
    assert check_personalisation(NOTE, []).reason == "No other notes for this interview to compare with"


def test_threshold_is_respected() -> None:
    a = "Thank you for the talk about streaming jobs and delivery"
    b = "Thank you for the talk about batch jobs and planning"
    score = similarity(a, b)
    assert check_personalisation(a, [("X", b)], threshold=score).ok is False
    assert check_personalisation(a, [("X", b)], threshold=score + 0.01).ok is True


# --- run_all


def test_run_all_on_a_good_note_is_all_ok() -> None:
    checks = run_all(NOTE, context())
    assert [c.name for c in checks] == ["placeholders", "greeting", "name", "you", "sentences", "subject",
                                        "role_company", "memorable", "length", "stock_phrases", "tone", "spelling",
                                        "personalisation", "signature"]
    assert all(c.ok for c in checks), [c.reason for c in checks if not c.ok]


def test_a_note_signed_with_a_placeholder_is_told_once_where_to_set_the_name() -> None:
    draft = NOTE.replace("Sam Rivera", "[your_name]")
    problems = [c for c in run_all(draft, context(your_name="")) if not c.ok]
    assert [(c.name, c.reason) for c in problems] == [
        ("placeholders", "Still to fill in: “[your_name]” (your name is set under Settings → You)")]


def test_run_all_uses_context_limits_and_names() -> None:
    other = NOTE.replace("Dear John", "Dear Priya")
    draft = NOTE.replace("Dear John", "Dear Jon")
    checks = {c.name: c for c in run_all(draft, context(min_words=200, other_notes=[("Priya Raman", other)]))}
    assert not checks["length"].ok and "200-word minimum" in checks["length"].reason
    assert "“Jon”" in checks["name"].reason
    assert not checks["personalisation"].ok and "Priya Raman" in checks["personalisation"].reason
    assert checks["spelling"].ok  # "Priya" and "Rivera" come from the card and the context


def test_a_greeting_in_capitals_is_a_warning_with_the_usual_case() -> None:
    check = note_address.check_greeting("Dear JEAN-PIERRE,\n\nThank you.", ["JEAN-PIERRE", "JEAN-PIERRE O'NEILL"], [])
    assert (check.ok, check.level) == (False, "warning")
    assert "“Jean-Pierre”" in check.reason
    assert note_address.check_greeting("Dear Jean-Pierre,\n\nThank you.", ["JEAN-PIERRE"], []).ok
    assert note_address.check_greeting("Dear Bo,\n\nThank you.", ["BO"], []).ok  # too short to be shouting
    family_first = note_address.check_greeting("Dear TANAKA Hiroshi,\n\nThank you.", ["TANAKA Hiroshi"], [])
    assert not family_first.ok and "“Tanaka Hiroshi”" in family_first.reason


def test_a_subject_in_capitals_is_a_warning_with_an_example_in_the_usual_case():
    shouted = note_address.check_subject("THANK YOU FOR TODAY'S INTERVIEW", "a Data Analyst", "Ørsted")
    assert shouted.level == "warning" and not shouted.ok
    assert str(shouted.reason) == ("The subject is all in capitals, which reads as shouting; "
                                   "for instance “Thank you – Data Analyst interview”")
    assert note_address.check_subject("Thank you – SRE interview at IBM", "SRE", "IBM").ok  # acronyms are fine
    assert note_address.check_subject("THANKS – SRE", "SRE", "IBM").level == "warning"


def test_the_role_check_names_the_role_without_the_article_it_was_typed_with():
    missing = note_address.check_role_company("Dear Ana,\n\nThank you for Tuesday at Ørsted.", "a Product Manager",
                                              "Ørsted")
    assert str(missing.reason) == "The note never names the role (Product Manager)"
    named = note_address.check_role_company("Dear Ana, the Product Manager role at Ørsted.", "the Product Manager",
                                            "Ørsted")
    assert named.ok and str(named.reason) == "Names Product Manager at Ørsted"


@pytest.mark.parametrize(("draft", "days_after", "ok"), [
    ("Thank you for the conversation today.", 0, True),
    ("Thank you for the conversation today.", 1, False),
    ("Thank you for taking the time this morning.", 1, False),
    ("Thank you for the conversation yesterday.", 1, True),
    ("Thank you for the conversation yesterday.", 0, False),
    ("Thank you for the conversation yesterday.", 3, False),
    ("Thank you for the conversation on Tuesday.", 3, True),
    ("Today's figures were striking, and so was yesterday's demo.", 5, False),
])
def test_today_and_yesterday_are_true_on_the_day_the_note_is_read(draft: str, days_after: int, ok: bool) -> None:
    check = note_checks_module.check_day_words(draft, days_after)
    assert check.ok is ok and check.level == ("ok" if ok else "warning")
    if not ok:
        assert all(draft[a:b].lower().rstrip("'s") in {"today", "yesterday", "this morning"} for a, b in check.spans)


def test_a_note_written_tonight_and_sent_tomorrow_is_told_to_say_yesterday() -> None:
    check = note_checks_module.check_day_words("Dear Ana,\n\nThank you for today's conversation.", 1)
    assert str(check.reason) == ("The note says “today”, but it goes out the day after the interview: "
                                 "say “yesterday”")
    assert check.spans == [(25, 30)]  # "today" in "today's"


@pytest.mark.parametrize("company", ["Stripe, Inc.", "Yahoo!", "Acme, LLC"])
def test_a_company_typed_with_its_legal_form_is_found_as_the_note_names_it(company: str) -> None:
    named = note_address.check_role_company(f"Dear Ana, the Analyst role at {templates.bare_company(company)}.",
                                            "Analyst", company)
    assert named.ok, named.reason
    assert not note_address.check_role_company("Dear Ana, the Analyst role.", "Analyst", company).ok


@pytest.mark.parametrize("address", ["https://ana.dev", "ana.dev", "ana@acme.com", "www.ana-ruiz.com/work"])
def test_an_address_in_the_note_is_not_a_misspelt_name(address: str) -> None:
    draft = f"Dear Ana,\n\nMy portfolio is at {address}."
    assert check_name(draft, "Ana", "Ana Ruiz").ok
    assert not check_name("Dear Ana,\n\nAnna and ana.", "Ana", "Ana Ruiz").ok
