"""Card fields proposed from an email signature pasted into the card form; the user confirms them before saving."""

from __future__ import annotations

import re

import phonenumbers

from desktop.core.cards import ContactCard, LabelledValue
from desktop.core.contact_rules import check_email, fold
from desktop.core.person_names import split_name

# The signature sits at the end of a pasted message; a bound keeps the phone matcher fast on a pasted novel.
MAX_CHARS = 10_000

# Anchored at the start of a word and bounded, so that a long run of letters is not rescanned from every position.
_EMAIL = re.compile(r"(?<![\w.+'%-])[\w.+'%-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+")
_URL = re.compile(
    r"(?:https?://|www\.)[^\s<>|,;()\"']+|\b(?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,24}/[^\s<>|,;()\"']*|\b[a-z0-9-]{1,63}\.com\b"
)
# A line is often several fields at once: "Jane Doe | Recruiter | Acme Inc." or "Jane Doe – Recruiter".
_SEPARATOR = re.compile(r"\s+[|•·–—-]\s+|\s*\|\s*")
_COMPANY = re.compile(
    r"\b(?:Inc|Ltd|Limited|LLC|LLP|Corp|Corporation|Co|PLC|plc|GmbH|AG|KG|SE|SA|SAS|SARL|S\.A|BV|B\.V|NV|Pty|Oy|AB"
    r"|ASA|AS|SpA|Srl|UG|Group|Holdings?|Technologies|Labs)(?=[\s.,)]|$)"
)
_AT_COMPANY = re.compile(r"\s+(?:at|bei|chez)\s+")
# Folded role words; the short ones must be whole words, the long ones may sit inside a compound (Personalleiterin).
_ROLE_WORDS = re.compile(
    r"\b(?:hr|vp|ceo|cto|cfo|coo|cio|head|lead|chef|owner|staff|intern)\b|manager|director|engineer|developer"
    r"|recruit|talent|partner|president|officer|founder|consultant|specialist|analyst|coordinator|designer"
    r"|architect|scientist|associate|assistant|executive|administrator|advis|acquisition|senior|principal"
    r"|professor|attorney|counsel|leiter|referent|geschaftsfuhr|sachbearbeit|directeur|directrice|responsable"
    r"|charge|ingenieur|recruteu|gerant"
)
_GREETINGS = re.compile(
    r"(?:best|kind|warm|warmest|many)?\s*(?:regards|wishes|thanks)|best|thanks|thank you|cheers|sincerely|yours"
    r"(?: sincerely| truly)?|all the best|mit freundlichen grussen|(?:viele|beste|liebe|freundliche) grusse|grusse"
    r"|gruss|cordialement|bien cordialement|bien a vous|salutations|merci|sent from my \w+"
)
_NAME_WORD = re.compile(r"(?:[^\W\d_][.'’]?)+(?:-[^\W\d_]+)*\.?")
_PARTICLES = {"van", "von", "de", "der", "den", "del", "della", "di", "da", "du", "la", "le", "ten", "ter", "zu"}
_PHONE_LABELS = {
    "mobile": "mobile", "mob": "mobile", "m": "mobile", "cell": "mobile", "c": "mobile", "handy": "mobile",
    "mobil": "mobile", "portable": "mobile", "port": "mobile",
    "tel": "work", "t": "work", "phone": "work", "p": "work", "office": "work", "o": "work", "direct": "work",
    "d": "work", "work": "work", "telefon": "work", "fon": "work", "bureau": "work",
    "fax": "fax", "f": "fax", "telefax": "fax", "telecopie": "fax",
    "home": "home", "h": "home",
}  # fmt: skip
_FREE_MAIL = {
    "gmail", "googlemail", "yahoo", "hotmail", "outlook", "live", "icloud", "me", "aol", "gmx", "web", "proton",
    "protonmail", "t-online", "orange", "free", "mail", "yandex", "zoho", "posteo", "laposte", "btinternet",
}  # fmt: skip


