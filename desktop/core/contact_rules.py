"""The card file's rules for one field or one card: email and phone checks, search keys, duplicates."""

from __future__ import annotations

import difflib
import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from phonenumbers import NumberParseException, PhoneNumberFormat, ValidationResult

from desktop.core.cards import ContactCard
from desktop.core.mail import email_problem
from desktop.core.messages import Message, english


@dataclass(frozen=True)
class FieldCheck:
    """The verdict on one typed value; `reason` is a sentence to show next to the field when not ok.

    A value that can be saved but may be wrong (a phone number its country's plan does not know) is ok, kept as
    written, with a `warning` to show beside it.
    """

    ok: bool
    normalized: str
    reason: str = ""
    warning: str = ""


def check_email(text: str) -> FieldCheck:
    """Check the syntax of one email address (no network: deliverability is not checked)."""
    text = text.strip()
    if not text:
        return FieldCheck(False, "", english("Enter an email address."))
    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError as exc:
        return FieldCheck(False, text, email_problem(exc))
    return FieldCheck(True, result.normalized)


_PARSE_REASONS = {
    NumberParseException.INVALID_COUNTRY_CODE: english("Start with + and the country code, or set your phone region."),
    NumberParseException.NOT_A_NUMBER: english("This does not look like a phone number."),
    NumberParseException.TOO_SHORT_AFTER_IDD: english("The number is too short after the international prefix."),
    NumberParseException.TOO_SHORT_NSN: english("The number is too short."),
    NumberParseException.TOO_LONG: english("The number is too long."),
}
_LENGTH_WARNINGS = {
    ValidationResult.TOO_SHORT: english("This number looks too short for its country. It is kept as written: "
                                        "compare it with the card."),
    ValidationResult.TOO_LONG: english("This number looks too long for its country. It is kept as written: "
                                       "compare it with the card."),
    ValidationResult.INVALID_LENGTH: english("This number has an unusual number of digits for its country. It is "
                                             "kept as written: compare it with the card."),
}
_NOT_IN_PLAN = english("This number is not in its country's numbering plan. It is kept as written: compare it with "
                       "the card.")
# Fewer digits than any line's number (a typing slip, a house number): refused, not kept with a warning.
_FEWEST_DIGITS = 6


def check_phone(text: str, region: str) -> FieldCheck:
    """Check one phone number; `region` (ISO 3166 code, e.g. 'DE') applies only to numbers typed without +country.

    A valid number is normalized to E.164. One that reads as a number but is not valid in its country's plan is
    ok as written, with a warning; one that cannot be read as a number at all is refused with the reason.
    """
    text = text.strip()
    if not text:
        return FieldCheck(False, "", english("Enter a phone number."))
    try:
        number = phonenumbers.parse(text, region.upper() or None)
    except NumberParseException as exc:
        if exc.error_type == NumberParseException.INVALID_COUNTRY_CODE and text.startswith("+"):
            return FieldCheck(False, text, english("The country code after + is not one in use."))
        unknown = _PARSE_REASONS[NumberParseException.NOT_A_NUMBER]
        return FieldCheck(False, text, _PARSE_REASONS.get(exc.error_type, unknown))
    if not phonenumbers.is_valid_number(number):
        if sum(c.isdigit() for c in text) < _FEWEST_DIGITS:
            return FieldCheck(False, text, _PARSE_REASONS[NumberParseException.TOO_SHORT_NSN])
        # Printed on a card or typed from one, a number the plan does not know (a new range, a plan changed since
        # this library's tables, a misprint) is the person's to judge: kept as written, never refused or reformatted.
        warning = _LENGTH_WARNINGS.get(phonenumbers.is_possible_number_with_reason(number), _NOT_IN_PLAN)
        return FieldCheck(True, text, warning=warning)
    return FieldCheck(True, phonenumbers.format_number(number, PhoneNumberFormat.E164))


def format_phone(e164: str, region: str) -> str:
    """A stored number as the user reads it: national format at home, international format abroad; a number its
    country's plan does not know, exactly as it was written."""
    try:
        number = phonenumbers.parse(e164, region.upper() or None)
    except NumberParseException:
        return e164
    if not phonenumbers.is_valid_number(number):
        return e164  # kept as written (check_phone's warning): reformatted, "+1 123 ..." would lose its +1
    # Compare country codes, not regions: within +1 (US, CA, ...) the national format is how people dial.
    at_home = number.country_code == phonenumbers.country_code_for_region(region.upper())
    return phonenumbers.format_number(
        number, PhoneNumberFormat.NATIONAL if at_home else PhoneNumberFormat.INTERNATIONAL
    )


