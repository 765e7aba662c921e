"""Reading an email as a mail program saved it (.eml, or one message of an .mbox) into what Afterview can use.

Python's email package reads the message; nothing is fetched or sent. What comes out:

* the invitations it carries: text/calendar parts (with their METHOD) and .ics attachments, each once;
* the newest message's own words, without the quoted history of a reply: the signature there is the
  sender's, and a promise there ("we will get back to you by Friday") is theirs;
* for a forwarded message, the forwarded one too, with its own sender read from the forwarded header lines.

A body in HTML only is turned into text with the standard library's html.parser.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field
from datetime import date, datetime
from email.message import EmailMessage
from email.message import Message as MailPart
from email.parser import BytesParser
from email.policy import EmailPolicy
from email.utils import parseaddr, parsedate_to_datetime
from functools import lru_cache
from html.parser import HTMLParser

from dateutil import parser as dateutil_parser

from desktop.core.cards import ContactCard, ImportProblem, LabelledValue
from desktop.core.contact_rules import fold
from desktop.core.messages import Message, english
from desktop.core.person_names import split_name
from desktop.core.phrases import PhraseResult, parse_next_steps
from desktop.core.signature import is_sign_off, parse_signature

# A message with its attachments; larger files are whole mailboxes or videos, not one email.
MAX_MESSAGE_BYTES = 50 * 1024 * 1024
# Addresses no person reads: an applicant-tracking system's sender is not the recruiter who signed the message.
_NO_REPLY = re.compile(r"^(?:no-?reply|do-?not-?reply|notifications?|mailer-daemon|bounces?|jobs-noreply)[^@]*@"
                       r"|@(?:[\w-]+\.)*(?:greenhouse(?:-mail)?\.io|myworkday(?:jobs)?\.com|lever\.co|smartrecruiters\.com"
                       r"|workablemail\.com|ashbyhq\.com|icims\.com|successfactors\.(?:com|eu))$", re.IGNORECASE)
_CALENDAR_TYPES = ("text/calendar", "application/ics", "text/x-vcalendar")
_CALENDAR_FILES = (".ics", ".ical", ".ifb", ".vcs")
MAX_CACHED_HEADER = 2_000  # characters; a parsed header is kept for reuse up to this length
MAX_ATTACHED_MESSAGES = 5  # forwarded whole; more are a mailbox sent as attachments, not a conversation
# A signature is a few short lines; a long one is a disclaimer or the text of the message.
MAX_SIGNATURE_LINES = 10
MAX_SIGNATURE_LINE = 120

_ATTRIBUTION = re.compile(
    r"^(?:on|am|le|el|il|op|den|em)\b.{0,300}\b(?:wrote|writes|schrieb|a écrit|escribió|ha scritto|schreef|skrev"
    r"|escreveu)\s*:\s*$", re.IGNORECASE)
_FORWARD_MARKER = re.compile(
    r"^(?:-{2,}\s*(?:forwarded message|weitergeleitete nachricht|message transféré|"
    r"mensaje reenviado|messaggio inoltrato)\s*-{2,}|begin forwarded message:|anfang der weitergeleiteten nachricht:"
    r"|début du message réexpédié\s*:)\s*$", re.IGNORECASE)
_ORIGINAL_MARKER = re.compile(r"^-{2,}\s*(?:original message|ursprüngliche nachricht|message d'origine)\s*-{2,}\s*$",
                              re.IGNORECASE)
_HEADER_LINE = re.compile(r"^\*?(from|von|de|sent|gesendet|envoyé|date|datum|to|an|à|cc|subject|betreff|objet)\*?"
                          r"\s*:\s*(.*)$", re.IGNORECASE)
_FROM_WORDS = {"from", "von", "de"}
_DATE_WORDS = {"sent", "gesendet", "envoyé", "date", "datum"}
_FORWARD_SUBJECT = re.compile(r"^\s*(?:fwd?|fw|wg|tr|rv|i)\s*:", re.IGNORECASE)
_DISCLAIMER = re.compile(r"^(?:this (?:e-?mail|message)|confidential|disclaimer|the information (?:contained|in)"
                         r"|diese e-?mail|ce message|please consider the environment)", re.IGNORECASE)
_SIGNATURE_DELIMITER = re.compile(r"^-- ?$")
_SENT_FROM = re.compile(r"^(?:sent from|get outlook for|envoyé de|von meinem)\b", re.IGNORECASE)
# What a promise about the decision is made of; a date alone ("see you on Tuesday") is not one.
_NEXT_STEPS = re.compile(
    r"get back to|be in touch|get in touch|hear (?:back )?from (?:us|me)|let you know|update you|come back to"
    r"|revert to|decision|decide|feedback|next steps?|reach out|follow up with you|contact you|outcome"
    r"|respond to you|an answer|news\b", re.IGNORECASE)
_CLAUSE = re.compile(r"[,;:]\s+|\s+(?:and|but|so|then)\s+", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'“(])")


class _ParsedOncePolicy(EmailPolicy):
    """policy.default, but a header is parsed once: the email package parses it anew at every read (the MIME
    type of a part is read a dozen times while the message is taken apart), which was most of a mailbox's time
    (a 500-message mailbox took 2.2-2.7 s of CPU, 1.0-1.2 s with this). Parsed headers are immutable strings, so
    one can serve every read of the same text."""

    def header_fetch_parse(self, name: str, value: str) -> str:
        if hasattr(value, "name") or len(value) > MAX_CACHED_HEADER:  # parsed already, or rare and long
            return super().header_fetch_parse(name, value)
        return _parse_cached(name, value)


@lru_cache(maxsize=4096)
def _parse_cached(name: str, value: str) -> str:
    return EmailPolicy.header_fetch_parse(_POLICY, name, value)


_POLICY = _ParsedOncePolicy()


@dataclass(frozen=True)
class MailText:
    """One message's own words (without the history quoted under them) and who wrote them."""

    sender_name: str
    sender_email: str
    sent_at: datetime | None
    body: str  # the text above the signature
    signature: str  # the signature block, "" when none was found

    @property
    def who(self) -> str:
        """'Jane Doe <jane@acme.example>' as the message names its sender."""
        if not self.sender_email:
            return self.sender_name or english("an unknown sender")
        return f"{self.sender_name} <{self.sender_email}>" if self.sender_name else self.sender_email


