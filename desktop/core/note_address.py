"""Checks on who the note speaks to and what it names: the greeting, "you", the subject, the role and company,
the signature, and placeholders nobody filled in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from desktop.core import person_names
from desktop.core.check_types import Check, Span, quoted
from desktop.core.messages import Message, english
from desktop.core.spelling import fold
from desktop.core.templates import bare_company, bare_role, placeholder_spans


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_GREETING = re.compile(
    r"^[ \t]*(dear|hi|hello|hey|good (?:morning|afternoon|evening)|greetings|hallo|liebe[r]?|sehr geehrte[r]?|"
    r"bonjour|hola|estimad[oa]|caro|cara|beste)\b[ \t]*([^,:!\n—–]{0,60})", re.IGNORECASE)
_HONORIFIC = re.compile(r"^(?:(?:dr|prof|mr|mrs|ms|mx|miss|herr|frau|sr|sra|m|mme)\.?\s+)+", re.IGNORECASE)
_GROUP_WORDS = _words("team all everyone sir madam hiring manager colleagues panel committee folks")
_THANKS = re.compile(r"\b(thank|thanks|grateful|gratitude|appreciat\w*)", re.IGNORECASE)
_CONTEXT_WORDS = re.compile(
    r"\b(interview\w*|conversation|meeting|call|chat|panel|discussion|visit|talk|today|yesterday|monday|"
    r"tuesday|wednesday|thursday|friday|saturday|sunday|role|position|time)\b", re.IGNORECASE)
_SIGN_OFFS = re.compile(r"^(?:best|kind|warm|warmest|many|with)?\s*(?:regards|wishes|thanks|thank you|sincerely|"
                        r"best|cheers|faithfully|gratitude|appreciation|yours)\b.*[,.!]?$", re.IGNORECASE)
_STOP = _words("a an and the of for at in on to with senior junior lead principal staff")
_NOT_A_PERSON_BEFORE = _words("the a an this that next last every in on by until since during of")


def _lines(draft: str) -> list[tuple[int, str]]:
    """(offset, text) of each non-empty line."""
    out, offset = [], 0
    for line in draft.split("\n"):
        if line.strip():
            out.append((offset, line))
        offset += len(line) + 1
    return out


def _parts(names: Iterable[str]) -> set[str]:
    return {fold(w.strip(".,")) for name in names for w in _HONORIFIC.sub("", name).split() if len(w) > 1}


def greeting_line(draft: str) -> str:
    """The note's opening greeting as written ("Hi Inès,"), or "" when its first line is none."""
    lines = _lines(draft)
    return lines[0][1].strip() if lines and _GREETING.match(lines[0][1]) and len(lines[0][1]) <= 80 else ""


def check_greeting(draft: str, reader: list[str], others: list[str]) -> Check:
    """The greeting names the person the note is for, and nobody else."""
    lines = _lines(draft)
    match = _GREETING.match(lines[0][1]) if lines else None
    wanted = reader[-1] if reader else "the person"
    if match is None:
        return Check("greeting", False, "warning",
                     Message("The note has no greeting; open with “Dear {name},”",
                             name=reader[0] if reader else "name"))
    named = _HONORIFIC.sub("", match.group(2).strip())
    words = {fold(w.strip(".")) for w in named.split()}
    span = [(lines[0][0] + match.start(2), lines[0][0] + match.end(2))] if named else []
    if words & _parts(reader):
        if any(len(word) > 2 and word.isupper() for word in _WORD.findall(named)):  # copied from a card's capitals
            usual = " ".join(person_names.in_usual_case(named.split()))
            return Check("greeting", False, "warning", Message(
                "The greeting writes “{named}” in capitals, as a card prints it; write it as they do, "
                "for instance “{usual}”", named=named, usual=usual), span)
        return Check("greeting", True, "ok", Message("The greeting names {named}", named=named))
    if not words or words <= _GROUP_WORDS:
        return Check("greeting", False, "warning",
                     Message("The greeting names no one; this note is for {wanted} alone, so greet them by name",
                             wanted=wanted), span)
    other = next((name for name in others if words & _parts([name])), None)
    if other:
        return Check("greeting", False, "error",
                     Message("The greeting names {other}, but this note is for {wanted}", other=other, wanted=wanted),
                     span)
    return Check("greeting", False, "error", Message("The greeting names “{named}”, but this note is for {wanted}",
                                                     named=named, wanted=wanted), span)


