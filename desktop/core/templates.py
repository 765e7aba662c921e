"""Thank-you note templates: plain text with named placeholders such as {first_name}, and nothing that runs.

A template file starts with header lines (`Subject: ...`), then a blank line, then the body. Placeholders are
found with string.Formatter().parse, but text is never passed to str.format: attribute access, indexing,
conversions and format specs are refused, and values are substituted here, once, so a value that itself
contains braces is copied as it is.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from desktop.core import note_fields
from desktop.core.messages import Message, english, os_reason

BUILTIN_DIR = Path(__file__).resolve().parents[2] / "resources" / "templates"

KNOWN_FIELDS: tuple[str, ...] = (
    "first_name", "full_name", "role", "company", "memorable", "why_fit", "your_name", "interview_day",
)
_HEADERS = ("subject", "title", "description", "memorable-lead", "why-fit-lead")
# The fields a note uses as sentences of their own, and the lead that introduces one typed as a topic.
SENTENCE_FIELDS = {"memorable": "memorable-lead", "why_fit": "why-fit-lead"}
DEFAULT_LEADS = {"memorable-lead": "One part of our conversation has stayed with me:",
                 "why-fit-lead": "What I would bring to the role:"}
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
# Placeholders of every form people and templates leave behind: {company}, {{name}}, [your_name], [Company Name],
# [insert detail], <role>, XXX, TBD. Square brackets also occur in ordinary writing ("[sic]", "[1]"), and angle
# brackets around an address ("<a@b.com>"), so those are left alone.
_PLACEHOLDER = re.compile(
    r"\{\{?\s*[A-Za-z_][\w ]{0,40}\}\}?"
    r"|\[(?!sic\]|…\]|\.\.\.\])(?=[^\]\n]*[A-Za-z])[^\]\n\[]{1,40}\]"
    r"|<(?![^>\n]*[@/:])[A-Za-z_][\w ]{0,30}>"
    r"|(?<![\w-])(?:[Xx]{3,}|TBD|TBC|TODO)(?![\w-])|_{3,}")
# What people type in a field to say there is nothing there yet: the note must not print it.
_NOTHING = re.compile(r"^\W*(?:n\.?\s*/?\s*a\.?|none|nothing|nil|tbd|tbc|tba|todo|to do|later|xxx+|\?+)\W*$",
                      re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:a|an|the) +(?=\S)", re.IGNORECASE)
# What a job ad adds around the title: "Data Analyst (m/w/d)", "(f/m/x)", "(all genders)", "… role", "… position".
# The letters of every language's tag: m/w/d (German), H/F (French), H/M (Spanish), m/v (Dutch), f/m/x.
_GENDER_TAG = re.compile(r"\s*\((?:[mwfdxhv](?:\s*[/|,]\s*[mwfdxhv])+|all genders|gn\*?)\)", re.IGNORECASE)
_ROLE_NOUN = re.compile(r"(?<=\S)\s+(?:role|position|job|post|opening|vacancy)$", re.IGNORECASE)
# A title written as a directory lists it: "VP, Engineering", "Director, Product Management" read "VP of …" in a note;
# not a region ("Director, EMEA").
_REGIONS = r"(?:EMEA|APAC|LATAM|DACH|AMER|AMERICAS|MEA|CEE|EU|US|USA|UK|NA|ANZ|NORDICS|EUROPE|ASIA|AFRICA)"
_RANK_COMMA = re.compile(rf"^((?:(?:senior|executive|associate|assistant|deputy|group) )?(?:vice president|[se]?vp|avp|"
                         rf"director|head|managing director|general manager)),\s*(?=\w)(?!{_REGIONS}\b)",
                         re.IGNORECASE)
# A company's legal form, which a letter leaves out ("at Siemens", not "at Siemens AG"): English, German, French,
# Spanish, Italian, Dutch, Nordic and Japanese forms, after a space or a comma.
_LEGAL_FORM = re.compile(
    r",?\s+(?:inc|incorporated|corp|llc|l\.l\.c|llp|ltd|limited|plc|p\.l\.c|pty\.?\s+ltd|co\.?,?\s+ltd|"
    r"g?gmbh(?:\s*&\s*co\.?\s*kg)?|kgaa|e\.\s?v|s\.a\.(?:s\.)?|sas|sarl|s\.?à\s?r\.?l|s\.l\.(?:u\.)?|"
    r"s\.?p\.?a|s\.?r\.?l|b\.v|n\.v|k\.k|asa|a/s|aps|oyj?|"
    r"(?-i:AG|KG|SE|SA|SL|AB|BV|NV|LP|KK))\.?$",  # two capitals only: "Sa Sa" and "Visit SA's" keep theirs
    re.IGNORECASE)
_RELATIVE_DAYS = ("today", "yesterday")
# A name a sentence gives its article: "at the University of Edinburgh", "to the College of Law".
_NAMED_WITH_THE = re.compile(r"(?:University|College|Royal College|Institute|School|Museum) of\s", re.IGNORECASE)
# A spaced hyphen typed for a dash: "Product Manager - Payments" is "Product Manager – Payments".
_SPACED_HYPHEN = re.compile(r"\s+-{1,2}\s+")
# A note written a week or more after the interview: its weekday alone would read as this week's.
_WEEKS_AGO = ("last week", "the other week")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_SENTENCE_SLOT_BEFORE = re.compile(r"(?:\A|[.!?][\"”’')]?\s+|\n\s*)\Z")


MAX_TEMPLATE_BYTES = 64_000  # a thank-you note is under 200 words


class TemplateError(ValueError):
    """A template that cannot be used; the message names the file, the line and the reason."""


@dataclass(frozen=True)
class Template:
    name: str
    subject: str
    body: str
    description: str = ""
    path: Path | None = None
    leads: dict[str, str] = field(default_factory=dict)
    title: str = ""  # how the template is shown ("After a panel"); its name is the file's, and the key

    @property
    def fields(self) -> list[str]:
        """Placeholder names used in subject and body, first use first."""
        names = [seg.field for text in (self.subject, self.body) for seg in _segments(text, self._where())]
        return list(dict.fromkeys(n for n in names if n))

    def _where(self) -> str:
        return self.path.name if self.path else f"template '{self.name}'"


@dataclass(frozen=True)
class TemplateInfo:
    """One template offered to the user; `overrides` is true when a user file replaces a built-in one."""

    name: str
    path: Path
    subject: str
    description: str = ""
    overrides: bool = False
    title: str = ""


@dataclass(frozen=True)
class FieldSpan:
    """Where a placeholder ended up in the filled subject or body; state is filled, missing or unknown."""

    field: str
    part: str  # "subject" or "body"
    start: int
    end: int
    state: str


@dataclass
class FilledNote:
    subject: str
    body: str
    missing: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    spans: list[FieldSpan] = field(default_factory=list)
    rewritten: dict[str, note_fields.Rewritten] = field(default_factory=dict)  # field -> as the note uses it

    @property
    def problems(self) -> list[str]:
        """Plain sentences for the UI about fields that are empty or not known."""
        out: list[str] = [Message("'{name}' is empty; the note shows [{name}] until you fill it in", name=name)
               for name in self.missing]
        known = ", ".join(KNOWN_FIELDS)
        out += [Message("the template uses {{{name}}}, which is not a field Afterview knows ({known})", name=name,
                        known=known) for name in self.unknown]
        return out


@dataclass(frozen=True)
class _Segment:
    literal: str
    field: str | None


def _segments(text: str, where: str, first_line: int = 1) -> list[_Segment]:
    """Literal text and placeholders of `text`, parsed line by line so an error can name its line."""
    segments: list[_Segment] = []
    formatter = string.Formatter()
    for number, line in enumerate(text.splitlines(keepends=True), start=first_line):
        try:
            parsed = list(formatter.parse(line))
        except ValueError as exc:
            raise TemplateError(Message("{where}, line {line}: {problem}", where=where, line=number,
                                        problem=_explain(str(exc)))) from None
        for literal, name, spec, conversion in parsed:
            if name is None:
                segments.append(_Segment(literal, None))
                continue
            shown = "{" + name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}"
            if not _IDENTIFIER.match(name) or spec or conversion:
                raise TemplateError(Message(
                    "{where}, line {line}: '{placeholder}' is not a plain placeholder; write a field name in braces "
                    "such as {{first_name}}, or '{{{{' for a literal brace", where=where, line=number,
                    placeholder=shown))
            segments.append(_Segment(literal, name))
    return segments


def _explain(parser_message: str) -> str:
    if "'}'" in parser_message and "Single" in parser_message:
        return english("a '}' has no matching '{' (write '}}' for a literal brace)")
    return english("a '{' is never closed on this line (write '{{' for a literal brace)")


def load_template(path: Path) -> Template:
    """Read and check one template file; raise TemplateError naming the file and line on any problem."""
    try:
        if path.stat().st_size > MAX_TEMPLATE_BYTES:
            raise TemplateError(Message("{file}: {size:,} bytes is far too long for a note template (at most "
                                        "{most:,})", file=path.name, size=path.stat().st_size,
                                        most=MAX_TEMPLATE_BYTES))
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise TemplateError(Message("{file}: the file is not UTF-8 text", file=path.name)) from None
    except OSError as exc:
        raise TemplateError(Message("{file}: cannot be read ({reason})", file=path.name,
                                    reason=os_reason(exc))) from None
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    headers: dict[str, tuple[str, int]] = {}
    index = 0
    while index < len(lines) and lines[index].strip():
        key, sep, value = lines[index].partition(":")
        if not sep or key.strip().lower() not in _HEADERS:
            raise TemplateError(Message(
                "{file}, line {line}: expected a header such as 'Subject: ...' followed by a blank line before the "
                "note itself", file=path.name, line=index + 1))
        headers[key.strip().lower()] = (value.strip(), index + 1)
        index += 1
    if "subject" not in headers:
        raise TemplateError(Message("{file}, line 1: the template has no 'Subject: ...' line", file=path.name))
    while index < len(lines) and not lines[index].strip():
        index += 1
    if index == len(lines):
        raise TemplateError(Message("{file}: the template has no body after the blank line below its header",
                                    file=path.name))
    subject, subject_line = headers["subject"]
    body = "\n".join(lines[index:]).rstrip("\n") + "\n"
    _segments(subject, path.name, subject_line)
    _segments(body, path.name, index + 1)
    description = headers.get("description", ("", 0))[0]
    leads = {key: value for key, (value, _) in headers.items() if key.endswith("-lead")}
    title = headers.get("title", ("", 0))[0] or title_from_name(path.stem)
    return Template(name=path.stem, subject=subject, body=body, description=description, path=path, leads=leads,
                    title=title)


def without_header(text: str, key: str) -> str:
    """The template's text without one of its header lines (the header ends at the first blank line)."""
    lines = text.split("\n")
    end = next((n for n, line in enumerate(lines) if not line.strip()), len(lines))
    kept = [line for line in lines[:end] if line.partition(":")[0].strip().lower() != key]
    return "\n".join(kept + lines[end:])