class _FoldTable(dict[int, str | None]):
    """str.translate table that drops combining marks and spells out letters NFKD leaves whole (ø, ł, æ, ...).

    Filled on first sight of each character, which keeps folding 10,000 names fast without a table of all of Unicode.
    """

    _LETTERS: ClassVar[dict[str, str]] = {
        "ø": "o",
        "ł": "l",
        "æ": "ae",
        "œ": "oe",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "ı": "i",
        "ħ": "h",
        "ŧ": "t",
    }

    def __missing__(self, code: int) -> str | None:
        char = chr(code)
        self[code] = None if unicodedata.combining(char) else self._LETTERS.get(char, char)
        return self[code]


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """A search key that ignores case and diacritics, so that 'zoe' finds 'Zoë' and 'strasse' finds 'Straße'."""
    if text.isascii():
        return text.lower()
    return unicodedata.normalize("NFKD", text.casefold()).translate(_FOLD_TABLE)


@dataclass(frozen=True)
class DuplicateMatch:
    """An existing contact that may be the same person as the card being entered, and why."""

    contact_id: int
    reason: str


_NON_WORD = re.compile(r"[\W_]+")
NAME_SIMILARITY = 0.85


# Keys are cached by text: the card form re-checks the same 10,000 names and companies on every edit.
@functools.lru_cache(maxsize=65536)
def _name_key(name: str) -> str:
    return " ".join(_NON_WORD.sub(" ", fold(name)).split())


@functools.lru_cache(maxsize=65536)
def _company_key(company: str) -> str:
    return _NON_WORD.sub("", fold(company))


def company_for_note(card_company: str, hiring_company: str) -> str:
    """The company a thank-you note names: the card's spelling when it is the hiring company's firm ("Societe
    Generale" on the card for the role at "Société Générale Île-de-France", "Lumen Health Inc." for "Lumen"), else
    the hiring company: a card of another firm (an agency's recruiter, a card mixed up with another) made the note
    thank someone for "the Analyste risques opening at Liceria & Co."."""
    card, hiring = _company_key(card_company), _company_key(hiring_company)
    if not card or not hiring:
        return card_company or hiring_company
    return card_company if card in hiring or hiring in card else hiring_company


def phone_key(value: str, region: str) -> str:
    if value.startswith("+") and value[1:].isdigit():  # stored numbers are E.164 already: skip the slow parser
        return value
    try:
        return phonenumbers.format_number(phonenumbers.parse(value, region.upper() or None), PhoneNumberFormat.E164)
    except NumberParseException:
        return "".join(c for c in value if c.isdigit())


def likely_duplicates(
    candidate: ContactCard, existing: Iterable[tuple[int, ContactCard]], region: str = ""
) -> list[DuplicateMatch]:
    """Existing contacts sharing an email or a phone with `candidate`, or with a near-identical name at its company.

    `region` reads phone numbers typed without +country. Names are compared folded (case and accents ignored)
    and only within the same company (also folded; no company on either side counts as the same).
    """
    # Empty keys (a blank field, "n/a" as a phone) would match every other blank: they are left out.
    emails = {key: e.value.strip() for e in candidate.emails if (key := e.value.strip().casefold())}
    phones = {key: p.value.strip() for p in candidate.phones if (key := phone_key(p.value, region))}
    name = _name_key(candidate.display_name)
    company = _company_key(candidate.company)
    matcher = difflib.SequenceMatcher(b=name, autojunk=False)
    found = []
    for contact_id, card in existing:
        reasons: list[str] = []
        for email in card.emails:
            if (key := email.value.strip().casefold()) in emails:
                reasons.append(_reason("email", not reasons, emails[key]))
        for phone in card.phones:
            if (key := phone_key(phone.value, region)) in phones:
                reasons.append(_reason("phone", not reasons, phones[key]))
        if name and _company_key(card.company) == company:
            other = _name_key(card.display_name)
            matcher.set_seq1(other)
            if other == name or matcher.ratio() >= NAME_SIMILARITY:
                reasons.append(_reason("name" if company else "name alone", not reasons, candidate.company.strip()))
        if reasons:
            # A company ending in its own full stop ("Acme Inc.") ends the sentence too.
            found.append(DuplicateMatch(contact_id, Message("{reasons}" if reasons[-1].endswith(".") else "{reasons}.",
                                                            reasons=reasons)))
    return found


def _reason(kind: str, first: bool, value: str) -> str:
    """One reason two cards may be the same person, capitalised when it opens the sentence."""
    if kind == "email":
        return Message("Same email address {value}" if first else "same email address {value}", value=value)
    if kind == "phone":
        return Message("Same phone number {value}" if first else "same phone number {value}", value=value)
    if kind == "name":
        return Message("Similar name at {value}" if first else "similar name at {value}", value=value)
    return english("Similar name and no company") if first else english("similar name and no company")
