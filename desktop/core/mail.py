"""A thank-you note as an email: the message to send over SMTP, or a mailto: link for the user's mail program."""

from __future__ import annotations

import re
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, localtime, make_msgid
from urllib.parse import quote

from email_validator import EmailNotValidError, validate_email

from desktop.core.messages import Message, english


class MailError(ValueError):
    """A message that cannot be built; the message names the field and the problem."""


def email_problem(error: EmailNotValidError) -> str:
    """email-validator's plain sentence ("There must be something after the @-sign."), marked for translation when
    it is one of the usual ones; a rarer one stays in its English."""
    return _EMAIL_REASONS.get(str(error), str(error))


_EMAIL_REASONS = {reason: reason for reason in (
    english("An email address must have an @-sign."),
    english("There must be something before the @-sign."),
    english("There must be something after the @-sign."),
    english("The part after the @-sign is not valid. It should have a period."),
    english("The part after the @-sign is not valid. It is not within a valid top-level domain."),
    english("The part after the @-sign is a special-use or reserved name that cannot be used with email."),
    english("An email address cannot have two periods in a row."),
    english("An email address cannot have a period and a hyphen next to each other."),
    english("The email address contains an invalid character."),
    english("The email address contains invalid characters before the @-sign."),
    english("There can't be anything after the email address."),
    english("The email address is not valid ASCII."),
    english("Internationalized characters before the @-sign are not supported."),
)}

def check_address(address: str, who: str = "recipient") -> str:
    """The address in normal form, or MailError naming whose address it is and what is wrong (syntax only): `who` is
    "recipient", "sender" or the name of the person whose card holds it."""
    if not address.strip():
        raise MailError(english("The sender has no email address") if who == "sender"
                        else english("The recipient has no email address") if who == "recipient"
                        else Message("{name}'s card has no email address", name=who))
    try:
        # No DNS lookup: Afterview works offline, and a draft is checked long before it is sent.
        # SMTPUTF8 (non-ASCII before the @) is refused because most providers still reject it.
        result = validate_email(address.strip(), check_deliverability=False, allow_smtputf8=False)
    except EmailNotValidError as exc:
        values = {"address": address.strip(), "reason": email_problem(exc)}
        raise MailError(Message("The sender's email address “{address}” is not valid: {reason}", **values)
                        if who == "sender" else
                        Message("The recipient's email address “{address}” is not valid: {reason}", **values)
                        if who == "recipient" else
                        Message("The email address “{address}” on {name}'s card is not valid: {reason}", name=who,
                                **values)) from None
    return result.ascii_email or result.normalized


def build_message(sender_name: str, sender_email: str, to_name: str, to_email: str,
                  subject: str, body: str) -> EmailMessage:
    """One plain-text UTF-8 message with Date and Message-ID; non-ASCII names are encoded by the email package."""
    sender = check_address(sender_email, "sender")
    recipient = check_address(to_email)
    # A header is one line: line breaks pasted into a subject or a name would otherwise fail or inject headers.
    subject = " ".join(subject.split())
    if not subject:
        raise MailError(english("The note has no subject"))
    message = EmailMessage()
    message["From"] = _address(sender_name, sender)
    message["To"] = _address(to_name, recipient)
    message["Subject"] = subject
    message["Date"] = format_datetime(localtime())
    # The domain is given so make_msgid does not look up this machine's name, which can hang offline.
    message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2])
    text = body.replace("\r\n", "\n").replace("\r", "\n").rstrip("\n") + "\n"
    # quoted-printable keeps non-ASCII text safe through servers without 8BITMIME and still readable.
    message.set_content(text, charset="utf-8", cte="7bit" if text.isascii() else "quoted-printable")
    return message


def _address(name: str, email: str) -> Address:
    username, _, domain = email.rpartition("@")
    return Address(display_name=" ".join(name.split()), username=username, domain=domain)


def mailto_url(to_email: str, subject: str, body: str, limit: int = 2000) -> str | None:
    """A mailto: link (RFC 6068) with subject and body, or None when it is longer than `limit` characters.

    Mail programs and operating systems cut long links without warning, so past the limit the caller should
    offer to copy the note instead.
    """
    recipient = check_address(to_email)
    crlf_body = re.sub(r"\r\n|\r|\n", "\r\n", body)
    url = (f"mailto:{quote(recipient, safe='@')}"
           f"?subject={quote(' '.join(subject.split()), safe='')}&body={quote(crlf_body, safe='')}")
    return url if len(url) <= limit else None