def title_from_name(name: str) -> str:
    """A template file without a Title header is shown by its name in words: "phone_screen" → "Phone screen"."""
    words = re.sub(r"[_\-]+", " ", name).strip()
    return words[:1].upper() + words[1:]


def list_templates(dirs: list[Path]) -> list[TemplateInfo]:
    """Templates from each folder in order (built-in first); a later file with the same name replaces an earlier one.

    A folder that does not exist is skipped (the user's own folder appears once they save a template);
    a broken file raises TemplateError naming it.
    """
    found: dict[str, TemplateInfo] = {}
    for folder in dirs:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.txt")):
            template = load_template(path)
            found[template.name] = TemplateInfo(
                name=template.name, path=path, subject=template.subject,
                description=template.description, overrides=template.name in found, title=template.title)
    return sorted(found.values(), key=lambda info: (info.title or info.name).casefold())


def fill(template: Template, fields: dict[str, str]) -> FilledNote:
    """Substitute the fields; an empty one stays visible as [name], an unknown one as {name}, each with its span.

    The memorable moment and the why-you-fit line are written as sentences of their own where the template
    gives them a sentence's place, and as a phrase where it puts them inside one of its sentences (see
    note_fields); what the note made of each is kept in `rewritten`.
    """
    note = FilledNote(subject="", body="")
    reader = [fields.get("first_name", ""), fields.get("full_name", "")]
    proper = [fields.get(name, "") for name in ("company", "role", "full_name", "first_name")]
    for part in ("subject", "body"):
        pieces: list[str] = []
        length = 0
        segments = _segments(getattr(template, part), template._where())
        ends_sentence = False
        for index, seg in enumerate(segments):
            # "at {company}." with a company named "Acme Inc." or "Yahoo!": the value's own mark ends the sentence.
            literal = seg.literal[1:] if ends_sentence and seg.literal.startswith(".") else seg.literal
            pieces.append(literal)
            length += len(literal)
            ends_sentence = False
            if seg.field is None:
                continue
            value, state = _value_for(seg.field, fields, part)
            if seg.field == "interview_day" and value in _RELATIVE_DAYS + _WEEKS_AGO:
                if pieces[-1].endswith(" on "):  # "the conversation on today" -> "the conversation today"
                    pieces[-1] = pieces[-1][:-3]
                    length -= 3
                if _SENTENCE_SLOT_BEFORE.search("".join(pieces)):
                    value = value.capitalize()
            if state == "filled" and seg.field == "role" and value.islower() and \
                    re.search(r"(?:\A|[–—:|]\s*)\Z", "".join(pieces)):
                value = value[:1].upper() + value[1:]  # "interview – data analyst" is "interview – Data analyst"
            if state == "filled" and seg.field == "company" and _NAMED_WITH_THE.match(value) \
                    and not re.search(r"\bthe\s+$", pieces[-1], re.IGNORECASE):
                value = ("The " if _SENTENCE_SLOT_BEFORE.search("".join(pieces)) else "the ") + value
            if state == "filled" and seg.field in SENTENCE_FIELDS:
                after = segments[index + 1].literal if index + 1 < len(segments) else ""
                own_sentence = part == "body" and bool(_SENTENCE_SLOT_BEFORE.search("".join(pieces))) \
                    and (not after or after[0].isspace())
                lead_key = SENTENCE_FIELDS[seg.field]
                lead = template.leads.get(lead_key, DEFAULT_LEADS[lead_key])
                rewritten = (note_fields.as_sentences(value, lead, reader, proper) if own_sentence
                             else note_fields.inline(value, reader, proper))
                note.rewritten[seg.field] = rewritten
                value = rewritten.text
            if state == "missing" and seg.field not in note.missing:
                note.missing.append(seg.field)
            if state == "unknown" and seg.field not in note.unknown:
                note.unknown.append(seg.field)
            note.spans.append(FieldSpan(seg.field, part, length, length + len(value), state))
            pieces.append(value)
            length += len(value)
            ends_sentence = state == "filled" and value.endswith((".", "!", "?", "…"))
        setattr(note, part, "".join(pieces))
    return note


