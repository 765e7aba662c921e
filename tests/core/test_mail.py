from email import message_from_bytes, policy
from urllib.parse import unquote

import pytest

from desktop.core.mail import MailError, build_message, check_address, mailto_url

BODY = "Liebe Zoë,\n\nvielen Dank für das Gespräch am Dienstag.\n\nSam"


def test_message_headers_and_utf8_body_round_trip() -> None:
    message = build_message("Sam Rivera", "sam@example.com", "Zoë Ångström", "zoe@example.org",
                            "Thank you — Tuesday", BODY)
    raw = message.as_bytes()
    assert raw.isascii()  # every header and the body are encoded for 7-bit transport
    assert b"=?utf-8?" in raw.split(b"\n\n")[0]
    parsed = message_from_bytes(raw, policy=policy.default)
    assert parsed["To"].addresses[0].display_name == "Zoë Ångström"
    assert parsed["To"].addresses[0].addr_spec == "zoe@example.org"
    assert str(parsed["From"]) == "Sam Rivera <sam@example.com>"
    assert str(parsed["Subject"]) == "Thank you — Tuesday"
    assert parsed["Date"].datetime.tzinfo is not None
    assert parsed["Message-ID"].endswith("@example.com>")
    assert parsed.get_content_charset() == "utf-8"
    assert parsed.get_content() == BODY + "\n"


def test_ascii_message_stays_7bit_and_display_name_with_comma_is_quoted() -> None:
    message = build_message("Sam", "sam@example.com", "Smith, John", "john@example.com", "Thanks", "Dear John\r\n")
    parsed = message_from_bytes(message.as_bytes(), policy=policy.default)
    assert message["Content-Transfer-Encoding"] == "7bit"
    assert parsed["To"].addresses[0].display_name == "Smith, John"
    assert '"Smith, John" <john@example.com>' in message.as_string()
    assert parsed.get_content() == "Dear John\n"


def test_line_breaks_in_subject_cannot_inject_headers() -> None:
    message = build_message("Sam", "sam@example.com", "John", "john@example.com", "Thanks\nBcc: x@evil.test", "Hi")
    assert message["Subject"] == "Thanks Bcc: x@evil.test"
    assert message["Bcc"] is None


def test_international_domain_is_sent_in_ascii() -> None:
    message = build_message("Sam", "sam@example.com", "José", "jose@bücher.de", "Thanks", "Hi")
    assert message["To"].addresses[0].domain == "xn--bcher-kva.de"


@pytest.mark.parametrize(
    ("address", "reason"),
    [("john", "must have an @-sign"), ("john@example", "should have a period"), ("", "has no email address"),
     ("jöhn@example.com", "Internationalized characters before the @-sign")],
)
def test_invalid_recipient_is_named_with_the_problem(address: str, reason: str) -> None:
    with pytest.raises(MailError, match="recipient") as raised:
        build_message("Sam", "sam@example.com", "John", address, "Thanks", "Hi")
    assert reason in str(raised.value)


def test_invalid_sender_is_named() -> None:
    with pytest.raises(MailError, match="sender's email address “me@” is not valid"):
        build_message("Sam", "me@", "John", "john@example.com", "Thanks", "Hi")


def test_empty_subject_is_refused() -> None:
    with pytest.raises(MailError, match="no subject"):
        build_message("Sam", "sam@example.com", "John", "john@example.com", "  \n", "Hi")


def test_check_address_normalises() -> None:
    assert check_address("  John@Example.COM ") == "John@example.com"


def test_mailto_url_is_percent_encoded_with_crlf() -> None:
    url = mailto_url("john@example.com", "Thank you, John & team", "Dear John,\nthanks ü?=#&\n\nSam")
    assert url is not None
    assert url.startswith("mailto:john@example.com?subject=Thank%20you%2C%20John%20%26%20team&body=")
    body = url.split("&body=")[1]
    assert "%0D%0A%0D%0ASam" in body
    assert "+" not in body and " " not in url and "\n" not in url
    assert unquote(body) == "Dear John,\r\nthanks ü?=#&\r\n\r\nSam"


def test_mailto_url_past_the_limit_is_none() -> None:
    assert mailto_url("john@example.com", "Thanks", "x" * 100, limit=200) is not None
    assert mailto_url("john@example.com", "Thanks", "ü" * 100, limit=200) is None  # 6 characters each encoded


def test_mailto_url_checks_the_address() -> None:
    with pytest.raises(MailError, match="not valid"):
        mailto_url("john at example.com", "Thanks", "Hi")