def parse_signature(text: str, region: str) -> ContactCard:
    """Propose the fields of a card from a pasted signature block; text that holds none gives an empty card."""
    lines = [line.strip().lstrip(">").strip() for line in text[-MAX_CHARS:].splitlines()]
    lines = [line for line in lines if line]
    card = ContactCard(emails=_emails(lines), phones=_phones(lines, region))
    for url in _urls(lines):
        if "linkedin.com" in url.lower():
            card.linkedin = card.linkedin or url
        else:
            card.website = card.website or url
    segments = [part for line in lines for part in _SEPARATOR.split(line) if _is_plain(part)]
    name_at = next((i for i, part in enumerate(segments) if _is_name(part)), None)
    if name_at is not None:
        card.full_name = segments[name_at]
        card.given_name, card.family_name = split_name(card.full_name)
        card.title, card.company = _title_after(segments[name_at + 1 : name_at + 3])
    card.company = card.company or next((c for s in segments if (c := _company_in(s)[1])), "")
    card.company = card.company or _company_from_domain(card.emails)
    return card


def is_sign_off(line: str) -> bool:
    """Whether a line is only a closing such as "Best regards," or "Mit freundlichen Grüßen"."""
    return bool(_GREETINGS.fullmatch(fold(line).strip(" ,.!-–—")))


def _emails(lines: list[str]) -> list[LabelledValue]:
    found: dict[str, LabelledValue] = {}
    for line in lines:
        for match in _EMAIL.finditer(line):
            check = check_email(match.group())
            if check.ok:
                found.setdefault(check.normalized.casefold(), LabelledValue(check.normalized))
    return list(found.values())


def _phones(lines: list[str], region: str) -> list[LabelledValue]:
    found: dict[str, LabelledValue] = {}
    for line in lines:
        previous_end = 0
        for match in phonenumbers.PhoneNumberMatcher(line, region.upper() or "ZZ"):
            # The label is the last word between the previous number and this one: "M: ... | T: ...".
            words = re.findall(r"[^\W\d_]+", fold(line[previous_end : match.start]))
            label = _PHONE_LABELS.get(words[-1], "work") if words else "work"
            e164 = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
            found.setdefault(e164, LabelledValue(e164, label))
            previous_end = match.end
    return list(found.values())


def _urls(lines: list[str]) -> list[str]:
    urls = []
    for line in lines:
        for match in _URL.finditer(_EMAIL.sub(" ", line)):
            url = match.group().rstrip(".,:;!?")
            urls.append(url if "://" in url else "https://" + url)
    return urls


def _is_plain(text: str) -> bool:
    """Words only: no number, address, link or signature dash that would make it a contact detail."""
    return (
        any(c.isalpha() for c in text)
        and not any(c.isdigit() for c in text)
        and "@" not in text
        and not _URL.search(text)
        and not is_sign_off(text)
    )


def _is_name(text: str) -> bool:
    words = text.split()
    return (
        2 <= len([w for w in words if w not in _PARTICLES]) <= 4
        and len(words) <= 6
        and all(_NAME_WORD.fullmatch(w) and (w[0].isupper() or w in _PARTICLES) for w in words)
        and not _COMPANY.search(text)
        and not _ROLE_WORDS.search(fold(text))
    )


def _company_in(text: str) -> tuple[str, str]:
    """Split "Head of Talent, Acme, Inc." into the part before the company and the company."""
    parts = text.split(", ")
    at = next((i for i, part in enumerate(parts) if _COMPANY.search(part)), None)
    if at is None:
        return text, ""
    if at > 0 and len(parts[at].split()) == 1:  # "Acme, Inc.": the suffix alone belongs to the part before it
        at -= 1
    return ", ".join(parts[:at]), ", ".join(parts[at:])


def _title_after(following: list[str]) -> tuple[str, str]:
    """(title, company) from the one or two plain segments after the name; the one with a role word wins."""
    with_role = [s for s in following if _ROLE_WORDS.search(fold(s))]
    title, company = _company_in(with_role[0] if with_role else next(iter(following), ""))
    if not company and len(parts := _AT_COMPANY.split(title, maxsplit=1)) == 2:
        title, company = parts  # "Recruiter at Acme"
    return title, company


def _company_from_domain(emails: list[LabelledValue]) -> str:
    for email in emails:
        labels = email.value.rpartition("@")[2].lower().split(".")[:-1]
        if len(labels) > 1 and labels[-1] in {"co", "com", "org", "net", "ac", "gov"}:
            labels.pop()  # acme.co.uk
        if labels and labels[-1] not in _FREE_MAIL:
            return "-".join(part.capitalize() for part in labels[-1].split("-"))
    return ""