def interview_day(day: date, today: date) -> str:
    """How a note written on `today` names the day of the interview: "today", "yesterday", its weekday within the
    week, then "last week" and "the other week" (templates say "for {interview_day}'s conversation", which a date
    would break). Always in English, the notes' language, whatever the computer's locale."""
    gap = (today - day).days
    if gap in (0, 1):
        return _RELATIVE_DAYS[gap]
    if gap >= 7:
        return _WEEKS_AGO[gap >= 14]
    return _WEEKDAYS[day.weekday()]


def named_day(text: str) -> str | None:
    """A day as a person types it for {interview_day} ("tue", "Yesterday") in the form notes use ("Tuesday",
    "yesterday"); None when it is neither "today", "yesterday" nor a weekday."""
    typed = text.strip().lower()
    if len(typed) < 2:
        return None
    return next((day for day in _RELATIVE_DAYS + _WEEKDAYS if day.lower().startswith(typed)), None)


def bare_company(company: str) -> str:
    """The company as a note names it: without its legal form ("Siemens AG", "Banco Santander, S.A.", "Acme,
    Inc." are Siemens, Banco Santander and Acme), unless that would leave no name ("The Limited")."""
    bare = _SPACED_HYPHEN.sub(" – ", _LEGAL_FORM.sub("", company.strip()).strip())
    return bare if bare.casefold() not in ("", "a", "an", "the") else company