@dataclass(frozen=True)
class MailMessage:
    """What one email holds for Afterview."""

    subject: str
    calendars: tuple[str, ...]  # the text of each invitation in it, duplicates left out
    texts: tuple[MailText, ...]  # the newest message first, then the one it forwards, if any
    problems: tuple[str, ...] = ()

    @property
    def sender(self) -> str:
        """Who sent the newest message."""
        return self.texts[0].who if self.texts else english("an unknown sender")


@dataclass(frozen=True)
class Promise:
    """A sentence promising when a decision comes, and the date it reads as."""

    sentence: str
    reading: PhraseResult


@dataclass
class _Parts:
    calendars: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def read_message(data: bytes, source: str) -> MailMessage:
    """The invitations and the newest words of one email; a file that is not an email raises ImportProblem."""
    try:
        return _read(data, source)
    except RecursionError:  # the email package descends part by part
        raise ImportProblem(Message("{source}: its parts are nested too deeply to be read", source=source)) from None


def _read(data: bytes, source: str) -> MailMessage:
    if not data.strip():
        raise ImportProblem(Message("{source}: the file is empty", source=source))
    if len(data) > MAX_MESSAGE_BYTES:
        raise ImportProblem(Message("{source}: {size} MB is too large for one email (at most {most} MB)",
                                    source=source, size=len(data) // (1024 * 1024),
                                    most=MAX_MESSAGE_BYTES // (1024 * 1024)))
    message = BytesParser(policy=_POLICY).parsebytes(data)
    # Tested without parsing the headers: policy.default parses a header anew on every read.
    if not any(name in message for name in ("from", "date", "subject", "message-id")):
        raise ImportProblem(Message("{source}: not an email (it has no From, Date or Subject header)", source=source))
    parts = _Parts()
    _collect(message, parts, source)
    subject = _header(message, "subject")
    name, address = _sender(message)
    text = _body_text(message, parts, source)
    texts = [_mail_text(name, address, _date(_header(message, "date")), _newest(text))]
    forwarded = _forwarded(text, bool(_FORWARD_SUBJECT.match(subject)))
    if forwarded is not None:
        texts.append(forwarded)
    texts += _attached_messages(message, parts, source)
    return MailMessage(subject, tuple(parts.calendars), tuple(texts), tuple(parts.problems))


def proposed_card(text: MailText, region: str) -> ContactCard | None:
    """The card the sender's signature describes, with the sender's address; None when it says no more than
    the From line (a bare name is not a card worth proposing)."""
    if not text.signature:
        return None
    card = parse_signature(text.signature, region)
    if not (card.title or card.phones or card.website or card.linkedin or card.street):
        return None
    personal = text.sender_email and not _NO_REPLY.match(text.sender_email)
    if personal and all(e.value.casefold() != text.sender_email.casefold() for e in card.emails):
        card.emails.insert(0, LabelledValue(text.sender_email))
    # The From line's name is typed by the sender; the signature's reading of a name is a guess from layout.
    named = fold(text.sender_name)
    if (len(text.sender_name.split()) >= 2 and named != fold(card.full_name)
            and (not card.full_name or named in fold(text.signature))):
        card.full_name = text.sender_name
        card.given_name, card.family_name = split_name(text.sender_name)
    return card if card.full_name else None


def promised_decision(text: MailText, said_on: date) -> Promise | None:
    """The first sentence of the message that promises a decision by a readable date ("we will get back to you
    within two weeks"), read from the day it was sent.

    Only the clause that makes the promise is read: in "we meet on Monday and will get back to you by Friday"
    Monday is not the date promised.
    """
    for paragraph in re.split(r"\n\s*\n", text.body):
        joined = " ".join(line.strip() for line in paragraph.splitlines() if line.strip())
        for sentence in _SENTENCE_END.split(joined):
            if not _NEXT_STEPS.search(sentence):
                continue
            clauses = [c for c in _CLAUSE.split(sentence) if _NEXT_STEPS.search(c)]
            for candidate in [*clauses, sentence]:
                reading = parse_next_steps(candidate, said_on)
                if reading.decision_date is not None:
                    return Promise(sentence.strip(), reading)
    return None


# ---------------------------------------------------------------- the parts of the message


def _header(message: MailPart, name: str) -> str:
    """A header as text; one the email package cannot parse is read as written rather than failing the file."""
    try:
        value = message.get(name)
    except (ValueError, IndexError, TypeError, AttributeError):  # malformed headers the parser does not survive
        value = next((raw for key, raw in message.raw_items() if key.lower() == name), "")
    return " ".join(str(value or "").split())


def _sender(message: MailPart) -> tuple[str, str]:
    name, address = parseaddr(_header(message, "from"))
    if not address or "@" not in address:
        return name.strip(), ""
    return _given_first(name), address.strip()


def _given_first(name: str) -> str:
    """'Doe, Jane' (a directory's order, as Outlook writes it) read as 'Jane Doe'."""
    name = name.strip().strip("'\"")
    family, comma, given = name.partition(",")
    if comma and given.strip() and "," not in given and len(family.split()) <= 3:
        return f"{given.strip()} {family.strip()}"
    return name


def _date(value: str) -> datetime | None:
    """The header's time; the dates quoted in a forward ("Fri, 4 Dec 2026 at 17:45") may come without a zone."""
    if not value:
        return None
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        pass
    try:
        with warnings.catch_warnings():
            # A word read fuzzily as a zone dateutil does not know ("CAF" out of a Message-ID) only leaves the time
            # without a zone, as a forward's quoted date often is; it is no reason to refuse the message.
            warnings.simplefilter("ignore", dateutil_parser.UnknownTimezoneWarning)
            return dateutil_parser.parse(re.sub(r"\s+(?:at|um|à)\s+", " ", value), fuzzy=True)
    except (ValueError, OverflowError):
        return None


def _collect(message: MailPart, parts: _Parts, source: str) -> None:
    """Every invitation in the message, attached messages included."""
    seen: set[str] = set()
    for part in message.walk():
        if part.is_multipart():
            continue
        kind = part.get_content_type()
        # The file name is read only where an invitation may hide under it (each header read is a parse).
        named = kind.startswith("application/") and (part.get_filename() or "").lower().endswith(_CALENDAR_FILES)
        if kind in _CALENDAR_TYPES or named:
            text = _part_text(part, parts, source)
            key = "".join(text.split())
            if key and key not in seen:
                seen.add(key)
                parts.calendars.append(_with_method(text, part))


def _with_method(text: str, part: MailPart) -> str:
    """The calendar as sent; a METHOD given only on the MIME part (as some mailers do) is written into it."""
    method = part.get_param("method")
    if isinstance(method, str) and method and "METHOD:" not in text.upper():
        return re.sub(r"(BEGIN:VCALENDAR\r?\n)", rf"\1METHOD:{method.upper()}\r\n", text, count=1)
    return text


def _part_text(part: MailPart, parts: _Parts, source: str) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset)
    except (LookupError, UnicodeDecodeError):
        if charset.lower() not in ("utf-8", "utf8"):
            parts.problems.append(Message("{source}: a part declared as {charset} was not in that character set; "
                                          "read as UTF-8 where possible", source=source, charset=charset))
        try:
            return payload.decode("utf-8")
        except UnicodeDecodeError:
            return payload.decode("cp1252", errors="replace")


def _body_text(message: MailPart, parts: _Parts, source: str) -> str:
    """The message's text, plain text preferred; HTML only is turned into text."""
    if not isinstance(message, EmailMessage):
        return ""
    for preference in ("plain", "html"):  # a plain part left empty beside the HTML one says nothing
        body = message.get_body(preferencelist=(preference,))
        text = _part_text(body, parts, source).replace("\r\n", "\n").replace("\r", "\n") if body else ""
        if text.strip():
            return html_to_text(text) if preference == "html" else text
    return ""


def _attached_messages(message: MailPart, parts: _Parts, source: str) -> list[MailText]:
    """The messages attached whole (Outlook's "Forward as attachment"), each read as its sender wrote it."""
    texts: list[MailText] = []
    for part in message.walk():
        if part.get_content_type() != "message/rfc822" or len(texts) == MAX_ATTACHED_MESSAGES:
            continue
        inner = part.get_payload(0) if part.is_multipart() else None
        if isinstance(inner, MailPart):
            name, address = _sender(inner)
            texts.append(_mail_text(name, address, _date(_header(inner, "date")),
                                    _newest(_body_text(inner, parts, source))))
    return texts


def _mail_text(name: str, address: str, sent_at: datetime | None, text: str) -> MailText:
    body, signature = split_signature(text, name)
    return MailText(name, address, sent_at, body, signature)


# ---------------------------------------------------------------- the newest words and the signature


def _newest(text: str) -> str:
    """The text above the first sign of quoted history (a quote, an attribution, a forwarded or original header)."""
    lines = text.splitlines()
    return "\n".join(lines[: _history_start(lines)]).strip()


def _history_start(lines: list[str]) -> int:
    for number, line in enumerate(lines):
        stripped = line.strip()
        following = lines[number + 1].strip() if number + 1 < len(lines) else ""
        if (stripped.startswith(">") or _FORWARD_MARKER.match(stripped) or _ORIGINAL_MARKER.match(stripped)
                or _ATTRIBUTION.match(stripped)
                or _ATTRIBUTION.match(f"{stripped} {following}") or _is_header_block(lines, number)
                or (re.fullmatch(r"_{8,}", stripped) and _is_header_block(lines, number + 1))):
            return number
    return len(lines)


def _is_header_block(lines: list[str], start: int) -> bool:
    """Outlook's quoted history: "From: …" then "Sent: …" (or Date) within the next lines."""
    if start >= len(lines):
        return False
    first = _HEADER_LINE.match(lines[start].strip())
    if first is None or first.group(1).lower() not in _FROM_WORDS:
        return False
    return any((m := _HEADER_LINE.match(line.strip())) and m.group(1).lower() in _DATE_WORDS
               for line in lines[start + 1 : start + 5])


def _forwarded(text: str, forward_subject: bool) -> MailText | None:
    """The message a forward carries, read from the header lines above it; None for a reply."""
    lines = text.splitlines()
    start = _history_start(lines)
    if start == len(lines):
        return None
    marker = lines[start].strip()
    # Outlook writes "Original Message" above a reply and a forward alike: only the subject tells them apart.
    is_forward = bool(_FORWARD_MARKER.match(marker) or (_ORIGINAL_MARKER.match(marker) and forward_subject))
    if not is_forward and not (forward_subject and (_is_header_block(lines, start)
                                                     or _is_header_block(lines, start + 1))):
        return None
    headers: dict[str, str] = {}
    number = start + 1 if not _is_header_block(lines, start) else start
    while number < len(lines) and (lines[number].strip() == "" and not headers):
        number += 1
    while number < len(lines) and (match := _HEADER_LINE.match(lines[number].strip())):
        word = match.group(1).lower()
        key = "from" if word in _FROM_WORDS else "date" if word in _DATE_WORDS else word
        headers.setdefault(key, match.group(2).strip())
        number += 1
    name, address = _forwarded_sender(headers.get("from", ""))
    return _mail_text(name, address, _date(headers.get("date", "")), _newest("\n".join(lines[number:])))


def _forwarded_sender(value: str) -> tuple[str, str]:
    """'Jane Doe <jane@acme.example>', 'Jane Doe [mailto:jane@acme.example]' or '"Doe, Jane" <…>'."""
    value = re.sub(r"\[mailto:([^\]]+)\]", r"<\1>", value)
    # Quoted header lines are not headers: "Doe, Jane <jane@…>" comes unquoted, so the comma splits no address.
    if bracketed := re.fullmatch(r"\s*(.*?)\s*<([^<>\s]+@[^<>\s]+)>\s*", value):
        return _given_first(bracketed.group(1)), bracketed.group(2)
    name, address = parseaddr(value)
    return (_given_first(name), address) if "@" in address else (value.strip(), "")


def split_signature(text: str, sender_name: str = "") -> tuple[str, str]:
    """(body, signature): the signature is the short block after the last closing ("Best regards,") or after a
    "-- " line, else a last paragraph that starts with the sender's name; disclaimers and "Sent from my phone"
    lines are left out of it."""
    lines = [line.rstrip() for line in text.splitlines()]
    delimiter = next((n for n in range(len(lines) - 1, -1, -1) if _SIGNATURE_DELIMITER.match(lines[n])), None)
    closings = [n for n, line in enumerate(lines) if line.strip() and is_sign_off(line)
                and not _SENT_FROM.match(line.strip())]
    for start in ([delimiter] if delimiter is not None else []) + closings[::-1]:
        block = _signature_block(lines[start + 1 :])
        if block:
            return "\n".join(lines[:start]).strip(), "\n".join(block)
    paragraphs = re.split(r"\n\s*\n", text.strip())
    last = _signature_block(paragraphs[-1].splitlines())
    if len(paragraphs) > 1 and len(last) > 1 and len(sender_name.split()) > 1 and fold(last[0]).startswith(
            fold(sender_name)):
        return "\n\n".join(paragraphs[:-1]).strip(), "\n".join(last)
    return text.strip(), ""


def _signature_block(lines: list[str]) -> list[str]:
    block: list[str] = []
    for line in lines:
        stripped = line.strip()
        if _DISCLAIMER.match(stripped) or (is_sign_off(stripped) and block):
            break
        if not stripped or _SENT_FROM.match(stripped):
            continue
        if len(stripped) > MAX_SIGNATURE_LINE:
            break
        block.append(stripped)
        if len(block) == MAX_SIGNATURE_LINES:
            break
    return block


# ---------------------------------------------------------------- HTML bodies

_BLOCK_TAGS = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "hr",
               "blockquote", "section", "article", "header", "footer", "address", "pre"}
