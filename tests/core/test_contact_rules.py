import random

import pytest

from desktop.core.cards import ContactCard, LabelledValue
from desktop.core.contact_rules import (
    DuplicateMatch,
    FieldCheck,
    check_email,
    check_phone,
    fold,
    format_phone,
    likely_duplicates,
)


def test_valid_email_is_normalized():
    assert check_email("  John.Doe@EXAMPLE.com ") == FieldCheck(True, "John.Doe@example.com", "")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("jane@example", "after the @-sign"),
        ("jane.example.com", "@-sign"),
        ("ja ne@example.com", "before the @-sign"),
        ("", "Enter an email address"),
    ],
)
def test_invalid_email_gives_a_sentence(text, words):
    check = check_email(text)
    assert not check.ok
    assert words in check.reason
    assert check.reason.endswith(".")


def test_email_check_needs_no_network():
    # A syntactically fine address at a domain that does not exist is accepted: deliverability is not checked.
    assert check_email("someone@no-such-domain-afterview.example").ok


@pytest.mark.parametrize(
    ("text", "region", "e164"),
    [
        ("(212) 555-0123", "US", "+12125550123"),
        ("030 12345678", "de", "+493012345678"),
        ("+44 20 7946 0958", "US", "+442079460958"),  # +country wins over the region
        ("+33 6 12 34 56 78", "", "+33612345678"),
    ],
)
def test_valid_phone_is_e164(text, region, e164):
    assert check_phone(text, region) == FieldCheck(True, e164, "")


@pytest.mark.parametrize(
    ("text", "region", "words"),
    [
        ("call me", "US", "does not look like a phone number"),
        ("123", "US", "too short"),
        ("212 555 0123", "", "country code"),
        ("+00 1234 587800", "US", "country code after + is not one in use"),
        ("", "US", "Enter a phone number"),
    ],
)
def test_invalid_phone_gives_a_sentence(text, region, words):
    check = check_phone(text, region)
    assert not check.ok
    assert words in check.reason


@pytest.mark.parametrize(
    ("text", "region", "words"),
    [
        ("0121 212 5555", "US", "too long"),  # a British number printed without +44, read in the US
        ("+1 212 555 01234567", "US", "too long"),
        ("+33 1 42 14 20", "FR", "too short"),
        ("+1 123 456 7890", "US", "not in its country's numbering plan"),  # no US area code starts with 1
    ],
)
def test_a_number_its_plan_does_not_know_is_kept_as_written_with_a_warning(text, region, words):
    check = check_phone(text, region)
    assert check.ok and check.normalized == text and check.reason == ""  # saved as printed, never reformatted
    assert words in check.warning and "kept as written" in check.warning


def test_a_valid_number_carries_no_warning():
    assert check_phone("030 12345678", "DE").warning == ""


def test_format_phone_national_at_home_international_abroad():
    assert format_phone("+12125550123", "US") == "(212) 555-0123"
    assert format_phone("+12125550123", "DE") == "+1 212-555-0123"
    assert format_phone("+493012345678", "DE") == "030 12345678"
    assert format_phone("+16135550123", "US") == "(613) 555-0123"  # Canada shares +1 with the US


def test_format_phone_falls_back_to_the_input():
    assert format_phone("ask reception", "US") == "ask reception"


@pytest.mark.parametrize("written", ["0121 212 5555", "+1 123 456 7890", "+33 1 42 14 20"])
def test_a_number_kept_as_written_is_shown_as_written(written):
    assert format_phone(written, "US") == written  # never "01212125555", nor "1234567890" without its +1


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Zoë", "zoe"),
        ("Ødegaard", "odegaard"),
        ("Straße", "strasse"),
        ("Łódź", "lodz"),
        ("Æsir", "aesir"),
        ("François Côté", "francois cote"),
        ("ﬁne", "fine"),  # compatibility ligature
    ],
)
def test_fold(text, key):
    assert fold(text) == key


def test_fold_lets_plain_letters_find_accented_names():
    assert fold("zoe") in fold("Dr. Zoë Ødegaard")


def card(name="", company="", emails=(), phones=()):
    return ContactCard(
        full_name=name,
        company=company,
        emails=[LabelledValue(e) for e in emails],
        phones=[LabelledValue(p) for p in phones],
    )


EXISTING = [
    (1, card("Zoë Ødegaard", "Nordlys AS", ["zoe@nordlys.no"], ["+4722334455"])),
    (2, card("John Smith", "Acme Inc.", ["john.smith@acme.com"], ["+12125550123"])),
    (3, card("Jon Smith", "Other Corp", ["jon@other.com"])),
    (4, card("Anna Berg", "", [], ["0049 30 12345678"])),
]


def ids(matches):
    return [m.contact_id for m in matches]


def test_same_email_ignores_case():
    matches = likely_duplicates(card("J. S.", emails=["John.Smith@ACME.com"]), EXISTING, "US")
    assert matches == [DuplicateMatch(2, "Same email address John.Smith@ACME.com.")]


def test_same_phone_in_another_spelling():
    assert ids(likely_duplicates(card("Someone", phones=["(212) 555-0123"]), EXISTING, "US")) == [2]
    assert ids(likely_duplicates(card("Someone", phones=["030 12345678"]), EXISTING, "DE")) == [4]


def test_same_folded_name_at_same_company():
    matches = likely_duplicates(card("zoe odegaard", "NORDLYS AS"), EXISTING, "NO")
    assert matches == [DuplicateMatch(1, "Similar name at NORDLYS AS.")]


def test_near_name_needs_the_same_company():
    # "Jon Smith" is close to "John Smith", but only the one at Acme is reported.
    assert ids(likely_duplicates(card("Jon Smith", "acme inc"), EXISTING, "US")) == [2]
    assert ids(likely_duplicates(card("Jonathan Smithers", "Acme Inc."), EXISTING, "US")) == []


def test_reasons_are_combined():
    candidate = card("John Smith", "Acme Inc.", ["john.smith@acme.com"], ["+1 212 555 0123"])
    (match,) = likely_duplicates(candidate, EXISTING, "US")
    assert match.reason == (
        "Same email address john.smith@acme.com; same phone number +1 212 555 0123; similar name at Acme Inc."
    )


def test_blank_or_unreadable_values_match_nothing():
    existing = [(5, card("A", emails=[" "], phones=["n/a"]))]
    assert likely_duplicates(card("B", "Other", emails=[""], phones=["ask reception"]), existing, "US") == []


def test_no_match_for_a_new_person():
    assert likely_duplicates(card("Pierre Dupont", "Acme Inc.", ["pd@acme.fr"], ["+33612345678"]), EXISTING, "FR") == []


def test_ten_thousand_contacts_are_checked_quickly():
    rng = random.Random(7)
    firsts = ["Anna", "John", "Zoë", "Li", "Mark", "Sofia", "Ahmed", "Jörg", "Claire", "Pierre"]
    lasts = ["Smith", "Ødegaard", "Müller", "Wei", "Dupont", "van der Berg", "Nguyen", "García", "Kowalski"]
    existing = [
        (
            i,
            card(
                f"{rng.choice(firsts)} {rng.choice(lasts)} {i}",
                f"Company {rng.randrange(300)}",
                [f"person.{i}@example.com"],
                [f"+1212555{i:04d}", f"+4930{i:07d}"],
            ),
        )
        for i in range(10_000)
    ]
    candidate = card("Someone New", "Company 1", ["PERSON.42@example.com"], ["(212) 555-9999"])
    matches = likely_duplicates(candidate, existing, "US")
    assert ids(matches) == [42, 9999]