_WORD = re.compile(r"[^\W\d_]+")


def _signature_start(draft: str) -> int:
    """Where the sign-off begins ("Best regards," and the name), or the end of the draft."""
    lines = _lines(draft)
    for offset, line in reversed(lines[-3:]):
        if _SIGN_OFFS.match(line.strip()):
            return offset
    return len(draft)


def check_you(draft: str, reader: list[str]) -> Check:
    """The reader is 'you': their name belongs in the greeting or 'Thank you, Dana.', not in '... Dana's team'."""
    lines = _lines(draft)
    body_start = lines[0][0] + len(lines[0][1]) if lines and _GREETING.match(lines[0][1]) else 0
    body_end = _signature_start(draft)
    forms = sorted({_HONORIFIC.sub("", n).strip() for n in reader} | set(reader) - {""}, key=len, reverse=True)
    problems: list[tuple[str, Span]] = []
    taken: list[Span] = []
    for form in forms:
        if not form:
            continue
        pattern = re.compile(r"(?<![\w’'])" + r"\s+".join(map(re.escape, form.split())) + r"(['’]s)?(?![\w’'])")
        for match in pattern.finditer(draft, body_start, body_end):
            if any(s <= match.start() < e for s, e in taken):
                continue
            taken.append(match.span())
            before = draft[:match.start()].rstrip(" \t")
            after = draft[match.end():].lstrip(" \t")
            previous = before.split()[-1].lower() if before.split() else ""
            if previous in _NOT_A_PERSON_BEFORE or before[-1:].isdigit() or after[:1].isdigit():
                continue  # "the June release", "in June", "15 Jan": a month or a thing, not the reader
            vocative = (not before or before[-1] in ",\n—–.!?") and (not after or after[0] in ",.!?\n—–")
            if match.group(1):
                problems.append((Message("“{words}” (write “your”)", words=match.group()), match.span()))
            elif not vocative:
                problems.append((Message("“{words}” (write “you”)", words=match.group()), match.span()))
    if not problems:
        return Check("you", True, "ok", english("Speaks to the reader as “you”"))
    return Check("you", False, "error", Message("The note talks about its reader instead of to them: {problems}",
                                                problems=[p for p, _ in problems[:3]]),
                 [span for _, span in problems])


def check_subject(subject: str, role: str = "", company: str = "") -> Check:
    """The subject says what the note is: a thank-you, and for which interview or role."""
    text, role, company = " ".join(subject.split()), bare_role(role), bare_company(company)
    if not text:
        return Check("subject", False, "error",
                     Message("The note has no subject; for instance “Thank you – {role} interview”",
                             role=role or "your"))
    spans = placeholder_spans(text)
    if spans:
        return Check("subject", False, "error", Message("The subject still has {items}",
                                                        items=quoted(text[s:e] for s, e in spans)))
    example = f"Thank you – {role} interview" if role else "Thank you for today's interview"
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 8 and all(c.isupper() for c in letters if c.lower() != c.upper()):
        return Check("subject", False, "warning", Message(
            "The subject is all in capitals, which reads as shouting; for instance “{example}”", example=example))
    folded = fold(text)
    context = bool(_CONTEXT_WORDS.search(text)) or any(
        fold(w) in folded for w in (role, company) if w.strip())
    if _THANKS.search(text) and context:
        return Check("subject", True, "ok", Message("The subject says what it is: “{text}”", text=text))
    return Check("subject", False, "warning",
                 Message("The subject “{text}” does not say what the note is; for instance “{example}”", text=text,
                         example=example))