_SKIPPED_TAGS = {"script", "style", "head", "title", "template"}


class _HtmlText(HTMLParser):
    """Text as a reader sees the page: a line per block, quoted blocks marked with '> ' as in a plain reply."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = [""]
        self.quoted: list[bool] = [False]
        self.quote_depth = 0
        self.skip_depth = 0

    def _break(self) -> None:
        self.lines.append("")
        self.quoted.append(self.quote_depth > 0)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_TAGS:
            self.skip_depth += 1
        elif tag in _BLOCK_TAGS:
            self.quote_depth += tag == "blockquote"
            self._break()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag in _BLOCK_TAGS:
            self.quote_depth = max(0, self.quote_depth - (tag == "blockquote"))
            self._break()

    def handle_data(self, data: str) -> None:
        if self.skip_depth:
            return
        collapsed = re.sub(r"\s+", " ", data.replace("\xa0", " "))  # HTML's spaces and line breaks are one space
        if not self.lines[-1].strip():
            collapsed = collapsed.lstrip()
            self.quoted[-1] = self.quote_depth > 0
        self.lines[-1] += collapsed

    def text(self) -> str:
        lines = [("> " if quoted and line.strip() else "") + " ".join(line.split())
                 for line, quoted in zip(self.lines, self.quoted, strict=True)]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def html_to_text(markup: str) -> str:
    """The text of an HTML body, a line per paragraph, break or table row."""
    parser = _HtmlText()
    parser.feed(markup)
    parser.close()
    return parser.text()