def bare_role(role: str) -> str:
    """The role as templates use it ("the {role} role"): without an article before it, a job ad's gender tag,
    or a "role" or "position" of its own after it ("the a … role", "the … role position"); a directory's comma
    read out ("VP, Engineering" -> "VP of Engineering")."""
    role = _GENDER_TAG.sub("", " ".join(role.split()))
    # "Product Manager - Payments": its team in brackets, since subjects put a dash before the role already
    role = _SPACED_HYPHEN.sub(" – ", re.sub(r"^(.+?)\s+[-–—]{1,2}\s+([^()\-–—]+)$", r"\1 (\2)", role))
    return _RANK_COMMA.sub(r"\1 of ", _ROLE_NOUN.sub("", _ARTICLE.sub("", role))).strip()


def _value_for(name: str, fields: dict[str, str], part: str) -> tuple[str, str]:
    if name not in KNOWN_FIELDS:
        return "{" + name + "}", "unknown"
    value = (fields.get(name) or "").strip()
    if name == "role":
        value = bare_role(value)
    elif name == "company":
        value = bare_company(value)
    # "-" or "…" typed to fill a field in for now; "n/a" or "TBD" in a line of the user's own (a name may be "Na")
    if not any(character.isalnum() for character in value) or (name in SENTENCE_FIELDS and _NOTHING.match(value)):
        return f"[{name}]", "missing"
    # A subject is one line; a multi-line value would break the mail header.
    return (" ".join(value.split()) if part == "subject" else value), "filled"


def placeholder_spans(text: str) -> list[tuple[int, int]]:
    """Where the text still holds a placeholder of any form."""
    return [m.span() for m in _PLACEHOLDER.finditer(text)]


def unresolved_markers(text: str) -> list[str]:
    """Placeholders still in a draft, each once; sending and printing must wait for these."""
    return list(dict.fromkeys(text[s:e] for s, e in placeholder_spans(text)))