def _has_word(folded_draft: str, word: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", folded_draft) is not None


def _role_present(folded_draft: str, role: str) -> bool:
    """Every word of the role that says what it is ("Data", "Analyst"; not "Senior" or "of")."""
    words = [fold(w) for w in re.findall(r"\w+", role) if fold(w) not in _STOP and len(w) > 1]
    return all(_has_word(folded_draft, w) or _has_word(folded_draft, w + "s") for w in words)


def check_role_company(draft: str, role: str, company: str) -> Check:
    """The note names the role and the company, so it cannot be mistaken for a note sent to anyone."""
    folded, role = fold(draft), bare_role(role)
    no_role = bool(role.strip()) and not _role_present(folded, role)
    # its first word as the note names it: "Stripe, Inc." is named "Stripe"
    first = (bare_company(company).split() or [""])[0].rstrip(",.;:!?")
    no_company = bool(first) and not _has_word(folded, fold(first))
    if no_role and no_company:
        return Check("role_company", False, "warning", Message(
            "The note never names the role ({role}) or the company ({company})", role=role, company=company))
    if no_role:
        return Check("role_company", False, "warning", Message("The note never names the role ({role})", role=role))
    if no_company:
        return Check("role_company", False, "warning", Message("The note never names the company ({company})",
                                                               company=company))
    named = " at ".join(p for p in (role.strip(), company.strip()) if p)
    return Check("role_company", True, "ok", Message("Names {named}", named=named) if named
                 else english("No role or company to name"))


def signed_with_placeholder(draft: str) -> bool:
    """The note's last line is still a placeholder ("[your_name]"), which check_placeholders reports."""
    lines = _lines(draft)
    return bool(lines) and bool(placeholder_spans(lines[-1][1]))


def check_signature(draft: str, your_name: str) -> Check:
    """The note ends with the sender's name (the sign-off alone, or a placeholder, is not a signature)."""
    lines = _lines(draft)
    tail = [line for _, line in lines[-5:]]  # a signature block may add a title and a number under the name
    if not tail:
        return Check("signature", False, "error", english("The note is empty"))
    if signed_with_placeholder(draft):
        return Check("signature", False, "error",
                     english("The note is signed with a placeholder; set your name under Settings → You"))
    if your_name.strip():
        first = fold(your_name.split()[0])
        start = max((i for i, line in enumerate(tail) if _SIGN_OFFS.match(line.strip())), default=len(tail) - 2)
        if any(first in fold(line) for line in tail[start:]):
            return Check("signature", True, "ok", Message("Signed {name}", name=your_name))
        return Check("signature", False, "error", Message("The note does not end with your name ({name})",
                                                          name=your_name))
    last = tail[-1].strip()
    if len(tail) >= 2 and _SIGN_OFFS.match(tail[-2].strip()) and not _SIGN_OFFS.match(last) and len(last.split()) <= 5:
        return Check("signature", True, "ok", Message("Signed {name}", name=last))
    return Check("signature", False, "error", english("The note is not signed; set your name under Settings → You"))


def check_placeholders(subject: str, draft: str) -> Check:
    """No [your_name], {company}, <role>, XXX or TBD left for the reader to see."""
    spans = placeholder_spans(draft)
    shown = [draft[s:e] for s, e in spans] + [subject[s:e] for s, e in placeholder_spans(subject)]
    if not shown:
        return Check("placeholders", True, "ok", english("Nothing left to fill in"))
    items = quoted(dict.fromkeys(shown))
    if "[your_name]" in shown:
        return Check("placeholders", False, "error", Message(
            "Still to fill in: {items} (your name is set under Settings → You)", items=items), spans)
    return Check("placeholders", False, "error", Message("Still to fill in: {items}", items=items), spans)
